namespace CaseRecords.Loading;

/// <summary>Loads the bundled dataset on first use, once, thread-safely (as NodaTime loads its time-zone data).</summary>
internal static class BundledDataset
{
    private static readonly Lazy<CaseDataset> Lazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static CaseDataset Instance => Lazy.Value;

    private static CaseDataset Load()
    {
        var result = CaseDatasetLoader.Load(DatasetFiles.Bundled);
        return result.Succeeded
            ? result.Dataset
            : throw new InvalidOperationException("The bundled dataset could not be loaded; this build of CaseRecords is broken. " + new DatasetLoadException(result.Diagnostics).Message);
    }
}
