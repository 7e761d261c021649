using CaseRecords.Diagnostics;

namespace CaseRecords.Validation;

/// <summary>
/// Everything the validator found, in a deterministic order: the diagnostics, the waived findings, the
/// conflict sets, and where each quote was found.
/// </summary>
public sealed class ValidationReport
{
    // unlisted: the findings below the minimum severity, counted by severity (indexed by DiagnosticSeverity).
    internal ValidationReport(EquatableArray<Diagnostic> diagnostics, EquatableArray<WaivedDiagnostic> waived, EquatableArray<ConflictSet> conflicts, EquatableArray<QuoteMatch> quotes, int citationCount, EquatableArray<Loading.LeftOutRecord> leftOut, ReadOnlySpan<int> unlisted)
    {
        Span<int> counts = stackalloc int[3];
        foreach (var diagnostic in diagnostics)
        {
            counts[(int)diagnostic.Severity]++;
        }

        InformationCount = counts[(int)DiagnosticSeverity.Information] + unlisted[(int)DiagnosticSeverity.Information];
        WarningCount = counts[(int)DiagnosticSeverity.Warning] + unlisted[(int)DiagnosticSeverity.Warning];
        ErrorCount = counts[(int)DiagnosticSeverity.Error] + unlisted[(int)DiagnosticSeverity.Error];
        UnlistedCount = unlisted[0] + unlisted[1] + unlisted[2];
        LeftOut = leftOut;
        CitationCount = citationCount;
        Diagnostics = diagnostics;
        Waived = waived;
        Conflicts = conflicts;
        Quotes = quotes;
    }

    /// <summary>What the loader left out because of errors (empty for a dataset built in code); see <see cref="Loading.LoadResult.LeftOut"/>.</summary>
    public EquatableArray<Loading.LeftOutRecord> LeftOut { get; }

    /// <summary>The findings at or above <see cref="ValidationOptions.MinimumSeverity"/>, ordered by file, line, column, code and JSON Pointer.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Findings suppressed by a waiver, with the waiver.</summary>
    public EquatableArray<WaivedDiagnostic> Waived { get; }

    /// <summary>Every place where the sources disagree.</summary>
    public EquatableArray<ConflictSet> Conflicts { get; }

    /// <summary>Every citation whose quote was found, with its position in the source text.</summary>
    public EquatableArray<QuoteMatch> Quotes { get; }

    /// <summary>The number of citations checked (quotes found are in <see cref="Quotes"/>).</summary>
    public int CitationCount { get; }

    /// <summary>The number of errors, listed or not.</summary>
    public int ErrorCount { get; }

    /// <summary>The number of warnings, listed or not.</summary>
    public int WarningCount { get; }

    /// <summary>The number of information findings, listed or not.</summary>
    public int InformationCount { get; }

    /// <summary>The number of findings counted but not listed in <see cref="Diagnostics"/>: those below <see cref="ValidationOptions.MinimumSeverity"/>.</summary>
    public int UnlistedCount { get; }

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => ErrorCount > 0;
}

/// <summary>A finding that a waiver suppressed.</summary>
/// <param name="Diagnostic">The finding.</param>
/// <param name="Waiver">The waiver that matched it.</param>
public sealed record WaivedDiagnostic(Diagnostic Diagnostic, Waiver Waiver);
