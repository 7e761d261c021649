using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// <summary>Validates a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static ValidationReport Validate(CaseDataset dataset, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new Run(dataset, [], [], options ?? ValidationOptions.Default).Execute();
    }

    /// <summary>Validates a loaded dataset; the report includes the loader's diagnostics.</summary>
    /// <param name="load">The result of loading.</param>
    /// <param name="options">Options; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="load"/> is null.</exception>
    public static ValidationReport Validate(LoadResult load, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        return new Run(load.Dataset, load.Diagnostics, load.LeftOut, options ?? ValidationOptions.Default).Execute();
    }

    /// <summary>A claim and where it sits in its entity: its pointer is built only when a finding needs it.</summary>
    private readonly record struct ClaimAt(string Property, int Index, Claim Claim);

    /// <summary>Where one source or entity sits in its record file.</summary>
    /// <summary>Where one source or entity sits in its record file; <paramref name="Start"/> is its byte offset (-1 when not loaded from a file).</summary>
    private sealed record Located(RecordFile File, string Pointer, string Id, object Record, Serialization.FileLayout Layout, int Start);

    // The parts of JSON Pointers, named by the format (RecordFormat), not spelled out here again.
    private static readonly string Citations = "/" + RecordFormat.Claim[ClaimField.Citations] + "/";
    private static readonly string RelayedFrom = "/" + RecordFormat.Citation[CitationField.RelayedFrom];
    private static readonly string SourceId = "/" + RecordFormat.Citation[CitationField.Source];
    private static readonly string Quote = "/" + RecordFormat.Citation[CitationField.Quote];
    private static readonly string AsStated = "/" + RecordFormat.Claim[ClaimField.AsStated];
    private static readonly string Rank = "/" + RecordFormat.Claim[ClaimField.Rank];
    private static readonly string Value = "/" + RecordFormat.Claim[ClaimField.Value];
    private static readonly string ValueId = Value + "/" + RecordFormat.Reference[ReferenceField.Id];
    private static readonly string ValueDate = Value + "/" + RecordFormat.Fact[FactField.Date];
    private static readonly string ValueRelatedId = Value + "/" + RecordFormat.Fact[FactField.Related] + "/" + RecordFormat.Reference[ReferenceField.Id];
    private static readonly string ValueQuantityAmount = Value + "/" + RecordFormat.Fact[FactField.Quantity] + "/" + RecordFormat.Quantity[QuantityField.Amount];
    private static readonly string ValueMoneyAmount = Value + "/" + RecordFormat.Fact[FactField.Money] + "/" + RecordFormat.Money[MoneyField.Amount];
    private static readonly string IdPath = "/" + RecordFormat.Source[SourceField.Id];
    private static readonly string TextPath = "/" + RecordFormat.Source[SourceField.Text];
    private static readonly string Sha256Path = "/" + RecordFormat.Source[SourceField.Sha256];

    /// <summary>
    /// One validation. Its parts: the dataset-wide rules (CaseValidator.DatasetRules.cs), the claim rules applied to
    /// each entity (CaseValidator.ClaimRules.cs, CaseValidator.DateEvidence.cs), recording and placing findings
    /// (CaseValidator.Findings.cs) and waivers (CaseValidator.Waivers.cs).
    /// </summary>
    private sealed partial class Run
    {
        /// <summary>Entities per piece of work when several threads check a dataset; smaller datasets are checked on one thread.</summary>
        private const int EntitiesPerChunk = 512;

        private readonly CaseDataset dataset;
        private readonly EquatableArray<Diagnostic> loaderDiagnostics;
        private readonly EquatableArray<LeftOutRecord> leftOut;
        private readonly ValidationOptions options;
        private readonly QuoteFinder finder;
        // Findings by record file (the order files are first reported in is kept; the report is sorted at the end).
        private readonly Dictionary<string, List<PendingDiagnostic>> findings = new(StringComparer.Ordinal);
        // Every quote found: the report's array, filled by the workers in stretches (see CheckEntities).
        private readonly int quoteStart;
        private QuoteMatch[] quoteMatches = [];
        private int quoteCount;
        private readonly List<ConflictSet> conflicts = [];
        private readonly List<Located> located;
        private readonly Dictionary<string, Located> byId;

        // The sources by id, made while locating: asking the dataset would build its index of every entity, which
        // validation does not otherwise need.
        private readonly Dictionary<string, Source> sourcesById;
        // The significant stems of place and text values (values repeat), computed once per thread and kept from chunk
        // to chunk (one per chunk saved too few). Only the workers check entities, so only they have one.
        private readonly Dictionary<string, string[]>? stems;
        // The quote searches, shared by the workers (made once the citations are counted).
        private QuoteSearches? searches;
        private readonly HashSet<string> cited = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> singleSourceMessages = new(StringComparer.Ordinal);
        // The rules some waiver names (their findings are always made), and the findings below the minimum severity, counted by severity.
        private readonly HashSet<string> waivedCodes;
        private readonly int[] unlisted = new int[3];
        private int citationCount;
        private Dictionary<string, (NodaTime.LocalDate Date, Dates.CaseDate Value)> births = new(StringComparer.Ordinal);

        public Run(CaseDataset dataset, EquatableArray<Diagnostic> loaderDiagnostics, EquatableArray<LeftOutRecord> leftOut, ValidationOptions options)
        {
            this.dataset = dataset;
            this.loaderDiagnostics = loaderDiagnostics;
            this.leftOut = leftOut;
            this.options = options;
            finder = new QuoteFinder();
            located = [];
            byId = new Dictionary<string, Located>(StringComparer.Ordinal);
            sourcesById = new Dictionary<string, Source>(StringComparer.Ordinal);
            waivedCodes = new HashSet<string>(options.Waivers.Select(w => w.Code), StringComparer.Ordinal);
        }

        /// <summary>A worker for one chunk of entities: shares what is read-only and the table of quote searches, keeps its own findings, uses its thread's <paramref name="stems"/>, and fills its stretch of the quotes found from <paramref name="quoteStart"/>.</summary>
        private Run(Run parent, Dictionary<string, string[]> stems, int quoteStart)
        {
            this.stems = stems;
            searches = parent.searches;
            quoteMatches = parent.quoteMatches;
            this.quoteStart = quoteCount = quoteStart;
            dataset = parent.dataset;
            loaderDiagnostics = parent.loaderDiagnostics;
            leftOut = parent.leftOut;
            options = parent.options;
            finder = parent.finder;
            located = parent.located;
            byId = parent.byId;
            sourcesById = parent.sourcesById;
            waivedCodes = parent.waivedCodes;
            births = parent.births;
        }

        /// <summary>The worker's thread's stems (the run that made the workers checks no entity itself).</summary>
        private Dictionary<string, string[]> Stems => stems ?? throw new InvalidOperationException("Entities are checked by the workers of CheckEntities, each with its thread's stems.");

        public ValidationReport Execute()
        {
            Locate();
            CheckSources();
            CheckEntities();
            ReportMissingQuotes();
            CheckUnusedSources();
            CheckChains();
            return Finish();
        }

        /// <summary>Applies the claim rules to every entity, on several threads for a large dataset.</summary>
        private void CheckEntities()
        {
            var entities = located.Where(l => l.Record is Entity).ToArray();
            var chunks = (entities.Length + EntitiesPerChunk - 1) / EntitiesPerChunk;

            // The quotes found go straight into the report's array, one struct per citation (1.3M at 1M claims): each
            // chunk of entities fills its own stretch of it, sized by the chunk's citations, and the stretches are
            // closed up at the end when a quote was not found. No list is grown and no copy made.
            // The chunks are counted first, on every core: their citations, and the births of their people, which
            // the checks of the incidents and proceedings read (the earliest of each person; the first of two alike).
            // The texts are indexed in the same pass, before the chunks: each by one thread, while the others go on
            // (indexed by the first search instead, one thread indexed them as the others waited for it).
            int End(int chunk) => Math.Min(entities.Length, (chunk + 1) * EntitiesPerChunk);
            var starts = new int[chunks + 1];
            var chunkBirths = new Dictionary<string, (NodaTime.LocalDate Date, Dates.CaseDate Value)>?[chunks];
            var texts = dataset.Texts;
            Workers.For(texts.Count + chunks, options.MaxDegreeOfParallelism, item =>
            {
                if (item < texts.Count)
                {
                    finder.Prepare(texts[item]);
                    return;
                }

                var chunk = item - texts.Count;
                var citations = 0;
                for (var i = chunk * EntitiesPerChunk; i < End(chunk); i++)
                {
                    var entity = (Entity)entities[i].Record;
                    citations += CitationsOf(entity);
                    if (entity is Person person)
                    {
                        AddBirths(ref chunkBirths[chunk], person);
                    }
                }

                starts[chunk + 1] = citations;
            });

            for (var chunk = 0; chunk < chunks; chunk++)
            {
                starts[chunk + 1] += starts[chunk];
                foreach (var (id, birth) in chunkBirths[chunk] ?? [])
                {
                    AddBirth(births, id, birth);
                }
            }

            quoteMatches = new QuoteMatch[starts[chunks]];
            searches = new QuoteSearches(starts[chunks]);

            // Chunks of consecutive entities, each with its own worker; merged in order, so the report is the same
            // from one thread as from several (and it is sorted at the end anyway). The threads share one table of quote
            // searches; each keeps its own cache of stems.
            var workers = new Run[chunks];
            Workers.For(
                chunks,
                options.MaxDegreeOfParallelism,
                () => new Dictionary<string, string[]>(StringComparer.Ordinal),
                (chunk, stems) =>
                {
                    var worker = workers[chunk] = new Run(this, stems, starts[chunk]);
                    for (var i = chunk * EntitiesPerChunk; i < End(chunk); i++)
                    {
                        worker.CheckEntity(entities[i], (Entity)entities[i].Record);
                    }
                });

            // Each list grown once to its final size, not doubled as the workers' findings arrive.
            foreach (var (file, count) in workers.SelectMany(w => w.findings).GroupBy(f => f.Key, f => f.Value.Count, StringComparer.Ordinal).Select(g => (g.Key, g.Sum())))
            {
                var list = CollectionsMarshal.GetValueRefOrAddDefault(findings, file, out _) ??= [];
                list.EnsureCapacity(list.Count + count);
            }

            foreach (var worker in workers)
            {
                foreach (var (file, list) in worker.findings)
                {
                    findings[file].AddRange(list);
                }

                var found = worker.quoteCount - worker.quoteStart;
                Array.Copy(quoteMatches, worker.quoteStart, quoteMatches, quoteCount, found);
                quoteCount += found;
                missing.AddRange(worker.missing);
                conflicts.AddRange(worker.conflicts);
                citationCount += worker.citationCount;
                for (var s = 0; s < unlisted.Length; s++)
                {
                    unlisted[s] += worker.unlisted[s];
                }

                cited.UnionWith(worker.cited);
            }

            Array.Resize(ref quoteMatches, quoteCount);
        }

        private static int CitationsOf(Entity entity)
        {
            var count = 0;
            for (var list = 0; list < entity.ClaimListCount; list++)
            {
                foreach (var claim in entity.GetClaimList(list).Claims)
                {
                    count += claim.Citations.Count;
                }
            }

            return count;
        }

        private void CheckEntity(Located item, Entity entity)
        {
            for (var list = 0; list < entity.ClaimListCount; list++)
            {
                var (property, claims) = entity.GetClaimList(list);
                for (var i = 0; i < claims.Length; i++)
                {
                    // Pointers are built only for findings: a valid dataset costs no string per claim or citation.
                    var claim = new ClaimAt(property, item.Layout.IndexOf(claims[i], i), claims[i]);
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

            if (births.Count > 0 && entity is Incident or Proceeding)
            {
                CheckBirth(item, entity);
            }
        }

        /// <summary>The report: findings placed, warnings made errors when asked, waivers applied, everything sorted.</summary>
        private ValidationReport Finish()
        {
            var all = PlaceFindings();
            if (options.WarningsAsErrors)
            {
                all = [.. all.Select(d => d.Severity == SeverityOf(d.Severity) ? d : d with { Severity = SeverityOf(d.Severity) })];
            }

            var (kept, waived) = ApplyWaivers(all);
            if (options.MinimumSeverity > DiagnosticSeverity.Information)
            {
                // What is left below the minimum (the loader's findings, and those made only for the waivers to see): counted.
                kept.RemoveAll(d =>
                {
                    var below = d.Severity < options.MinimumSeverity;
                    unlisted[(int)d.Severity] += below ? 1 : 0;
                    return below;
                });
            }

            return new ValidationReport(
                Sort(kept).ToEquatableArray(),
                waived.OrderBy(w => w.Diagnostic, DiagnosticOrder.Instance).ToEquatableArray(),
                conflicts.ToEquatableArray(),
                new EquatableArray<QuoteMatch>(ImmutableCollectionsMarshal.AsImmutableArray(quoteMatches)),
                citationCount,
                leftOut,
                unlisted);
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

    /// <summary>
    /// The quote searches of one validation, shared by its threads: claims often cite the same passage, and so do the
    /// claims another thread checks (in the benchmark corpus, 185k citations at 100k claims hold 42k distinct quotes).
    /// </summary>
    /// <remarks>
    /// A fixed table, two entries per hash, each entry holding a whole search: its text, its quote and key, and where
    /// the quote was found. A lookup that finds the citation's own quote string reads one entry and nothing else in
    /// the heap (a table of search objects read two places per lookup, the entry and its object, and the second was
    /// half the lookup's time). A quote read by another loader thread is its own string (see StringPool), and is
    /// compared by its characters.
    /// <para>
    /// The threads share the table without a lock, as a sequence lock: a writer makes an entry's version odd while it
    /// fills the entry and even again after; a reader takes an entry only if its version is even and the same before
    /// and after it read it, so it never takes half of one search and half of another. Two threads that search for the
    /// same quote at once both search; a writer that finds the entry being written leaves it. A table per thread,
    /// keyed by reference only, searched 122k times at 100k claims; a shared one, 49k times.
    /// </para>
    /// </remarks>
    private sealed class QuoteSearches
    {
        /// <summary>What an entry holds for a quote not found (no span has a negative length).</summary>
        private static readonly TextSpan NotFound = new(0, -1, 0, 0);

        private readonly Entry[] table;

        /// <summary>A table for <paramref name="citations"/> citations: about one entry for two, between 1,024 and 1M entries (40 MB).</summary>
        public QuoteSearches(int citations) =>
            table = new Entry[BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(citations / 2, 1 << 10, 1 << 20))];

        /// <summary>Where <paramref name="citation"/>'s quote is in <paramref name="text"/>, searched for with <paramref name="finder"/> unless it was before.</summary>
        public TextSpan? Find(QuoteFinder finder, SourceText text, Citation citation)
        {
            // Hashed from the key the citation made of its quote, not from the quote: its characters (or its identity
            // hash, written into its header the first time) are a read somewhere in a heap of a million quotes.
            var quote = citation.Quote;
            var key = citation.QuoteKey;
            var slot = (key ^ RuntimeHelpers.GetHashCode(text)) & (table.Length - 2);
            for (var i = slot; i < slot + 2; i++)
            {
                ref var entry = ref table[i];
                var version = Volatile.Read(ref entry.Version);
                if ((version & 1) != 0 || entry.Key != key || !ReferenceEquals(entry.Text, text))
                {
                    continue;
                }

                var searched = entry.Quote;
                var span = entry.Span;
                Volatile.ReadBarrier();
                // string.Equals tests the reference first: only a quote read by another loader thread is compared.
                if (Volatile.Read(ref entry.Version) == version && string.Equals(searched, quote, StringComparison.Ordinal))
                {
                    return span.Length < 0 ? null : span;
                }
            }

            var result = finder.Find(text, quote);
            // An empty entry, or else the second gives way.
            ref var target = ref table[table[slot].Text is null ? slot : slot + 1];
            var was = Volatile.Read(ref target.Version);
            if ((was & 1) == 0 && Interlocked.CompareExchange(ref target.Version, was + 1, was) == was)
            {
                target.Key = key;
                target.Text = text;
                target.Quote = quote;
                target.Span = result ?? NotFound;
                Volatile.Write(ref target.Version, was + 2);
            }

            return result;
        }

        /// <summary>A quote searched for in a text, and where it was found (<see cref="NotFound"/>: not found); whole while <see cref="Version"/> is even. 40 bytes.</summary>
        private struct Entry
        {
            public int Version;
            public int Key;
            public SourceText? Text;
            public string? Quote;
            public TextSpan Span;
        }
    }
}
