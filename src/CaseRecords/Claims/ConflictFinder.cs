using System.Runtime.InteropServices;

namespace CaseRecords;

/// <summary>
/// Groups an entity's claims into conflict sets: claims about the same property whose values differ.
/// The one place conflicts are computed, for the validator and for readers alike.
/// </summary>
internal static class ConflictFinder
{
    private static readonly HashSet<string> SingleValuedFacts = new(StringComparer.Ordinal)
    {
        FactProperties.Birth, FactProperties.Death, FactProperties.Age, FactProperties.Count, FactProperties.Nationality,
        FactProperties.Duration,
    };

    // One list per thread, reused: this runs once per entity.
    [ThreadStatic]
    private static List<(string Property, Claim First)>? Seen;

    public static IEnumerable<ConflictSet> Find(Entity entity) => MayConflict(entity) ? Group(entity) : [];

    /// <summary>
    /// Whether two claims under one key disagree. Most entities have no conflict, and this answers without building
    /// keys or groups: claims are compared by the parts of their keys.
    /// </summary>
    private static bool MayConflict(Entity entity)
    {
        var seen = Seen ??= new List<(string Property, Claim First)>(16);
        seen.Clear();
        for (var list = 0; list < entity.ClaimListCount; list++)
        {
            var (property, claims) = entity.GetClaimList(list);
            for (var i = 0; i < claims.Length; i++)
            {
                var claim = claims[i];
                if (!HasKey(entity, property, claim))
                {
                    continue;
                }

                foreach (var (otherProperty, other) in seen)
                {
                    if (string.Equals(otherProperty, property, StringComparison.Ordinal) && SameKey(other, claim) && !Agree(other.UntypedValue, claim.UntypedValue))
                    {
                        seen.Clear();
                        return true;
                    }
                }

                seen.Add((property, claim));
            }
        }

        seen.Clear(); // hold no claims between calls
        return false;
    }

    /// <summary>
    /// Whether a claim competes with others of its entity: full names (a short form or nickname does not disagree with
    /// a full name), single-valued facts, and the dates, places, forums and outcomes of incidents and proceedings.
    /// </summary>
    private static bool HasKey(Entity entity, string property, Claim claim) => entity switch
    {
        _ when property == RecordFormat.Person[PersonField.Names] => claim.Form == NameForm.Full,
        _ when property == RecordFormat.Person[PersonField.Facts] => claim.UntypedValue is Fact fact && SingleValuedFacts.Contains(fact.Property),
        Incident => property == RecordFormat.Incident[IncidentField.Dates] || property == RecordFormat.Incident[IncidentField.Places],
        Proceeding => property == RecordFormat.Proceeding[ProceedingField.Forums] || property == RecordFormat.Proceeding[ProceedingField.Filed]
            || property == RecordFormat.Proceeding[ProceedingField.Decided] || property == RecordFormat.Proceeding[ProceedingField.Outcomes],
        _ => false,
    };

    /// <summary>Whether two claims of one property have the same <see cref="Key"/>.</summary>
    private static bool SameKey(Claim a, Claim b) => (a.UntypedValue, b.UntypedValue) switch
    {
        (Fact x, Fact y) => x.Property == y.Property && x.Related?.Id == y.Related?.Id
            && (x.Property != FactProperties.Count || x.Text == y.Text),
        _ => true,
    };

