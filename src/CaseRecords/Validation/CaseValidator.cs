using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using CaseRecords.Dates;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Serialization;

namespace CaseRecords.Validation;

/// <summary>
/// Checks a dataset against the citation rule and the integrity of its records: every quote occurs in its
/// source, hashes match, references resolve, dates are no more precise than their evidence, chains hold
/// together, and disagreements are visible. Reports every problem in one pass, in a deterministic order.
/// Never throws on a loaded dataset. The rules are listed in docs/diagnostics.md.
/// </summary>
public static partial class CaseValidator
{
    private static readonly HashSet<string> LoaderTextCodes = new(StringComparer.Ordinal)
    {
        DiagnosticCodes.PathOutsideDataset.Code, DiagnosticCodes.SourceTextMissing.Code, DiagnosticCodes.SourceTextNotUtf8.Code,
        DiagnosticCodes.FileUnreadable.Code, DiagnosticCodes.FileTooLarge.Code,
    };

    /// <summary>Validates a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static ValidationReport Validate(CaseDataset dataset, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new Run(dataset, [], options ?? ValidationOptions.Default).Execute();
    }

    /// <summary>Validates a loaded dataset; the report includes the loader's diagnostics.</summary>
    /// <param name="load">The result of loading.</param>
    /// <param name="options">Options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="load"/> is null.</exception>
    public static ValidationReport Validate(LoadResult load, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        return new Run(load.Dataset, load.Diagnostics, options ?? ValidationOptions.Default).Execute();
    }

    private static readonly EntityKind[] PersonOrOrganization = [EntityKind.Person, EntityKind.Organization];
    private static readonly EntityKind[] OrganizationOnly = [EntityKind.Organization];
    private static readonly EntityKind[] IncidentOnly = [EntityKind.Incident];
    private static readonly EntityKind[] ProceedingOnly = [EntityKind.Proceeding];

    /// <summary>A claim and where it sits in its entity: its pointer is built only when a finding needs it.</summary>
    private readonly record struct ClaimAt(string Property, int Index, Claim Claim);

    /// <summary>Where one source or entity sits in its record file.</summary>
    private sealed record Located(RecordFile File, string Pointer, string Id, object Record);

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b\d{4}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")]
    private static partial Regex MonthEvidence();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}(st|nd|rd|th)?\b|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")]
    private static partial Regex DayEvidence();

    [GeneratedRegex(@"\b(spring|summer|autumn|fall|winter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeasonEvidence();

    [GeneratedRegex(@"\b\d{3,4}\b|'\d{2}\b")]
    private static partial Regex YearEvidence();

    private sealed class Run
    {
        /// <summary>Entities per piece of work when several threads check a dataset; smaller datasets are checked on one thread.</summary>
        private const int EntitiesPerChunk = 512;

        private readonly CaseDataset dataset;
        private readonly EquatableArray<Diagnostic> loaderDiagnostics;
        private readonly ValidationOptions options;
        private readonly QuoteFinder finder;
        // Findings by record file (the order files are first reported in is kept; the report is sorted at the end).
        private readonly Dictionary<string, List<PendingDiagnostic>> findings = new(StringComparer.Ordinal);
        private readonly List<QuoteMatch> quotes = [];
        private readonly List<ConflictSet> conflicts = [];
        private readonly List<Located> located;
        private readonly Dictionary<string, Located> byId;
        private readonly Dictionary<SourceText, System.Collections.Concurrent.ConcurrentDictionary<string, TextSpan?>> found;
        private readonly HashSet<string> cited = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> singleSourceMessages = new(StringComparer.Ordinal);
        private int citationCount;

        public Run(CaseDataset dataset, EquatableArray<Diagnostic> loaderDiagnostics, ValidationOptions options)
        {
            this.dataset = dataset;
            this.loaderDiagnostics = loaderDiagnostics;
            this.options = options;
            finder = new QuoteFinder();
            located = [];
            byId = new Dictionary<string, Located>(StringComparer.Ordinal);

            // One cache of quote results per text, shared by all threads: claims often cite the same passage.
            found = new(ReferenceEqualityComparer.Instance);
            foreach (var text in dataset.Texts)
            {
                found.TryAdd(text, new(StringComparer.Ordinal));
            }
        }

        /// <summary>A worker for one chunk of entities: shares what is read-only, keeps its own findings.</summary>
        private Run(Run parent)
        {
            dataset = parent.dataset;
            loaderDiagnostics = parent.loaderDiagnostics;
            options = parent.options;
            finder = parent.finder;
            located = parent.located;
            byId = parent.byId;
            found = parent.found;
        }

        public ValidationReport Execute()
        {
            Locate();
            CheckSources();
            CheckEntities();
            CheckUnusedSources();
            CheckChains();
            CheckBirths();
            return Finish();
        }

        // ---- structure --------------------------------------------------------------------------------------

        private void Locate()
        {
            foreach (var file in dataset.Files)
            {
                Add(file, "sources", file.Sources, s => s.Id);
                Add(file, "persons", file.Persons, e => e.Id);
                Add(file, "organizations", file.Organizations, e => e.Id);
                Add(file, "incidents", file.Incidents, e => e.Id);
                Add(file, "proceedings", file.Proceedings, e => e.Id);
            }
        }

        private void Add<T>(RecordFile file, string list, EquatableArray<T> records, Func<T, string> id)
            where T : notnull
        {
            for (var i = 0; i < records.Count; i++)
            {
                var item = new Located(file, $"/{list}/{i}", id(records[i]), records[i]);
                located.Add(item);
                if (!byId.TryAdd(item.Id, item))
                {
                    var first = byId[item.Id];
                    Report(item, "/id", DiagnosticCodes.DuplicateId, $"The id \"{item.Id}\" is already used by {Describe(first)} in {first.File.Path} at {first.Pointer}.");
                }
            }
        }

        // ---- sources ----------------------------------------------------------------------------------------

        private void CheckSources()
        {
            foreach (var item in located)
            {
                if (item.Record is not Source source)
                {
                    continue;
                }

                var text = dataset.GetText(source);
                if (text is null)
                {
                    if (!loaderDiagnostics.Any(d => d.EntityId == source.Id && LoaderTextCodes.Contains(d.Code)))
                    {
                        Report(item, "/text", DiagnosticCodes.SourceTextUnavailable, $"The stored text \"{source.TextPath}\" of source \"{source.Id}\" is not available, so none of its quotes can be checked.");
                    }
                }
                else if (!string.Equals(text.Sha256, source.Sha256, StringComparison.Ordinal))
                {
                    Report(item, "/sha256", DiagnosticCodes.HashMismatch, $"The stored text \"{source.TextPath}\" has SHA-256 {text.Sha256}, not the recorded {source.Sha256}: the text changed since the records were written.");
                }

            }
        }

        /// <summary>Sources no claim cites (the entity checks have collected the cited ones).</summary>
        private void CheckUnusedSources()
        {
            foreach (var item in located)
            {
                if (item.Record is Source source && !cited.Contains(source.Id))
                {
                    Report(item, string.Empty, DiagnosticCodes.UnusedSource, $"No claim cites the source \"{source.Id}\".");
                }
            }
        }

        // ---- entities and claims ----------------------------------------------------------------------------

        private void CheckEntities()
        {
            var entities = located.Where(l => l.Record is Entity).ToArray();
            var chunks = (entities.Length + EntitiesPerChunk - 1) / EntitiesPerChunk;
            if (options.MaxDegreeOfParallelism == 1 || chunks < 2 || Environment.ProcessorCount < 2)
            {
                foreach (var item in entities)
                {
                    CheckEntity(item, (Entity)item.Record);
                }

                return;
            }

            // Chunks of consecutive entities, each with its own worker; merged in order, so the report is the
            // same as from one thread (and it is sorted at the end anyway).
            var workers = new Run[chunks];
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, chunk =>
            {
                var worker = workers[chunk] = new Run(this);
                var end = Math.Min(entities.Length, (chunk + 1) * EntitiesPerChunk);
                for (var i = chunk * EntitiesPerChunk; i < end; i++)
                {
                    worker.CheckEntity(entities[i], (Entity)entities[i].Record);
                }
            });
            quotes.EnsureCapacity(quotes.Count + workers.Sum(w => w.quotes.Count));
            foreach (var worker in workers)
            {
                foreach (var (file, list) in worker.findings)
                {
                    if (findings.TryGetValue(file, out var existing))
                    {
                        existing.AddRange(list);
                    }
                    else
                    {
                        findings[file] = list;
                    }
                }

                quotes.AddRange(worker.quotes);
                conflicts.AddRange(worker.conflicts);
                citationCount += worker.citationCount;
                cited.UnionWith(worker.cited);
            }
        }

        private void CheckEntity(Located item, Entity entity)
        {
            for (var list = 0; list < entity.ClaimListCount; list++)
            {
                var (property, claims) = entity.GetClaimList(list);
                for (var i = 0; i < claims.Length; i++)
                {
                    // Pointers are built only for findings: a valid dataset costs no string per claim or citation.
                    var claim = new ClaimAt(property, i, claims[i]);
                    citationCount += claim.Claim.Citations.Count;
                    CheckCitations(item, claim);
                    CheckAsStated(item, claim);
                    CheckCorroboration(item, claim);
                    CheckValue(item, entity, claim);
                }
            }

            foreach (var set in ConflictFinder.Find(entity))
            {
                CheckConflict(item, set);
            }
        }

        private void CheckCitations(Located item, ClaimAt at)
        {
            var citations = at.Claim.Citations;
            for (var k = 0; k < citations.Count; k++)
            {
                var citation = citations[k];
                cited.Add(citation.Source);
                if (citation.RelayedFrom is { } relayed && !byId.ContainsKey(relayed))
                {
                    Report(item, at, $"/citations/{k}/relayedFrom", DiagnosticCodes.DanglingReference, $"The citation relays \"{relayed}\", but no person, organization or source has that id.");
                }

                if (!dataset.TryGetSource(citation.Source, out var source))
                {
                    Report(item, at, $"/citations/{k}/source", DiagnosticCodes.UnknownSource, $"The citation names the source \"{citation.Source}\", which is not defined.");
                    continue;
                }

                if (dataset.GetText(source) is not { } text)
                {
                    continue;
                }

                if (Find(text, citation.Quote) is { } span)
                {
                    quotes.Add(new QuoteMatch(item.Id, item.Pointer, at.Property, at.Index, k, citation, span));
                    continue;
                }

                var elsewhere = dataset.Sources
                    .Where(s => s.Id != source.Id && dataset.GetText(s) is { } other && finder.Find(other, citation.Quote) is not null)
                    .Select(s => $"\"{s.Id}\"")
                    .ToList();
                var hint = elsewhere.Count > 0 ? $" It does occur in {string.Join(", ", elsewhere)}: cite that source instead?" : " Copy it exactly from the source's text.";
                Report(item, at, $"/citations/{k}/quote", DiagnosticCodes.QuoteNotFound, $"The quote \"{Shorten(citation.Quote)}\" does not occur in the text of source \"{source.Id}\".{hint}");
            }
        }

        /// <summary>Finds a quote once per text: claims often cite the same passage.</summary>
        private TextSpan? Find(SourceText text, string quote)
        {
            if (!found.TryGetValue(text, out var byQuote))
            {
                return finder.Find(text, quote);
            }

            var span = byQuote.GetOrAdd(quote, static (q, state) => state.Finder.Find(state.Text, q), (Finder: finder, Text: text));
            return span;
        }

        private void CheckAsStated(Located item, ClaimAt at)
        {
            if (at.Claim.AsStated is not { } asStated)
            {
                return;
            }

            foreach (var citation in at.Claim.Citations)
            {
                if (QuoteFinder.Contains(citation.Quote, asStated))
                {
                    return;
                }
            }

            Report(item, at, "/asStated", DiagnosticCodes.AsStatedNotQuoted, $"The as-stated wording \"{Shorten(asStated)}\" does not occur in any of the claim's quotes.");
        }

        private void CheckCorroboration(Located item, ClaimAt at)
        {
            // Count the distinct independent sources without allocating (claims cite a handful of sources).
            var citations = at.Claim.Citations;
            var count = 0;
            string? firstIndependent = null;
            for (var i = 0; i < citations.Count && count < 2; i++)
            {
                if (citations[i].IsRelayed)
                {
                    continue;
                }

                if (firstIndependent is null)
                {
                    firstIndependent = citations[i].Source;
                    count = 1;
                }
                else if (!string.Equals(firstIndependent, citations[i].Source, StringComparison.Ordinal))
                {
                    count = 2;
                }
            }

            if (count == 0)
            {
                var relayed = string.Join(", ", citations.Select(c => $"{c.Source} per {c.RelayedFrom}").Distinct(StringComparer.Ordinal));
                Report(item, at, string.Empty, DiagnosticCodes.SingleSource, $"The claim rests only on relayed reports ({relayed}): 0 independent sources.");
            }
            else if (count == 1)
            {
                // One message per source, shared: in a large dataset many claims rest on each source.
                if (!singleSourceMessages.TryGetValue(firstIndependent!, out var message))
                {
                    singleSourceMessages[firstIndependent!] = message = $"The claim rests on 1 independent source ({firstIndependent}).";
                }

                Report(item, at, string.Empty, DiagnosticCodes.SingleSource, message);
            }
        }

        private void CheckValue(Located item, Entity entity, ClaimAt at)
        {
            switch (at.Claim.UntypedValue)
            {
                case CaseDate date:
                    CheckDateEvidence(item, at, "/value", date);
                    break;
                case Reference reference:
                    CheckReference(item, at, "/value/id", reference, ExpectedKinds(entity, at.Property));
                    break;
                case Fact fact:
                    if (fact.Date is { } factDate)
                    {
                        CheckDateEvidence(item, at, "/value/date", factDate);
                    }

                    if (fact.Related is { } related)
                    {
                        CheckReference(item, at, "/value/related/id", related, null);
                    }

                    break;
            }
        }

        private static EntityKind[]? ExpectedKinds(Entity entity, string property) => (entity, property) switch
        {
            (_, "participants" or "parties") => PersonOrOrganization,
            (_, "forums") => OrganizationOnly,
            (_, "concerns") => IncidentOnly,
            (_, "reviews" or "follows") => ProceedingOnly,
            _ => null,
        };

        private void CheckReference(Located item, ClaimAt at, string suffix, Reference reference, EntityKind[]? kinds)
        {
            if (!byId.TryGetValue(reference.Id, out var target))
            {
                Report(item, at, suffix, DiagnosticCodes.DanglingReference, $"\"{reference.Id}\" is not the id of any person, organization, incident or proceeding.");
                return;
            }

            if (kinds is not null && (target.Record is not Entity entity || !kinds.Contains(entity.Kind)))
            {
                var expected = string.Join(" or ", kinds.Select(k => k.ToString().ToLowerInvariant()));
                Report(item, at, suffix, DiagnosticCodes.WrongReferenceKind, $"\"{reference.Id}\" is {Describe(target)}, but {(expected[0] is 'a' or 'e' or 'i' or 'o' ? "an" : "a")} {expected} is expected here.");
            }
        }

        private void CheckDateEvidence(Located item, ClaimAt at, string relativePointer, CaseDate date)
        {
            var precision = date.Start is null && date.End is null
                ? DatePrecision.Century
                : (DatePrecision)Math.Max((int)(date.Start?.Precision ?? 0), (int)(date.End?.Precision ?? 0));
            var (needed, regex) = precision switch
            {
                DatePrecision.Day => ("a day", DayEvidence()),
                DatePrecision.Month => ("a month", MonthEvidence()),
                DatePrecision.Season => ("a season", SeasonEvidence()),
                DatePrecision.Year => ("a year", YearEvidence()),
                _ => (null, null),
            };
            if (regex is null)
            {
                return;
            }

            // Each quote and the as-stated wording are searched apart: no pattern can match across two of them.
            foreach (var citation in at.Claim.Citations)
            {
                if (regex.IsMatch(citation.Quote))
                {
                    return;
                }
            }

            if (at.Claim.AsStated is { } asStated && regex.IsMatch(asStated))
            {
                return;
            }

            Report(item, at, relativePointer, DiagnosticCodes.DateTooPrecise, $"The date {date} has {precision.ToString().ToLowerInvariant()} precision, but no quote names {needed}.");
        }

        // ---- conflicts --------------------------------------------------------------------------------------

        private void CheckConflict(Located item, ConflictSet set)
        {
            conflicts.Add(set);
            var versions = set.Versions;
            var preferred = versions.Where(v => v.Rank == ClaimRank.Preferred).ToList();
            if (preferred.Count > 1)
            {
                var second = preferred[1].Claims[0];
                Report(item, $"/{second.Property}/{second.Index}/rank", DiagnosticCodes.ConflictingPreferred, $"{preferred.Count} conflicting versions of {set.Property} are preferred: {string.Join(" | ", preferred)}. Prefer at most one.");
            }
            else if (preferred.Count == 0 && versions.Count(v => v.Rank == ClaimRank.Normal) > 1)
            {
                var first = versions[0].Claims[0];
                Report(item, $"/{first.Property}/{first.Index}", DiagnosticCodes.UnresolvedConflict, $"The sources disagree on {set.Property} of \"{item.Id}\": {string.Join(" | ", versions)}. No version is preferred.");
            }
        }

        // ---- chains and dates across records ----------------------------------------------------------------

        private void CheckChains()
        {
            var proceedings = located.Where(l => l.Record is Proceeding).ToList();
            var state = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var start in proceedings)
            {
                Visit(start);
            }

            foreach (var item in proceedings)
            {
                var proceeding = (Proceeding)item.Record;
                for (var d = 0; d < proceeding.Decided.Count; d++)
                {
                    foreach (var filed in proceeding.Filed)
                    {
                        var decided = proceeding.Decided[d];
                        if (decided.Value.Latest is { } latest && filed.Value.Earliest is { } earliest && latest < earliest)
                        {
                            Report(item, $"/decided/{d}", DiagnosticCodes.DecidedBeforeFiled, $"\"{proceeding.Id}\" is dated decided {decided.Value} but filed {filed.Value}.");
                        }
                    }
                }
            }

            void Visit(Located node)
            {
                // 0 = unseen, 1 = on the current path, 2 = done.
                if (state.GetValueOrDefault(node.Id) != 0)
                {
                    return;
                }

                state[node.Id] = 1;
                var proceeding = (Proceeding)node.Record;
                foreach (var (property, links) in new[] { ("reviews", proceeding.Reviews), ("follows", proceeding.Follows) })
                {
                    for (var i = 0; i < links.Count; i++)
                    {
                        if (!byId.TryGetValue(links[i].Value.Id, out var next) || next.Record is not Proceeding)
                        {
                            continue;
                        }

                        if (state.GetValueOrDefault(next.Id) == 1)
                        {
                            Report(node, $"/{property}/{i}", DiagnosticCodes.ProceedingCycle, $"\"{node.Id}\" {property} \"{next.Id}\", which leads back to \"{node.Id}\": the chain is a cycle.");
                        }
                        else
                        {
                            Visit(next);
                        }
                    }
                }

                state[node.Id] = 2;
            }
        }

        private void CheckBirths()
        {
            var births = new Dictionary<string, (NodaTime.LocalDate Date, CaseDate Value)>(StringComparer.Ordinal);
            foreach (var person in dataset.Persons)
            {
                foreach (var fact in person.Facts)
                {
                    if (fact.Value.Property == FactProperties.Birth && fact.Value.Date?.Earliest is { } earliest
                        && (!births.TryGetValue(person.Id, out var known) || earliest < known.Date))
                    {
                        births[person.Id] = (earliest, fact.Value.Date);
                    }
                }
            }

            if (births.Count == 0)
            {
                return;
            }

            foreach (var item in located)
            {
                var (people, dates, list) = item.Record switch
                {
                    Incident incident => (incident.Participants, incident.Dates.Select(d => d.Value).ToList(), "participants"),
                    Proceeding proceeding => (proceeding.Parties, proceeding.Filed.Concat(proceeding.Decided).Select(d => d.Value).ToList(), "parties"),
                    _ => (default(EquatableArray<Claim<Reference>>), [], string.Empty),
                };
                for (var i = 0; i < people.Count; i++)
                {
                    if (!births.TryGetValue(people[i].Value.Id, out var birth))
                    {
                        continue;
                    }

                    if (dates.FirstOrDefault(d => d.Latest is { } latest && latest < birth.Date) is { } early)
                    {
                        Report(item, $"/{list}/{i}", DiagnosticCodes.BeforeBirth, $"\"{item.Id}\" is dated {early}, before the birth of \"{people[i].Value.Id}\" ({birth.Value}).");
                    }
                }
            }
        }

        // ---- report -----------------------------------------------------------------------------------------

        private void Report(Located item, string relativePointer, DiagnosticDescriptor descriptor, string message) =>
            Add(item, item.Pointer + relativePointer, descriptor, message);

        /// <summary>Reports a finding at a claim (or below it: <paramref name="suffix"/>), building its pointer in one string.</summary>
        private void Report(Located item, ClaimAt at, string suffix, DiagnosticDescriptor descriptor, string message) =>
            Add(item, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{item.Pointer}/{at.Property}/{at.Index}{suffix}"), descriptor, message);

        private void Add(Located item, string pointer, DiagnosticDescriptor descriptor, string message) =>
            (CollectionsMarshal.GetValueRefOrAddDefault(findings, item.File.Path, out _) ??= []).Add(new PendingDiagnostic(descriptor, message, item.File.Path, item.Id, pointer));

        private ValidationReport Finish()
        {
            var all = new List<Diagnostic>(loaderDiagnostics);
            var groups = findings.ToArray();
            var located = new List<Diagnostic>[groups.Length];
            void Resolve(int g)
            {
                var pending = groups[g].Value;
                var output = located[g] = new List<Diagnostic>(pending.Count);
                if (dataset.RecordBytes?.Read(groups[g].Key) is { } raw)
                {
                    using (raw)
                    {
                        Positions.Resolve(pending, CaseDatasetLoader.SkipByteOrderMark(raw.Bytes), LoadOptions.Default.MaxDepth, output, dataset.EntityOffsets.GetValueOrDefault(groups[g].Key));
                    }
                }
                else
                {
                    output.AddRange(pending.Select(p => p.Create()));
                }
            }

            // Positions are found by reading each file with findings again: one file per thread.
            if (options.MaxDegreeOfParallelism == 1 || groups.Length < 2 || Environment.ProcessorCount < 2)
            {
                for (var g = 0; g < groups.Length; g++)
                {
                    Resolve(g);
                }
            }
            else
            {
                Parallel.For(0, groups.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, Resolve);
            }

            foreach (var list in located)
            {
                all.AddRange(list);
            }

            if (options.WarningsAsErrors)
            {
                all = [.. all.Select(d => d.Severity == DiagnosticSeverity.Warning ? d with { Severity = DiagnosticSeverity.Error } : d)];
            }

            var kept = new List<Diagnostic>();
            var waived = new List<WaivedDiagnostic>();
            var used = new HashSet<Waiver>();
            foreach (var diagnostic in all)
            {
                if (!options.Waivers.IsEmpty && options.Waivers.FirstOrDefault(w => w.Matches(diagnostic)) is { } waiver)
                {
                    waived.Add(new WaivedDiagnostic(diagnostic, waiver));
                    used.Add(waiver);
                }
                else
                {
                    kept.Add(diagnostic);
                }
            }

            foreach (var waiver in options.Waivers.Where(w => !used.Contains(w)))
            {
                kept.Add(new Diagnostic(DiagnosticCodes.UnusedWaiver, $"The waiver of {waiver.Code} for \"{waiver.EntityId}\"{(waiver.JsonPointer is null ? string.Empty : " at " + waiver.JsonPointer)} matched no finding.") { EntityId = waiver.EntityId });
            }

            return new ValidationReport(
                Sort(kept).ToEquatableArray(),
                waived.OrderBy(w => w.Diagnostic, DiagnosticOrder.Instance).ToEquatableArray(),
                conflicts.ToEquatableArray(),
                quotes.ToEquatableArray(),
                citationCount);
        }

        private static IEnumerable<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics.Order(DiagnosticOrder.Instance);

        private static string Describe(Located item) => item.Record switch
        {
            Source => $"the source \"{item.Id}\"",
            Entity entity => $"the {entity.Kind.ToString().ToLowerInvariant()} \"{item.Id}\"",
            _ => $"\"{item.Id}\"",
        };

        private static string Shorten(string value) =>
            value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
    }
}
