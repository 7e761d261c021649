namespace CaseRecords.Loading;

/// <summary>The dataset embedded in this assembly under the logical names <c>CaseRecords.Bundled/&lt;file&gt;</c>.</summary>
internal sealed class EmbeddedDatasetFiles : DatasetFiles
{
    internal const string Prefix = "CaseRecords.Bundled/";

    private static readonly System.Reflection.Assembly Assembly = typeof(EmbeddedDatasetFiles).Assembly;

    public override string Description => "the dataset bundled in the CaseRecords package";

    public override IReadOnlyList<string> ListRecordFiles() =>
    [
        .. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal),
    ];

    public override Stream OpenRead(string path) =>
        Assembly.GetManifestResourceStream(Prefix + path) ?? throw new FileNotFoundException($"The package holds no bundled file \"{path}\".", path);
}
