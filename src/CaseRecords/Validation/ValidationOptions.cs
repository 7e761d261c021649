namespace CaseRecords.Validation;

/// <summary>How the validator reports.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: warnings stay warnings, no waivers.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Whether warnings are reported as errors (for CI gates).</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Rules waived for particular entities or claims, each with its reason. Waived findings are counted and listed, never hidden.</summary>
    public EquatableArray<Waiver> Waivers { get => field; init => field = Guard.NoNulls(value, nameof(Waivers)); }
}
