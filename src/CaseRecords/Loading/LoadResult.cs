using CaseRecords.Diagnostics;

namespace CaseRecords.Loading;

/// <summary>
/// What loading a dataset gives: the dataset, and every problem found on the way. Loading never throws for
/// bad input; records that could not be read are left out of <see cref="Dataset"/> and each is reported.
/// </summary>
public sealed class LoadResult
{
    internal LoadResult(CaseDataset dataset, EquatableArray<Diagnostic> diagnostics, EquatableArray<LeftOutRecord> leftOut)
    {
        Dataset = dataset;
        Diagnostics = diagnostics;
        LeftOut = leftOut;
    }

    /// <summary>The records that could be read. Complete when <see cref="Succeeded"/> is true.</summary>
    public CaseDataset Dataset { get; }

    /// <summary>Every problem found, ordered by file, line and column.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// What was not loaded because of errors: each citation, claim, source or entity left out (the smallest unit
    /// an error broke), and each whole file that could not be used. Empty when everything was loaded.
    /// <see cref="LeftOutRecord.Summarize"/> says it in a line.
    /// </summary>
    public EquatableArray<LeftOutRecord> LeftOut { get; }

    /// <summary>Whether no error was found (warnings and information may remain).</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Returns the dataset, or throws when loading found errors.</summary>
    /// <returns>The complete dataset.</returns>
    /// <exception cref="DatasetLoadException">Loading found errors; the exception carries them.</exception>
    public CaseDataset GetDatasetOrThrow() => Succeeded ? Dataset : throw new DatasetLoadException(Diagnostics);
}
