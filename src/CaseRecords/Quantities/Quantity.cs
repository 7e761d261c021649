namespace CaseRecords;

/// <summary>
/// A number with a unit: an age ("14-year-old"), a count of people, votes. A range ("19 or 20") has an
/// <see cref="UpperAmount"/>; an approximate figure is flagged, never sharpened.
/// </summary>
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="amount">The amount, or the lower end of a range.</param>
    /// <param name="unit">The unit, singular and lower case: "year", "person", "vote", "officer".</param>
    /// <exception cref="ArgumentException">The unit is empty.</exception>
    public Quantity(decimal amount, string unit)
    {
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The amount, or the lower end of a range.</summary>
    public decimal Amount { get; init; }

    /// <summary>The upper end of a range ("19 or 20" has 19 and 20), or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below <see cref="Amount"/>.</exception>
    public decimal? UpperAmount
    {
        get;
        init => field = value is { } upper && upper < Amount
            ? throw new ArgumentOutOfRangeException(nameof(UpperAmount), upper, "The upper amount must not be less than the amount.")
            : value;
    }

    /// <summary>The unit: "year", "person", "vote".</summary>
    public string Unit { get; init => field = Guard.NotBlank(value, nameof(Unit)); }

    /// <summary>Whether the source gives the figure as approximate ("about 500").</summary>
    public bool IsApproximate { get; init; }

    /// <inheritdoc/>
    public override string ToString() =>
        (IsApproximate ? "~" : string.Empty) + Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (UpperAmount is { } upper ? "–" + upper.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + " " + Unit;
}
