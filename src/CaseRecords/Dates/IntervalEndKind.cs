namespace CaseRecords.Dates;

/// <summary>What is known about one end of a <see cref="CaseDate"/> interval.</summary>
public enum IntervalEndKind
{
    /// <summary>The end is a known <see cref="PartialDate"/>.</summary>
    Known,

    /// <summary>The end is open (unbounded, e.g. still ongoing), written <c>..</c>.</summary>
    Open,

    /// <summary>The end exists but is unknown, written as an empty string (<c>/2009</c>, <c>2005/</c>). Periods only.</summary>
    Unknown,
}
