using CaseRecords.Dates;

namespace CaseRecords.Reading;

#pragma warning disable SA1402 // the small result records of the reading API, kept together

/// <summary>One dated item of a <see cref="Timeline"/>.</summary>
/// <param name="Date">The date, with its precision.</param>
/// <param name="When">The date in words at its precision ("May 1991", "about the 1990s"): <see cref="CaseDate.ToDisplayString"/>.</param>
/// <param name="AsStated">The source's own wording of the date ("in the late 90s", "on Tuesday"), when the claim records it.</param>
/// <param name="What">What happened, in a few words ("Dismissal of Balcerzak and Gabrish decided").</param>
/// <param name="Claim">The dated claim, with its subject and citations.</param>
public sealed record TimelineEntry(CaseDate Date, string When, string? AsStated, string What, ClaimEntry Claim);

/// <summary>The case in date order.</summary>
/// <param name="Dated">Dated items, ordered by their earliest possible day, then their latest, then subject and property.</param>
/// <param name="Undated">Incidents and proceedings that no source dates.</param>
public sealed record Timeline(EquatableArray<TimelineEntry> Dated, EquatableArray<Entity> Undated);

/// <summary>One name a person goes by, with the sources that use it.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Rank">The claim's rank.</param>
/// <param name="Sources">The ids of the sources that use it.</param>
/// <param name="Claim">The name claim.</param>
public sealed record NameVersion(string Name, ClaimRank Rank, EquatableArray<string> Sources, Claim<string> Claim);

/// <summary>A record in which a person or organization takes part, and in what role.</summary>
/// <param name="Record">The incident or proceeding (or other entity whose fact relates to them).</param>
/// <param name="Role">The role the sources give, if any ("defendant", "caller").</param>
/// <param name="Claim">The claim that states the involvement.</param>
public sealed record Involvement(Entity Record, string? Role, ClaimEntry Claim);

/// <summary>Everything the dataset says of one person.</summary>
/// <param name="Person">The person.</param>
/// <param name="Names">Every name they go by, with the sources for each spelling.</param>
/// <param name="Involvements">Every incident and proceeding they take part in, with their role.</param>
/// <param name="Claims">Every claim about them: their own names and facts.</param>
public sealed record PersonRecord(Person Person, EquatableArray<NameVersion> Names, EquatableArray<Involvement> Involvements, EquatableArray<ClaimEntry> Claims);

/// <summary>One step of a <see cref="ProceedingChain"/>.</summary>
/// <param name="Proceeding">The proceeding.</param>
/// <param name="Reviews">The ids of the proceedings it reviews.</param>
/// <param name="Follows">The ids of the proceedings it follows.</param>
public sealed record ChainStep(Proceeding Proceeding, EquatableArray<string> Reviews, EquatableArray<string> Follows)
{
    /// <summary>How the step ended, per the sources.</summary>
    public EquatableArray<Claim<string>> Outcomes => Proceeding.Outcomes;
}

/// <summary>Proceedings linked by review and succession, earliest first.</summary>
/// <param name="Steps">The steps: a proceeding comes after those it reviews or follows; otherwise by date, then id.</param>
public sealed record ProceedingChain(EquatableArray<ChainStep> Steps);

/// <summary>A claim's evidence: one citation with its source and where the quote is in the source's text.</summary>
/// <param name="Citation">The citation.</param>
/// <param name="Source">The cited source, or <see langword="null"/> when it is not in the dataset.</param>
/// <param name="Span">Where the quote is in the source's stored text, or <see langword="null"/> when it is not found or the text is unavailable.</param>
/// <param name="Passage">The passage of the source's text at <paramref name="Span"/>, exactly as stored.</param>
/// <param name="Support">
/// The words of the quote that state the claim's value, for highlighting: the date expressions that may be its date
/// ("May 1991"), the numbers that are its amounts ("$55,000", "two"). Empty when the quote states none of them, or for
/// values of a kind whose support is not yet checked (names, references, places, text).
/// </param>
public sealed record Evidence(Citation Citation, Source? Source, TextSpan? Span, string? Passage, EquatableArray<string> Support);

/// <summary>A claim that a source states only by relaying a third party.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Citation">The relaying citation; <see cref="Citation.RelayedFrom"/> names the party.</param>
public sealed record RelayedClaim(ClaimEntry Claim, Citation Citation);
