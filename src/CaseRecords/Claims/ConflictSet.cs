namespace CaseRecords;

/// <summary>
/// Claims about the same subject and property whose values disagree: each distinct value is a
/// <see cref="ConflictVersion"/>, with the sources behind it and its rank.
/// </summary>
/// <param name="SubjectId">The entity the claims are about.</param>
/// <param name="Property">What the claims state: the claim list ("dates", "names") or, for facts, "facts/&lt;property&gt;" with its qualifier.</param>
/// <param name="Versions">The distinct values, in the order their first claim appears.</param>
public sealed record ConflictSet(string SubjectId, string Property, EquatableArray<ConflictVersion> Versions)
{
    /// <summary>The preferred version, when exactly one version is preferred.</summary>
    public ConflictVersion? Preferred => Versions.Count(v => v.Rank == ClaimRank.Preferred) == 1
        ? Versions.First(v => v.Rank == ClaimRank.Preferred)
        : null;

    /// <inheritdoc/>
    public override string ToString() =>
        $"{SubjectId} {Property}: " + string.Join(" | ", Versions.Select(v => v.ToString()));
}

/// <summary>One value in a <see cref="ConflictSet"/>.</summary>
/// <param name="Value">The value as text ("1991-05", "3 person").</param>
/// <param name="Rank">The highest rank among its claims (preferred over normal over deprecated).</param>
/// <param name="Sources">The ids of the sources cited for it, first-hand and relayed.</param>
/// <param name="Claims">The claims stating it.</param>
/// <param name="Note">The curator's note on its first claim that has one.</param>
public sealed record ConflictVersion(string Value, ClaimRank Rank, EquatableArray<string> Sources, EquatableArray<ClaimEntry> Claims, string? Note)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(text);
        return text.ToString();
    }

    /// <summary>Writes what <see cref="ToString"/> returns, making no string (a report lists every version of every conflict).</summary>
    internal void WriteTo(TextWriter writer)
    {
        writer.Write(Value);
        writer.Write(" (");
        for (var i = 0; i < Sources.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(", ");
            }

            writer.Write(Sources[i]);
        }

        if (Rank != ClaimRank.Normal)
        {
            writer.Write(", ");
            writer.Write(Serialization.EnumNames<ClaimRank>.Name(Rank));
        }

        writer.Write(')');
    }
}
