using System.Runtime.CompilerServices;

namespace CaseRecords.Reading;

/// <summary>
/// Questions a journalist or researcher asks of a case, answered from a loaded dataset without walking the
/// raw records. Answers come from an index built once per dataset, on first use; they are immutable.
/// </summary>
public static class CaseReading
{
    // One index per dataset, kept as long as the dataset (the dataset, lower down, knows nothing of reading). Building
    // an index only sets up lazy parts: a second one built in a race is dropped unused, and every caller gets the same.
    private static readonly ConditionalWeakTable<CaseDataset, ReadingIndex> Indexes = new();

    /// <summary>The case in date order: dated incidents, proceeding steps and dated facts, each with its precision; undated incidents and proceedings apart.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static Timeline Timeline(this CaseDataset dataset) => Index(dataset).Timeline;

    /// <summary>Everything the dataset says of one person: names with the sources for each spelling, involvements with roles, and claims.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="personId">The person's id.</param>
    /// <returns>The person's record.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No person has that id.</exception>
    public static PersonRecord RecordOf(this CaseDataset dataset, string personId)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var person = dataset.Get<Person>(personId);
        var names = person.Names
            .Select(n => new NameVersion(n.Value, n.Rank, n.Citations.Select(c => c.Source).Distinct(StringComparer.Ordinal).ToEquatableArray(), n))
            .ToEquatableArray();
        var claims = person.ClaimLists.SelectMany(l => l.Claims.Select((c, i) => new ClaimEntry(person, l.Property, i, c))).ToEquatableArray();
        return new PersonRecord(person, names, Index(dataset).InvolvementsOf(personId).ToEquatableArray(), claims);
    }

    /// <summary>The chain of proceedings a proceeding belongs to: what it reviews or follows, and what reviews or follows it, in order.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="proceedingId">The id of any step of the chain.</param>
    /// <returns>The whole chain.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No proceeding has that id.</exception>
    public static ProceedingChain ChainOf(this CaseDataset dataset, string proceedingId)
    {
        dataset.Get<Proceeding>(proceedingId);
        return Index(dataset).ChainOf(proceedingId);
    }

    /// <summary>Every place where the sources disagree, with the versions, the sources behind each and which one is preferred.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The conflict sets, in dataset order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static EquatableArray<ConflictSet> Conflicts(this CaseDataset dataset) => Index(dataset).Conflicts;

    /// <summary>All claims that cite a source.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="sourceId">The source's id.</param>
    /// <returns>The claims, in dataset order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ClaimEntry> ClaimsSupportedBy(this CaseDataset dataset, string sourceId)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.ClaimsCiting(sourceId);
    }

    /// <summary>All citations in which a source relays a third party, with their claims.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The relayed citations, in dataset order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static EquatableArray<RelayedClaim> RelayedClaims(this CaseDataset dataset) => Index(dataset).Relayed;

    /// <summary>All citations that relay one party (for example "ap-news").</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="partyId">The id of the relayed person, organization or source.</param>
    /// <returns>The relayed citations, in dataset order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EquatableArray<RelayedClaim> ClaimsRelayedFrom(this CaseDataset dataset, string partyId)
    {
        ArgumentNullException.ThrowIfNull(partyId);
        return Index(dataset).Relayed.Where(r => r.Citation.RelayedFrom == partyId).ToEquatableArray();
    }

    /// <summary>The claims that rest on at most one independent source (relayed citations do not count as independent).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The claims, in dataset order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static EquatableArray<ClaimEntry> SingleSourceClaims(this CaseDataset dataset) => Index(dataset).SingleSource;

    /// <summary>
    /// The claims a curator marked as inferences (<see cref="Claim.InferredFrom"/>): values no quote states, drawn from
    /// what the note says. They never count as corroboration.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The claims, in dataset order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static EquatableArray<ClaimEntry> InferredClaims(this CaseDataset dataset) => Index(dataset).Inferred;

    /// <summary>A claim's evidence: each citation with its source, and the position and exact passage of its quote in the source's text.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="claim">The claim.</param>
    /// <returns>One entry per citation, in citation order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EquatableArray<Evidence> EvidenceFor(this CaseDataset dataset, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Index(dataset).EvidenceFor(claim);
    }

    /// <summary>The name to show for an entity: its label, else its preferred name, else its first name, else its id.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public static string DisplayName(this Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return ReadingIndex.DisplayName(entity);
    }

    private static ReadingIndex Index(CaseDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Indexes.GetValue(dataset, static d => new ReadingIndex(d));
    }
}
