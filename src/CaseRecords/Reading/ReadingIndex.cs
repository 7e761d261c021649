using CaseRecords.Dates;
using NodaTime;

namespace CaseRecords.Reading;

/// <summary>What the reading API needs, computed once per dataset on first use.</summary>
internal sealed class ReadingIndex
{
    private readonly CaseDataset dataset;
    private readonly Lazy<Timeline> timeline;
    private readonly Lazy<EquatableArray<ConflictSet>> conflicts;
    private readonly Lazy<EquatableArray<RelayedClaim>> relayed;
    private readonly Lazy<EquatableArray<ClaimEntry>> singleSource;
    private readonly Lazy<EquatableArray<ClaimEntry>> inferred;
    private readonly Lazy<Dictionary<string, List<Involvement>>> involvements;
    private readonly Lazy<Dictionary<string, ProceedingChain>> chains;

    public ReadingIndex(CaseDataset dataset)
    {
        this.dataset = dataset;
        timeline = new(BuildTimeline);
        conflicts = new(() => dataset.Entities.SelectMany(ConflictFinder.Find).ToEquatableArray());
        relayed = new(() => dataset.Claims.SelectMany(c => c.Claim.Citations.Where(x => x.IsRelayed).Select(x => new RelayedClaim(c, x))).ToEquatableArray());
        singleSource = new(() => dataset.Claims.Where(c => IndependentSources(c.Claim) <= 1).ToEquatableArray());
        inferred = new(() => dataset.Claims.Where(c => c.Claim.IsInferred).ToEquatableArray());
        involvements = new(BuildInvolvements);
        chains = new(BuildChains);
    }

    public Timeline Timeline => timeline.Value;

    public EquatableArray<ConflictSet> Conflicts => conflicts.Value;

    public EquatableArray<RelayedClaim> Relayed => relayed.Value;

    public EquatableArray<ClaimEntry> SingleSource => singleSource.Value;

    public EquatableArray<ClaimEntry> Inferred => inferred.Value;

    public IReadOnlyList<Involvement> InvolvementsOf(string id) =>
        involvements.Value.TryGetValue(id, out var list) ? list : [];

    public ProceedingChain ChainOf(string proceedingId) => chains.Value[proceedingId];

    public EquatableArray<Evidence> EvidenceFor(Claim claim) =>
        claim.Citations.Select(citation =>
        {
            var source = dataset.Resolve(citation);
            var text = source is null ? null : dataset.GetText(source);
            var span = text?.Find(citation.Quote);
            return new Evidence(citation, source, span, span is { } found ? text!.Text.Substring(found.Start, found.Length) : null, Support(claim, citation.Quote));
        }).ToEquatableArray();

    /// <summary>
    /// The words of <paramref name="quote"/> that state the claim's value: the dates that may be its date, the numbers
    /// that are its amounts, the name, the words that name the person or organization referred to, the words of a
    /// place or a text. The validator's support checks read quotes the same way (<see cref="Wording"/>).
    /// </summary>
    private EquatableArray<string> Support(Claim claim, string quote)
    {
        var words = new List<string>();
        var (date, amounts) = claim.UntypedValue switch
        {
            CaseDate d => (d, Array.Empty<decimal>()),
            Fact f => (f.Date, new[] { f.Quantity?.Amount, f.Quantity?.UpperAmount, f.Money?.Amount }.OfType<decimal>().ToArray()),
            _ => (null, []),
        };
        if (date is not null)
        {
            words.AddRange(DateExpressions.Find(quote).Where(e => e.Allows(date)).Select(e => e.Text));
        }

        words.AddRange(NumberExpressions.FindWords(quote).Where(n => amounts.Contains(n.Value)).Select(n => n.Words));
        switch (claim.UntypedValue)
        {
            case string text when Wording.FindName(quote, text) is { } name:
                words.Add(quote.Substring(name.Start, name.Length));
                break;
            case string text:
                AddCovered(text);
                break;
            case Reference reference:
                AddNaming(reference.Id);
                break;
            case Fact fact:
                if (fact.Related is { } related)
                {
                    AddNaming(related.Id);
                }

                AddCovered(fact.Place);
                AddCovered(fact.Text);
                break;
        }

        return words.Distinct(StringComparer.Ordinal).ToEquatableArray();

        void AddNaming(string id)
        {
            if (dataset.TryGet(id, out var entity) && entity is Person or Organization
                && Wording.FindNaming(quote, Wording.NamingForms(Wording.NamesOf(entity))) is { } found)
            {
                words.Add(quote.Substring(found.Start, found.Length));
            }
        }

        void AddCovered(string? value)
        {
            if (value is not null)
            {
                words.AddRange(Wording.Cover(value, [quote]).Found.Select(f => quote.Substring(f.Start, f.Length)));
            }
        }
    }

    public static string DisplayName(Entity entity) => entity.Label ??
        (entity.Names.FirstOrDefault(n => n.Rank == ClaimRank.Preferred) ?? entity.Names.FirstOrDefault())?.Value ?? entity.Id;

    /// <summary>How many sources state the claim independently: none for an inference, which corroborates nothing.</summary>
    internal static int IndependentSources(Claim claim) => claim.IsInferred ? 0 :
        claim.Citations.Where(c => !c.IsRelayed).Select(c => c.Source).Distinct(StringComparer.Ordinal).Count();

