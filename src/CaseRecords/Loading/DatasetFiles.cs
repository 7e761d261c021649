namespace CaseRecords.Loading;

/// <summary>
/// Where a dataset's files come from: a folder, memory, or the package itself. Paths are relative to the
/// dataset's root, with '/' separators. Implementations must not reach outside their root.
/// </summary>
public abstract class DatasetFiles
{
    /// <summary>A short description of where the files are, for messages ("folder /data/case").</summary>
    public abstract string Description { get; }

    /// <summary>Lists the record files (JSON) of the dataset, in a deterministic order.</summary>
    /// <returns>Relative paths with '/' separators.</returns>
    /// <exception cref="IOException">The listing failed.</exception>
    /// <exception cref="UnauthorizedAccessException">The listing was refused.</exception>
    public abstract IReadOnlyList<string> ListRecordFiles();

    /// <summary>
    /// Opens a file for reading. The loader has already refused paths that are absolute or contain '..'. The loader
    /// may call this from several threads at once (see <see cref="LoadOptions.MaxDegreeOfParallelism"/>), and the
    /// validator calls it again for a record file with findings, to give them line and column.
    /// </summary>
    /// <param name="path">The relative path.</param>
    /// <returns>A readable stream.</returns>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="IOException">The file cannot be read, or resolves outside the dataset.</exception>
    /// <exception cref="UnauthorizedAccessException">Reading was refused.</exception>
    public abstract Stream OpenRead(string path);

    /// <summary>
    /// The files of a folder: every <c>*.json</c> file in it or its subfolders is a record file, except JSON Schemas
    /// (<c>*.schema.json</c>) and anything in <c>bin</c>, <c>obj</c>, <c>node_modules</c> or <c>.git</c>. Symbolic
    /// links to folders are not followed; a link to a file is read only if it resolves inside the folder.
    /// </summary>
    /// <param name="folder">The dataset folder.</param>
    /// <returns>The files.</returns>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public static DatasetFiles FromFolder(string folder) => new FolderDatasetFiles(folder);

    /// <summary>
    /// The files of a folder whose record files are only those that <paramref name="include"/> matches: glob patterns
    /// relative to the folder, such as <c>cases/*.json</c> or <c>**/*.case.json</c>, for a folder that holds other JSON.
    /// </summary>
    /// <param name="folder">The dataset folder.</param>
    /// <param name="include">The glob patterns (<c>*</c> within a folder name, <c>**</c> across folders).</param>
    /// <returns>The files.</returns>
    /// <exception cref="ArgumentException">The path is empty, or no pattern is given.</exception>
    public static DatasetFiles FromFolder(string folder, IReadOnlyList<string> include)
    {
        ArgumentNullException.ThrowIfNull(include);
        return include.Count == 0 || include.Any(string.IsNullOrWhiteSpace)
            ? throw new ArgumentException("Give at least one pattern, none empty.", nameof(include))
            : new FolderDatasetFiles(folder, include: include);
    }

    /// <summary>The files of the dataset bundled in the package (the record file and the three seed texts).</summary>
    public static DatasetFiles Bundled { get; } = new EmbeddedDatasetFiles();

    /// <summary>Files held in memory, keyed by relative path; the keys ending in <c>.json</c> (but not <c>.schema.json</c>) are the record files.</summary>
    /// <param name="files">The files' contents by path.</param>
    /// <returns>The files.</returns>
    public static DatasetFiles FromMemory(IReadOnlyDictionary<string, byte[]> files) => new MemoryDatasetFiles(files);
}