    private static IEnumerable<ConflictSet> Group(Entity entity)
    {
        var groups = new Dictionary<string, List<ClaimEntry>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var list = 0; list < entity.ClaimListCount; list++)
        {
            var (property, claims) = entity.GetClaimList(list);
            for (var i = 0; i < claims.Length; i++)
            {
                if (Key(entity, property, claims[i]) is not { } key)
                {
                    continue;
                }

                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = [];
                    order.Add(key);
                }

                group.Add(new ClaimEntry(entity, property, i, claims[i]));
            }
        }

        foreach (var key in order)
        {
            // Most groups hold one value (or one claim): no conflict, nothing to build.
            var group = groups[key];
            if (!AnyDisagree(group))
            {
                continue;
            }

            // The versions: the group's distinct values, in the order they first appear (plain loops: a group holds
            // a handful of claims, and LINQ's grouping allocated more than the rest of the check).
            var values = new List<(object Value, List<ClaimEntry> Claims)>();
            foreach (var entry in group)
            {
                var at = values.Count - 1;
                while (at >= 0 && !Equals(values[at].Value, entry.Claim.UntypedValue))
                {
                    at--;
                }

                if (at < 0)
                {
                    values.Add((entry.Claim.UntypedValue, [entry]));
                }
                else
                {
                    values[at].Claims.Add(entry);
                }
            }

            if (values.Count < 2)
            {
                continue;
            }

            var versions = new ConflictVersion[values.Count];
            for (var v = 0; v < versions.Length; v++)
            {
                var (value, claims) = values[v];
                var sources = new List<string>();
                string? note = null;
                var preferred = false;
                var deprecated = true;
                foreach (var entry in claims)
                {
                    preferred |= entry.Claim.Rank == ClaimRank.Preferred;
                    deprecated &= entry.Claim.Rank == ClaimRank.Deprecated;
                    note ??= entry.Claim.Note;
                    foreach (var citation in entry.Claim.Citations)
                    {
                        if (!sources.Contains(citation.Source, StringComparer.Ordinal))
                        {
                            sources.Add(citation.Source);
                        }
                    }
                }

                versions[v] = new ConflictVersion(
                    Display(value),
                    preferred ? ClaimRank.Preferred : deprecated ? ClaimRank.Deprecated : ClaimRank.Normal,
                    sources.ToEquatableArray(),
                    claims.ToEquatableArray(),
                    note);
            }

            yield return new ConflictSet(entity.Id, key, ImmutableCollectionsMarshal.AsImmutableArray(versions));
        }
    }

    /// <summary>Whether two claims of a group disagree.</summary>
    private static bool AnyDisagree(List<ClaimEntry> group)
    {
        for (var a = 0; a < group.Count; a++)
        {
            for (var b = a + 1; b < group.Count; b++)
            {
                if (!Agree(group[a].Claim.UntypedValue, group[b].Claim.UntypedValue))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The conflict key of a claim (which claims compete), or null when it has none; <see cref="HasKey"/> says which claims have one.</summary>
    private static string? Key(Entity entity, string property, Claim claim) =>
        !HasKey(entity, property, claim) ? null
        : claim.UntypedValue is Fact fact
            ? $"facts/{fact.Property}" + (fact.Related is { } r ? "@" + r.Id : string.Empty) + (fact.Property == FactProperties.Count && fact.Text is { } t ? ": " + t : string.Empty)
            : property;

    /// <summary>
    /// Whether two values say the same: equal; dates of which one refines the other (2016-08-21 and 2016-08:
    /// the precise one refines the vague one; <see cref="Dates.CaseDate.Refines"/>); quantities in one unit whose
    /// amounts overlap (2 weeks and 14 days; <see cref="Quantity.SaysSameAs"/>); alone or in facts that are otherwise equal.
    /// </summary>
    internal static bool Agree(object a, object b) => Equals(a, b) || (a, b) switch
    {
        (Dates.CaseDate x, Dates.CaseDate y) => x.Refines(y) || y.Refines(x),
        (Fact f, Fact g) => (f.Date, g.Date) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x == y || x.Refines(y) || y.Refines(x),
            _ => false,
        } && (f.Quantity, g.Quantity) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x.SaysSameAs(y),
            _ => false,
        } && (f with { Date = null, Quantity = null }) == (g with { Date = null, Quantity = null }),
        _ => false,
    };

    private static string Display(object value) => value switch
    {
        Fact fact => fact.Quantity?.ToString() ?? fact.Money?.ToString() ?? fact.Date?.ToString() ?? fact.Text ?? fact.Place ?? fact.Related?.ToString() ?? fact.Property,
        _ => value.ToString() ?? string.Empty,
    };
}