    private Timeline BuildTimeline()
    {
        var entries = new List<TimelineEntry>();
        var undated = new List<Entity>();
        foreach (var entry in dataset.Claims)
        {
            var date = entry.Claim.UntypedValue switch
            {
                CaseDate d => d,
                Fact { Date: { } d } => d,
                _ => null,
            };
            if (date is not null)
            {
                entries.Add(new TimelineEntry(date, date.ToDisplayString(), entry.Claim.AsStated, Describe(entry), entry));
            }
        }

        foreach (var entity in dataset.Entities)
        {
            var dated = entity switch
            {
                Incident i => !i.Dates.IsEmpty,
                Proceeding p => !p.Filed.IsEmpty || !p.Decided.IsEmpty,
                _ => true,
            };
            if (!dated)
            {
                undated.Add(entity);
            }
        }

        // A date that another claim of the same list states more precisely is shown once, as the precise one.
        var refined = entries.GroupBy(e => (e.Claim.Subject.Id, e.Claim.Property)).Where(g => g.Skip(1).Any())
            .SelectMany(g => g.Where(e => g.Any(o => o.Date.Refines(e.Date) && ConflictFinder.Agree(o.Claim.Claim.UntypedValue, e.Claim.Claim.UntypedValue))))
            .ToHashSet();
        entries.RemoveAll(refined.Contains);
        var ordered = entries
            .OrderBy(e => e.Date.Earliest ?? LocalDate.MinIsoValue)
            .ThenBy(e => e.Date.Latest ?? LocalDate.MaxIsoValue)
            .ThenBy(e => e.Claim.Subject.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Claim.Property, StringComparer.Ordinal)
            .ThenBy(e => e.Claim.Index);
        return new Timeline(ordered.ToEquatableArray(), undated.ToEquatableArray());
    }

    private static string Describe(ClaimEntry entry)
    {
        var name = DisplayName(entry.Subject);
        return entry.Claim.UntypedValue switch
        {
            _ when entry.Property == RecordFormat.Proceeding[ProceedingField.Filed] => $"{name}: filed or begun",
            _ when entry.Property == RecordFormat.Proceeding[ProceedingField.Decided] => $"{name}: decided",
            Fact fact => $"{name}: {fact.Property}" + (fact.Text is { } text ? $" — {text}" : string.Empty),
            _ => name,
        };
    }

    private Dictionary<string, List<Involvement>> BuildInvolvements()
    {
        var result = new Dictionary<string, List<Involvement>>(StringComparer.Ordinal);
        foreach (var entry in dataset.Claims)
        {
            var reference = entry.Claim.UntypedValue switch
            {
                Reference r when entry.Property == RecordFormat.Incident[IncidentField.Participants] || entry.Property == RecordFormat.Proceeding[ProceedingField.Parties] => r,
                Fact { Related: { } r } => r,
                _ => null,
            };
            if (reference is null)
            {
                continue;
            }

            if (!result.TryGetValue(reference.Id, out var list))
            {
                result[reference.Id] = list = [];
            }

            list.Add(new Involvement(entry.Subject, reference.Role, entry));
        }

        return result;
    }

    private Dictionary<string, ProceedingChain> BuildChains()
    {
        var proceedings = dataset.Proceedings.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var neighbours = proceedings.Keys.ToDictionary(id => id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var p in proceedings.Values)
        {
            foreach (var link in p.Reviews.Concat(p.Follows).Select(c => c.Value.Id).Where(proceedings.ContainsKey))
            {
                neighbours[p.Id].Add(link);
                neighbours[link].Add(p.Id);
            }
        }

        var result = new Dictionary<string, ProceedingChain>(StringComparer.Ordinal);
        foreach (var id in proceedings.Keys.Order(StringComparer.Ordinal))
        {
            if (result.ContainsKey(id))
            {
                continue;
            }

            var component = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>([id]);
            while (stack.TryPop(out var next))
            {
                if (component.Add(next))
                {
                    foreach (var n in neighbours[next])
                    {
                        stack.Push(n);
                    }
                }
            }

            var chain = new ProceedingChain(Order(component.Select(c => proceedings[c]).ToList(), proceedings).ToEquatableArray());
            foreach (var member in component)
            {
                result[member] = chain;
            }
        }

        return result;
    }

    /// <summary>Orders proceedings so that each comes after those it reviews or follows; ties by date, then id. Cycles fall back to date order.</summary>
    private static IEnumerable<ChainStep> Order(List<Proceeding> members, Dictionary<string, Proceeding> all)
    {
        static LocalDate Earliest(Proceeding p) =>
            p.Filed.Concat(p.Decided).Select(c => c.Value.Earliest).Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(LocalDate.MaxIsoValue).Min();

        var inChain = members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var prerequisites = members.ToDictionary(
            m => m.Id,
            m => m.Reviews.Concat(m.Follows).Select(c => c.Value.Id).Where(inChain.Contains).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var remaining = members.OrderBy(Earliest).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(m => prerequisites[m.Id].All(done.Contains)) ?? remaining[0];
            remaining.Remove(next);
            done.Add(next.Id);
            yield return new ChainStep(
                next,
                next.Reviews.Select(c => c.Value.Id).Where(all.ContainsKey).ToEquatableArray(),
                next.Follows.Select(c => c.Value.Id).Where(all.ContainsKey).ToEquatableArray());
        }
    }
}
