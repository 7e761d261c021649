using CaseRecords.Diagnostics;

namespace CaseRecords.Validation;

/// <summary>How the validator reports.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: warnings stay warnings, no waivers.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Whether warnings are reported as errors (for CI gates).</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>
    /// How many threads check the entities of a large dataset: -1 (the default) for as many as there are
    /// processors, 1 for the calling thread only; never more than there are processors. The report is the same
    /// either way.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init => field = value is -1 or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Must be -1 (all processors) or positive."); } = -1;

    /// <summary>
    /// The least severe findings listed in <see cref="ValidationReport.Diagnostics"/> (after <see cref="WarningsAsErrors"/>);
    /// findings below it are counted (<see cref="ValidationReport.InformationCount"/>, <see cref="ValidationReport.UnlistedCount"/>)
    /// but not listed, and no message, pointer or position is made for them. <see cref="DiagnosticSeverity.Information"/>
    /// (the default) lists every finding. Findings a waiver names are always checked against the waivers first.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined severity.</exception>
    public DiagnosticSeverity MinimumSeverity { get; init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(MinimumSeverity), value, "Not a severity."); }

    /// <summary>Rules waived for particular entities or claims, each with its reason. Waived findings are counted and listed, never hidden.</summary>
    public EquatableArray<Waiver> Waivers { get => field; init => field = Guard.NoNulls(value, nameof(Waivers)); }
}
