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

    /// <summary>Units of time, in days (a month and a year by their average length, so only exact multiples compare: 2 weeks and 14 days, 24 months and 2 years).</summary>
    private static readonly Dictionary<string, (string Base, decimal Factor)> Conversions = new(StringComparer.Ordinal)
    {
        ["second"] = ("second", 1), ["minute"] = ("second", 60), ["hour"] = ("second", 3600),
        ["day"] = ("day", 1), ["week"] = ("day", 7),
        ["month"] = ("month", 1), ["year"] = ("month", 12), ["decade"] = ("month", 120),
    };

    /// <summary>
    /// Whether two quantities say the same: their units are one unit (singular or plural, or convertible exactly:
    /// 2 weeks and 14 days) and their amounts overlap (a range holds the other's amount). A suspension of 30 days and
    /// one of 20 days do not say the same; neither do 30 days and one month, whose lengths differ.
    /// </summary>
    /// <param name="other">The other quantity.</param>
    /// <returns><see langword="true"/> when they agree.</returns>
    internal bool SaysSameAs(Quantity other)
    {
        var (unit, factor) = Normalize(Unit);
        var (otherUnit, otherFactor) = Normalize(other.Unit);
        if (!string.Equals(unit, otherUnit, StringComparison.Ordinal))
        {
            return false;
        }

        var (low, high) = (Amount * factor, (UpperAmount ?? Amount) * factor);
        var (otherLow, otherHigh) = (other.Amount * otherFactor, (other.UpperAmount ?? other.Amount) * otherFactor);
        return low <= otherHigh && otherLow <= high;
    }

    private static (string Unit, decimal Factor) Normalize(string unit)
    {
        var singular = unit.Trim().ToLowerInvariant();
        if (singular.Length > 3 && singular.EndsWith('s') && !singular.EndsWith("ss", StringComparison.Ordinal))
        {
            singular = singular[..^1];
        }

        return Conversions.TryGetValue(singular, out var conversion) ? conversion : (singular, 1);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        (IsApproximate ? "~" : string.Empty) + Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (UpperAmount is { } upper ? "–" + upper.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
        + " " + Unit;
}
