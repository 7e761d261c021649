namespace CaseRecords.Loading;

/// <summary>
/// A part of a record file that was not loaded because of an error in it. The loader leaves out only the
/// smallest unit an error breaks (a citation, a claim, a source or an entity); the diagnostics say why.
/// </summary>
/// <param name="File">The record file, relative to the dataset folder.</param>
/// <param name="JsonPointer">Where the unit is in the file (RFC 6901); empty for a whole file or the rest of one.</param>
/// <param name="Kind">What was left out.</param>
public sealed record LeftOutRecord(string File, string JsonPointer, LeftOutKind Kind)
{
    /// <summary>The id of the source or entity left out, when it could be read. References to it still resolve.</summary>
    public string? Id { get; init; }

    /// <summary>The 1-based line where the unit starts.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column (UTF-16 code units) where the unit starts.</summary>
    public int? Column { get; init; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{File}({Line},{Column}): {Kind.ToString().ToLowerInvariant()}{(Id is null ? string.Empty : $" \"{Id}\"")} left out [{JsonPointer}]";

    /// <summary>
    /// Says what was left out in a few words per file, for example
    /// "3 claims and 1 person left out because of errors (case.json: 3 claims, 1 person)"; empty when nothing was.
    /// </summary>
    /// <param name="leftOut">What was left out.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leftOut"/> is null.</exception>
    public static string Summarize(IEnumerable<LeftOutRecord> leftOut)
    {
        ArgumentNullException.ThrowIfNull(leftOut);
        var all = leftOut.ToList();
        if (all.Count == 0)
        {
            return string.Empty;
        }

        var perFile = all.GroupBy(l => l.File, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {Count(g)}");
        return $"{Count(all)} left out because of errors ({string.Join("; ", perFile)})";
    }

    /// <summary>"3 claims and 1 person": records first, in format order, then properties and files.</summary>
    private static string Count(IEnumerable<LeftOutRecord> items)
    {
        var parts = items.GroupBy(l => l.Kind).OrderBy(g => g.Key < LeftOutKind.Source ? 100 - (int)g.Key : (int)g.Key).Select(g => $"{g.Count()} {Noun(g.Key, g.Count())}").ToList();
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
    }

    private static string Noun(LeftOutKind kind, int count) => kind switch
    {
        LeftOutKind.File => count == 1 ? "whole file" : "whole files",
        LeftOutKind.Remainder => count == 1 ? "file cut short by malformed JSON" : "files cut short by malformed JSON",
        LeftOutKind.Property => count == 1 ? "top-level property" : "top-level properties",
        LeftOutKind.Person => count == 1 ? "person" : "persons",
        _ => kind.ToString().ToLowerInvariant() + (count == 1 ? string.Empty : "s"),
    };
}

/// <summary>What a <see cref="LeftOutRecord"/> left out.</summary>
public enum LeftOutKind
{
    /// <summary>A whole record file: unreadable, not JSON, not a record file, of another format version, or over a limit.</summary>
    File,

    /// <summary>The rest of a file after malformed JSON; what came before it was read.</summary>
    Remainder,

    /// <summary>A top-level property that could not be read (unknown, given twice, or not a list), with all it held.</summary>
    Property,

    /// <summary>A source.</summary>
    Source,

    /// <summary>A person.</summary>
    Person,

    /// <summary>An organization.</summary>
    Organization,

    /// <summary>An incident.</summary>
    Incident,

    /// <summary>A proceeding.</summary>
    Proceeding,

    /// <summary>A claim.</summary>
    Claim,

    /// <summary>A citation; the claim keeps its other citations.</summary>
    Citation,
}
