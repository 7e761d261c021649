using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace CaseRecords.Dates;

/// <summary>
/// Finds the dates a text states in English, each as the span of days it covers: "22nd July 1991", "May 30, 2006",
/// "30 May 2006", "May 1991", "spring 2001", "1991", "the 1990s", "the late 90s", "the '90s". A month or day without
/// a year is not a date here (it names no span of days on its own). Never throws on any text.
/// </summary>
internal static partial class DateExpressions
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    // One pattern, tried left to right: the longest forms first, so "22nd July 1991" is one expression, not a year.
    [GeneratedRegex(
        @"\b(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m1>" + Month + @")\.?,?\s+(?<y1>\d{4})\b"
        + @"|\b(?<m2>" + Month + @")\.?\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y2>\d{4})\b"
        + @"|\b(?<m3>" + Month + @")\.?,?\s+(?:of\s+)?(?<y3>\d{4})\b"
        + @"|\b(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(?<y4>\d{4})\b"
        + @"|(?:\b(?<part>early|mid|late)[- ]+)?(?:\b(?<decade4>1[89]\d0|20\d0)|'(?<decade2>[1-9]0)|\b(?<decade2>[1-9]0))'?s\b"
        + @"|(?<![\d.,$])\b(?<year>(?:18|19|20)\d\d)\b(?![.,]\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();

    // The groups by number, looked up once: a name lookup per group per match cost more than the match.
    private static readonly int D1 = Pattern().GroupNumberFromName("d1"), D2 = Pattern().GroupNumberFromName("d2");
    private static readonly int M1 = Pattern().GroupNumberFromName("m1"), M2 = Pattern().GroupNumberFromName("m2"), M3 = Pattern().GroupNumberFromName("m3");
    private static readonly int SeasonGroup = Pattern().GroupNumberFromName("season"), PartGroup = Pattern().GroupNumberFromName("part");
    private static readonly int Decade4 = Pattern().GroupNumberFromName("decade4"), Decade2 = Pattern().GroupNumberFromName("decade2");
    private static readonly int[] Years = [.. new[] { "y1", "y2", "y3", "y4", "year" }.Select(Pattern().GroupNumberFromName)];

    /// <summary>The dates <paramref name="text"/> states, in order.</summary>
    public static IEnumerable<DateExpression> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every form has a digit ("1991", "the 90s"): a text without one states no date.
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            yield break;
        }

        foreach (Match match in Pattern().Matches(text))
        {
            if (Read(match) is { } span)
            {
                yield return new DateExpression(match.Index, match.Length, match.Value, span.Earliest, span.Latest);
            }
        }
    }

    private static (LocalDate Earliest, LocalDate Latest)? Read(Match m)
    {
        var g = m.Groups;
        if (Year(g) is not { } year)
        {
            return Decade(g);
        }

        if (g[SeasonGroup].Success)
        {
            // Northern-hemisphere seasons, generously: any season touches its year's neighbouring months.
            var start = g[SeasonGroup].Value.ToLowerInvariant() switch { "spring" => 3, "summer" => 6, "winter" => 12, _ => 9 };
            return (new LocalDate(year, start == 12 ? 1 : start, 1), new LocalDate(year, start == 12 ? 12 : start + 2, 1).PlusMonths(1).PlusDays(-1));
        }

        var monthText = g[M1].Success ? g[M1].Value : g[M2].Success ? g[M2].Value : g[M3].Success ? g[M3].Value : null;
        if (monthText is null)
        {
            return (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        }

        var month = MonthNumber(monthText);
        var dayText = g[D1].Success ? g[D1].Value : g[D2].Success ? g[D2].Value : null;
        var last = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (dayText is null)
        {
            return (new LocalDate(year, month, 1), new LocalDate(year, month, last));
        }

        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        return day is >= 1 && day <= last ? (new LocalDate(year, month, day), new LocalDate(year, month, day)) : null;
    }

    private static int? Year(GroupCollection g)
    {
        foreach (var number in Years)
        {
            if (g[number].Success)
            {
                var year = int.Parse(g[number].ValueSpan, CultureInfo.InvariantCulture);
                return year is >= 1 and <= 9999 ? year : null;
            }
        }

        return null;
    }

    /// <summary>"the 1990s", "the 90s" (read as the 1900s before 30, the 2000s from then on: "the 20s" is the 2020s), with "early", "mid" or "late" as its first, middle or last four years.</summary>
    private static (LocalDate, LocalDate)? Decade(GroupCollection g)
    {
        int decade;
        if (g[Decade4].Success)
        {
            decade = int.Parse(g[Decade4].ValueSpan, CultureInfo.InvariantCulture);
        }
        else if (g[Decade2].Success)
        {
            var two = int.Parse(g[Decade2].ValueSpan, CultureInfo.InvariantCulture);
            decade = two >= 30 ? 1900 + two : 2000 + two;
        }
        else
        {
            return null;
        }

        var (from, to) = g[PartGroup].Value switch { "early" => (0, 3), "mid" => (3, 6), "late" => (6, 9), _ => (0, 9) };
        return (new LocalDate(decade + from, 1, 1), new LocalDate(decade + to, 12, 31));
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}

/// <summary>A date a text states: where, in which words, and the days it covers.</summary>
/// <param name="Start">Where the words start in the text.</param>
/// <param name="Length">How long the words are.</param>
/// <param name="Text">The words.</param>
/// <param name="Earliest">The first day the words may mean.</param>
/// <param name="Latest">The last day the words may mean.</param>
internal readonly record struct DateExpression(int Start, int Length, string Text, LocalDate Earliest, LocalDate Latest)
{
    /// <summary>Whether <paramref name="date"/> may be the same time: the two spans share a day (an open end reaches forever).</summary>
    public bool Allows(CaseDate date) =>
        (date.Earliest ?? LocalDate.MinIsoValue) <= Latest && Earliest <= (date.Latest ?? LocalDate.MaxIsoValue);

    /// <summary>The words as an EDTF date: "May 1991" is 1991-05, "the 1990s" 199X, "the late 90s" [1996..1999].</summary>
    /// <returns>The EDTF text.</returns>
    public string ToEdtf()
    {
        static string Day(LocalDate d) => d.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (Earliest == Latest)
        {
            return Day(Earliest);
        }

        if (Earliest.Day == 1 && Latest == Earliest.PlusMonths(1).PlusDays(-1))
        {
            return Earliest.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Earliest is { Month: 1, Day: 1 } && Latest is { Month: 12, Day: 31 })
        {
            return Earliest.Year == Latest.Year ? Earliest.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
                : Earliest.Year % 10 == 0 && Latest.Year == Earliest.Year + 9 ? $"{Earliest.Year / 10:D3}X"
                : $"[{Earliest.Year:D4}..{Latest.Year:D4}]";
        }

        return $"{Day(Earliest)}/{Day(Latest)}";
    }
}
