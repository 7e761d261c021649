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
    /// processors, 1 for the calling thread only. The report is the same either way.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init => field = value is -1 or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Must be -1 (all processors) or positive."); } = -1;

    /// <summary>Rules waived for particular entities or claims, each with its reason. Waived findings are counted and listed, never hidden.</summary>
    public EquatableArray<Waiver> Waivers { get => field; init => field = Guard.NoNulls(value, nameof(Waivers)); }
}
