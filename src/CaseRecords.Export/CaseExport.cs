using CaseRecords.Export.Tables;
using CaseRecords.Serialization;
using CaseRecords.Validation;

namespace CaseRecords.Export;

/// <summary>
/// Exports a case for the tools analysts, newsrooms and annotators already use: flat tables (Parquet, CSV,
/// newline-delimited JSON) that DuckDB, pandas, R, Spark or a spreadsheet read, and every citation as a W3C Web
/// Annotation that annotation tools read. Canonical JSON, the format itself, is
/// <see cref="CaseDatasetWriter"/>'s.
/// </summary>
/// <remarks>
/// The tables (<c>sources</c>, <c>texts</c>, <c>entities</c>, <c>claims</c>, <c>citations</c>, <c>conflicts</c>,
/// <c>findings</c>), their columns and what they cannot carry are described in docs/export.md. Every source, text,
/// entity, claim, citation, conflicting claim and finding is a row. The same input gives the same bytes.
/// </remarks>
public static class CaseExport
{
    /// <summary>The names of the tables <see cref="Write"/> writes, in the order it writes them.</summary>
    public static EquatableArray<string> TableNames { get; } = ExportTables.All.Select(t => t.Name).ToEquatableArray();

    /// <summary>
    /// Writes the tables of <paramref name="dataset"/> into <paramref name="folder"/>, one file a table named after it
    /// (<c>claims.parquet</c>), each written to a temporary file first and then moved into place (an existing file of
    /// that name is replaced). The folder is created if it does not exist.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="validation">The validator's report on it (<see cref="CaseValidator.Validate(Loading.LoadResult, ValidationOptions?)"/>): its findings are the <c>findings</c> table.</param>
    /// <param name="folder">The folder to write into.</param>
    /// <param name="format">The tables' file format.</param>
    /// <param name="options">Options; <see cref="CaseExportOptions.Default"/> when null.</param>
    /// <returns>The files written, one a table, in <see cref="TableNames"/> order.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static EquatableArray<ExportedTable> Write(CaseDataset dataset, ValidationReport validation, string folder, ExportFormat format, CaseExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(folder);
        options ??= CaseExportOptions.Default;
        ITableWriter writer = format switch
        {
            ExportFormat.Parquet => new ParquetTableWriter(options.RowGroupSize),
            ExportFormat.Csv => new CsvTableWriter(),
            ExportFormat.Ndjson => new NdjsonTableWriter(),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };

        Directory.CreateDirectory(folder);
        var context = new ExportContext(dataset, validation);
        var written = new List<ExportedTable>();
        foreach (var table in ExportTables.All)
        {
            var path = Path.GetFullPath(Path.Combine(folder, table.Name + writer.Extension));
            long rows = 0;
            AtomicFile.Write(path, stream => rows = table.Write(writer, context, stream));
            written.Add(new ExportedTable(table.Name, path, rows));
        }

        return written.ToEquatableArray();
    }

    /// <summary>
    /// Writes every citation of <paramref name="dataset"/> as a W3C Web Annotation (JSON-LD): an
    /// <c>AnnotationCollection</c> whose page holds one <c>Annotation</c> a citation, its target the cited source with a
    /// <c>TextQuoteSelector</c> (the passage as stored, with enough of the text before and after it to occur once) and a
    /// <c>TextPositionSelector</c> (its start and end in Unicode code points of the stored text), its body a description
    /// of the claim and a link back to it (its id and its record file's JSON Pointer).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="output">A writable stream; UTF-8 JSON is written to it.</param>
    /// <param name="options">Options (<see cref="CaseExportOptions.BaseUri"/>); <see cref="CaseExportOptions.Default"/> when null.</param>
    /// <returns>How many annotations were written (one a citation).</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <remarks>
    /// A citation whose quote is not found in its source's text (the validator reports it, CR2001) is still an
    /// annotation, with a <c>TextQuoteSelector</c> of the quote as written and no position.
    /// </remarks>
    public static long WriteAnnotations(CaseDataset dataset, Stream output, CaseExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(output));
        }

        return WebAnnotations.Write(dataset, output, options ?? CaseExportOptions.Default);
    }
}
