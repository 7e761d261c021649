using System.Globalization;

namespace CaseRecords;

/// <summary>An amount of money in a currency, such as the $55,000 in back pay.</summary>
public sealed record Money
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The ISO 4217 currency code, three upper-case letters ("USD").</param>
    /// <exception cref="ArgumentException">The currency is not three upper-case ASCII letters.</exception>
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount.</summary>
    public decimal Amount { get; init; }

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency
    {
        get;
        init => field = IsCurrencyCode(value)
            ? value
            : throw new ArgumentException("The currency must be an ISO 4217 code: three upper-case letters such as \"USD\".", nameof(Currency));
    }

    /// <summary>Whether <paramref name="code"/> has the shape of an ISO 4217 code (three upper-case ASCII letters).</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns><see langword="true"/> for codes such as "USD".</returns>
    public static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    /// <inheritdoc/>
    public override string ToString() => Amount.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + Currency;
}
