using System.Globalization;
using CaseRecords.Dates;

namespace CaseRecords.Reading;

/// <summary>
/// Formats dates for people, keeping their precision: "May 1991" (never "1 May 1991"), "the 1990s", "spring 2001",
/// "about 1985", "2005 to 2009", "sometime between 1991 and 1994".
/// </summary>
public static class DateText
{
    /// <summary>Formats a date in English.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public static string Format(CaseDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var start = End(date.Start, date.StartKind);
        var end = End(date.End, date.EndKind);
        return date.Kind switch
        {
            CaseDateKind.Moment => start,
            CaseDateKind.Period when date.StartKind == IntervalEndKind.Open => $"until {end}",
            CaseDateKind.Period when date.EndKind == IntervalEndKind.Open => $"from {start} on",
            CaseDateKind.Period => $"{start} to {end}",
            _ when date.StartKind == IntervalEndKind.Open => $"sometime before the end of {end}",
            _ when date.EndKind == IntervalEndKind.Open => $"sometime after the start of {start}",
            _ => $"sometime between {start} and {end}",
        };
    }

    /// <summary>Formats one partial date in English.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text, for example "22 July 1991", "May 1991", "the 1990s".</returns>
    public static string Format(PartialDate date)
    {
        var culture = CultureInfo.InvariantCulture;
        var core = date.Precision switch
        {
            DatePrecision.Day => date.Earliest.ToString("d MMMM uuuu", culture),
            DatePrecision.Month => date.Earliest.ToString("MMMM uuuu", culture),
            DatePrecision.Season => $"{date.Season.ToString()!.ToLowerInvariant()} {date.Year.ToString(culture)}",
            DatePrecision.Year => date.Year.ToString(culture),
            DatePrecision.Decade => $"the {date.Year.ToString(culture)}s",
            _ => $"the {date.Year.ToString(culture)}s",
        };
        if (date.Qualifier.HasFlag(DateQualifier.Approximate))
        {
            core = "about " + core;
        }

        if (date.Qualifier.HasFlag(DateQualifier.Uncertain))
        {
            core += " (uncertain)";
        }

        return core;
    }

    private static string End(PartialDate? date, IntervalEndKind kind) => kind switch
    {
        IntervalEndKind.Known => Format(date!.Value),
        IntervalEndKind.Open => "open",
        _ => "an unknown date",
    };
}
