namespace CaseRecords.Export;

/// <summary>How <see cref="CaseExport"/> writes.</summary>
public sealed record CaseExportOptions
{
    /// <summary>The default number of rows in a Parquet row group: 100,000.</summary>
    public const int DefaultRowGroupSize = 100_000;

    /// <summary>The default options.</summary>
    public static CaseExportOptions Default { get; } = new();

    /// <summary>
    /// The rows of a table held in memory at once while writing Parquet: one row group. Larger groups read faster and
    /// compress better; smaller ones use less memory. Defaults to <see cref="DefaultRowGroupSize"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int RowGroupSize
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(RowGroupSize), value, "A row group holds at least one row.");
    } = DefaultRowGroupSize;

    /// <summary>
    /// The absolute IRI the identifiers of Web Annotations are made from (the annotations, the claims they link to, and
    /// the sources without a URL): "{BaseUri}citation/{claim}/{n}", "{BaseUri}claim/{claim}", "{BaseUri}source/{id}".
    /// Defaults to <c>urn:caserecords:</c>, which names them without saying where they are published; set it to where
    /// you publish the case.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a relative URI.</exception>
    public Uri BaseUri
    {
        get;
        init => field = value is { IsAbsoluteUri: true } ? value : throw new ArgumentException("The base URI must be absolute.", nameof(BaseUri));
    } = new("urn:caserecords:");
}
