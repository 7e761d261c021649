using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using CaseRecords.Loading;

namespace CaseRecords;

/// <summary>
/// A loaded set of case records: the record files with their sources and entities, and the stored texts the
/// sources refer to. Immutable and safe to share between threads; equal when files and texts are equal.
/// </summary>
/// <remarks>
/// Load one with <see cref="CaseDatasetLoader"/>, use the bundled Milwaukee 1991 case through <see cref="Bundled"/>,
/// or build one in code with <see cref="Create"/>.
/// </remarks>
public sealed class CaseDataset : IEquatable<CaseDataset>
{
    private readonly Lazy<Index> index;

    // The texts by path, apart from the index: validation needs them, and not the index of every entity and claim.
    private readonly Lazy<FrozenDictionary<string, SourceText>> texts;

    private CaseDataset(EquatableArray<RecordFile> files, EquatableArray<SourceText> texts)
    {
        Files = files;
        Texts = texts;
        index = new Lazy<Index>(() => new Index(this), LazyThreadSafetyMode.ExecutionAndPublication);
        this.texts = new Lazy<FrozenDictionary<string, SourceText>>(() => Texts.ToFrozenDictionary(t => t.Path, StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The bundled dataset: the 1991 Milwaukee case of officers John Balcerzak and Joseph Gabrish, built from
    /// three source documents embedded in the package. Loaded on first use, once, thread-safely.
    /// </summary>
    /// <exception cref="InvalidOperationException">The embedded data could not be loaded (a broken build of the package).</exception>
    public static CaseDataset Bundled => BundledDataset.Instance;

    /// <summary>Creates a dataset from record files and the stored texts their sources refer to.</summary>
    /// <param name="files">The record files; their paths must be distinct.</param>
    /// <param name="texts">The stored texts; their paths must be distinct.</param>
    /// <returns>The dataset. It is not validated: run the validator to check citations and references.</returns>
    /// <exception cref="ArgumentException">Two files or two texts share a path, or a list holds null.</exception>
    public static CaseDataset Create(IEnumerable<RecordFile> files, IEnumerable<SourceText>? texts = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var fileList = files.ToEquatableArray();
        var textList = (texts ?? []).OrderBy(t => t?.Path, StringComparer.Ordinal).ToEquatableArray();
        Guard.NoNulls(fileList, nameof(files));
        Guard.NoNulls(textList, nameof(texts));
        ThrowOnDuplicate(fileList.Select(f => f.Path), nameof(files));
        ThrowOnDuplicate(textList.Select(t => t.Path), nameof(texts));
        return new CaseDataset(fileList, textList);
    }

    /// <summary>Where the record files can be read again to place findings; null for a dataset built in code.</summary>
    internal Loading.RecordFileBytes? RecordBytes { get; private init; }

    /// <summary>The layout the reader recorded for each record file (JSON indices, where entities start), for placing findings.</summary>
    internal IReadOnlyDictionary<string, Serialization.FileLayout> Layouts { get; private init; } = new Dictionary<string, Serialization.FileLayout>();

    /// <summary>Ids of sources and entities the loader left out because of errors: still defined, so references to them are not reported again.</summary>
    internal IReadOnlySet<string> LeftOutIds { get; private init; } = new HashSet<string>();

    /// <summary>The layout of <paramref name="file"/>: as read, or <see cref="Serialization.FileLayout.None"/> for a file built in code.</summary>
    internal Serialization.FileLayout LayoutOf(RecordFile file) => Layouts.GetValueOrDefault(file.Path) ?? Serialization.FileLayout.None;

    /// <summary>Creates a loaded dataset that can read its record files again, and knows how they were laid out.</summary>
    internal static CaseDataset CreateLoaded(IEnumerable<RecordFile> files, IEnumerable<SourceText> texts, Loading.RecordFileBytes bytes, IReadOnlyDictionary<string, Serialization.FileLayout> layouts, IReadOnlySet<string> leftOutIds)
    {
        var checkedDataset = Create(files, texts);
        return new(checkedDataset.Files, checkedDataset.Texts) { RecordBytes = bytes, Layouts = layouts, LeftOutIds = leftOutIds };
    }

    /// <summary>The record files, in load order (ordinal order of their paths for a folder).</summary>
    public EquatableArray<RecordFile> Files { get; }

    /// <summary>The stored source texts, ordered by path.</summary>
    public EquatableArray<SourceText> Texts { get; }

    /// <summary>All sources, file by file.</summary>
    public IReadOnlyList<Source> Sources => index.Value.Sources;

    /// <summary>All persons, file by file.</summary>
    public IReadOnlyList<Person> Persons => index.Value.Persons;

    /// <summary>All organizations, file by file.</summary>
    public IReadOnlyList<Organization> Organizations => index.Value.Organizations;

    /// <summary>All incidents, file by file.</summary>
    public IReadOnlyList<Incident> Incidents => index.Value.Incidents;

    /// <summary>All proceedings, file by file.</summary>
    public IReadOnlyList<Proceeding> Proceedings => index.Value.Proceedings;

    /// <summary>All entities: persons, organizations, incidents and proceedings, file by file.</summary>
    public IReadOnlyList<Entity> Entities => index.Value.Entities;

    /// <summary>Every claim of every entity, with its subject.</summary>
    public IReadOnlyList<ClaimEntry> Claims => index.Value.Claims;

    /// <summary>Gets the entity with <paramref name="id"/>.</summary>
    /// <param name="id">The entity's id.</param>
    /// <returns>The entity (the first one, if the id is duplicated).</returns>
    /// <exception cref="KeyNotFoundException">No entity has that id.</exception>
    public Entity Get(string id) =>
        TryGet(id, out var entity) ? entity : throw new KeyNotFoundException($"No person, organization, incident or proceeding has the id \"{id}\".");

    /// <summary>Gets the entity of type <typeparamref name="T"/> with <paramref name="id"/>.</summary>
    /// <typeparam name="T"><see cref="Person"/>, <see cref="Organization"/>, <see cref="Incident"/> or <see cref="Proceeding"/>.</typeparam>
    /// <param name="id">The entity's id.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="KeyNotFoundException">No entity of that type has that id.</exception>
    public T Get<T>(string id)
        where T : Entity =>
        TryGet(id, out var entity) && entity is T typed
            ? typed
            : throw new KeyNotFoundException($"No {typeof(T).Name.ToLowerInvariant()} has the id \"{id}\".");

    /// <summary>Tries to get the entity with <paramref name="id"/>.</summary>
    /// <param name="id">The entity's id.</param>
    /// <param name="entity">The entity, or <see langword="null"/>.</param>
    /// <returns>Whether an entity has that id.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out Entity? entity)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.Value.EntitiesById.TryGetValue(id, out entity);
    }

    /// <summary>Gets the source with <paramref name="id"/>.</summary>
    /// <param name="id">The source's id.</param>
    /// <returns>The source.</returns>
    /// <exception cref="KeyNotFoundException">No source has that id.</exception>
    public Source GetSource(string id) =>
        TryGetSource(id, out var source) ? source : throw new KeyNotFoundException($"No source has the id \"{id}\".");

    /// <summary>Tries to get the source with <paramref name="id"/>.</summary>
    /// <param name="id">The source's id.</param>
    /// <param name="source">The source, or <see langword="null"/>.</param>
    /// <returns>Whether a source has that id.</returns>
    public bool TryGetSource(string id, [NotNullWhen(true)] out Source? source)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.Value.SourcesById.TryGetValue(id, out source);
    }

    /// <summary>Resolves a citation to the source it cites.</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>The source, or <see langword="null"/> when the dataset has no such source.</returns>
    public Source? Resolve(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return TryGetSource(citation.Source, out var source) ? source : null;
    }

    /// <summary>Resolves a reference (a participant, a party, a forum) to the entity it names.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The entity, or <see langword="null"/> when the dataset has no such entity.</returns>
    public Entity? Resolve(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return TryGet(reference.Id, out var entity) ? entity : null;
    }

    /// <summary>The stored text of <paramref name="source"/>.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The text, or <see langword="null"/> when it was not loaded (missing file).</returns>
    public SourceText? GetText(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return texts.Value.GetValueOrDefault(source.TextPath);
    }

    /// <summary>All claims with at least one citation of the source <paramref name="sourceId"/>.</summary>
    /// <param name="sourceId">The source's id.</param>
    /// <returns>The claims, in dataset order; empty when none cites it.</returns>
    public IReadOnlyList<ClaimEntry> ClaimsCiting(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        return index.Value.ClaimsBySource.TryGetValue(sourceId, out var claims) ? claims : [];
    }

    /// <inheritdoc/>
    public bool Equals(CaseDataset? other) =>
        other is not null && (ReferenceEquals(this, other) || (Files == other.Files && Texts == other.Texts));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CaseDataset);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Files, Texts);

    /// <inheritdoc/>
    public override string ToString() =>
        $"CaseDataset: {Files.Count} files, {Sources.Count} sources, {Persons.Count} persons, {Organizations.Count} organizations, {Incidents.Count} incidents, {Proceedings.Count} proceedings, {Claims.Count} claims";

    private static void ThrowOnDuplicate(IEnumerable<string> paths, string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!seen.Add(path))
            {
                throw new ArgumentException($"The path \"{path}\" is given twice.", name);
            }
        }
    }

    /// <summary>Lookups built once per dataset, on first use.</summary>
    private sealed class Index
    {
        public Index(CaseDataset dataset)
        {
            var files = dataset.Files;
            Sources = [.. files.SelectMany(f => f.Sources)];
            Persons = [.. files.SelectMany(f => f.Persons)];
            Organizations = [.. files.SelectMany(f => f.Organizations)];
            Incidents = [.. files.SelectMany(f => f.Incidents)];
            Proceedings = [.. files.SelectMany(f => f.Proceedings)];
            Entities = [.. files.SelectMany(f => f.Entities)];

            var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
            foreach (var entity in Entities)
            {
                entities.TryAdd(entity.Id, entity);
            }

            var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
            foreach (var source in Sources)
            {
                sources.TryAdd(source.Id, source);
            }

            // A plain dictionary: freezing one entry per entity costs more to build than it saves in look-ups.
            EntitiesById = entities;
            SourcesById = sources.ToFrozenDictionary(StringComparer.Ordinal);

            // The claim index (an entry per claim) is built only when asked for: validation does not need it.
            claimIndex = new Lazy<(IReadOnlyList<ClaimEntry>, FrozenDictionary<string, IReadOnlyList<ClaimEntry>>)>(() => BuildClaimIndex(Entities), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        private readonly Lazy<(IReadOnlyList<ClaimEntry> Claims, FrozenDictionary<string, IReadOnlyList<ClaimEntry>> BySource)> claimIndex;

        private static (IReadOnlyList<ClaimEntry>, FrozenDictionary<string, IReadOnlyList<ClaimEntry>>) BuildClaimIndex(IReadOnlyList<Entity> entities)
        {
            var claims = new List<ClaimEntry>();
            var bySource = new Dictionary<string, List<ClaimEntry>>(StringComparer.Ordinal);
            foreach (var entity in entities)
            {
                for (var l = 0; l < entity.ClaimListCount; l++)
                {
                    var (property, list) = entity.GetClaimList(l);
                    for (var i = 0; i < list.Length; i++)
                    {
                        var entry = new ClaimEntry(entity, property, i, list[i]);
                        claims.Add(entry);
                        var citations = list[i].Citations;
                        for (var k = 0; k < citations.Count; k++)
                        {
                            var sourceId = citations[k].Source;
                            if (IsRepeated(citations, k))
                            {
                                continue;
                            }

                            if (!bySource.TryGetValue(sourceId, out var cited))
                            {
                                bySource[sourceId] = cited = [];
                            }

                            cited.Add(entry);
                        }
                    }
                }
            }

            return (claims, bySource.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<ClaimEntry>)p.Value, StringComparer.Ordinal));
        }

        public IReadOnlyList<Source> Sources { get; }

        /// <summary>Whether an earlier citation of the list names the same source (lists are short: no set needed).</summary>
        private static bool IsRepeated(EquatableArray<Citation> citations, int k)
        {
            for (var j = 0; j < k; j++)
            {
                if (string.Equals(citations[j].Source, citations[k].Source, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public IReadOnlyList<Person> Persons { get; }

        public IReadOnlyList<Organization> Organizations { get; }

        public IReadOnlyList<Incident> Incidents { get; }

        public IReadOnlyList<Proceeding> Proceedings { get; }

        public IReadOnlyList<Entity> Entities { get; }

        public IReadOnlyList<ClaimEntry> Claims => claimIndex.Value.Claims;

        public Dictionary<string, Entity> EntitiesById { get; }

        public FrozenDictionary<string, Source> SourcesById { get; }

        public FrozenDictionary<string, IReadOnlyList<ClaimEntry>> ClaimsBySource => claimIndex.Value.BySource;
    }
}
