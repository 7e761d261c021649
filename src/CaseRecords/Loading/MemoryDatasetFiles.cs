namespace CaseRecords.Loading;

/// <summary>A dataset held in memory.</summary>
internal sealed class MemoryDatasetFiles : DatasetFiles
{
    private readonly Dictionary<string, byte[]> files;

    public MemoryDatasetFiles(IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        this.files = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
    }

    public override string Description => "files in memory";

    public override IReadOnlyList<string> ListRecordFiles() =>
        [.. files.Keys.Where(DatasetPaths.IsRecordFile).Order(StringComparer.Ordinal)];

    public override Stream OpenRead(string path) =>
        files.TryGetValue(path, out var bytes)
            ? new MemoryStream(bytes ?? throw new IOException($"\"{path}\" has no content."), writable: false)
            : throw new FileNotFoundException($"No file \"{path}\".", path);
}
