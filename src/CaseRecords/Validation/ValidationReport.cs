using CaseRecords.Diagnostics;

namespace CaseRecords.Validation;

/// <summary>
/// Everything the validator found, in a deterministic order: the diagnostics, the waived findings, the
/// conflict sets, and where each quote was found.
/// </summary>
public sealed class ValidationReport
{
    internal ValidationReport(EquatableArray<Diagnostic> diagnostics, EquatableArray<WaivedDiagnostic> waived, EquatableArray<ConflictSet> conflicts, EquatableArray<QuoteMatch> quotes, int citationCount, EquatableArray<Loading.LeftOutRecord> leftOut)
    {
        LeftOut = leftOut;
        CitationCount = citationCount;
        Diagnostics = diagnostics;
        Waived = waived;
        Conflicts = conflicts;
        Quotes = quotes;
    }

    /// <summary>What the loader left out because of errors (empty for a dataset built in code); see <see cref="Loading.LoadResult.LeftOut"/>.</summary>
    public EquatableArray<Loading.LeftOutRecord> LeftOut { get; }

    /// <summary>The findings, ordered by file, line, column, code and JSON Pointer.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Findings suppressed by a waiver, with the waiver.</summary>
    public EquatableArray<WaivedDiagnostic> Waived { get; }

    /// <summary>Every place where the sources disagree.</summary>
    public EquatableArray<ConflictSet> Conflicts { get; }

    /// <summary>Every citation whose quote was found, with its position in the source text.</summary>
    public EquatableArray<QuoteMatch> Quotes { get; }

    /// <summary>The number of citations checked (quotes found are in <see cref="Quotes"/>).</summary>
    public int CitationCount { get; }

    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>The number of information messages.</summary>
    public int InformationCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Information);

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => ErrorCount > 0;
}

/// <summary>A finding that a waiver suppressed.</summary>
/// <param name="Diagnostic">The finding.</param>
/// <param name="Waiver">The waiver that matched it.</param>
public sealed record WaivedDiagnostic(Diagnostic Diagnostic, Waiver Waiver);
