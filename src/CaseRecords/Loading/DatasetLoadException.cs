using CaseRecords.Diagnostics;

namespace CaseRecords.Loading;

/// <summary>Thrown by <see cref="LoadResult.GetDatasetOrThrow"/> when loading found errors.</summary>
public sealed class DatasetLoadException : Exception
{
    /// <summary>Creates the exception from the loader's diagnostics.</summary>
    /// <param name="diagnostics">The diagnostics; the message lists the errors among them.</param>
    public DatasetLoadException(EquatableArray<Diagnostic> diagnostics)
        : base(Describe(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Every diagnostic the loader reported.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    private static string Describe(EquatableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var shown = string.Join(Environment.NewLine, errors.Take(10).Select(d => "  " + d));
        var more = errors.Count > 10 ? $"{Environment.NewLine}  … and {errors.Count - 10} more" : string.Empty;
        return $"The dataset has {errors.Count} error(s):{Environment.NewLine}{shown}{more}";
    }
}
