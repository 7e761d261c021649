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
        @"\b(?:\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + Month + @")\.?,?\s+(?:\d{4})\b"
        + @"|\b(?:" + Month + @")\.?\s+(?:\d{1,2})(?:st|nd|rd|th)?,?\s+(?:\d{4})\b"
        + @"|\b(?:" + Month + @")\.?,?\s+(?:of\s+)?(?:\d{4})\b"
        + @"|\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(?:\d{4})\b"
        + @"|(?:\b(?:early|mid|late)[- ]+)?(?:\b(?:1[89]\d0|20\d0)|'(?:[1-9]0)|\b(?:[1-9]0))'?s\b"
        + @"|(?<![\d.,$])\b(?:(?:18|19|20)\d\d)\b(?![.,]\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();

    /// <summary>The dates <paramref name="text"/> states, in order.</summary>
    public static List<DateExpression> Find(string text)
    {
        var found = new List<DateExpression>();
        Find(text, found);
        return found;
    }

    /// <summary>Adds the dates <paramref name="text"/> states, in order, to <paramref name="found"/>.</summary>
    /// <remarks>
    /// The pattern only finds the words; they are read here from the span it matched, without the regex's groups: a
    /// match with groups cost more than the search (the validator reads every quote of every dated claim).
    /// </remarks>
    public static void Find(string text, List<DateExpression> found)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every form has a digit ("1991", "the 90s"): a text without one states no date. And no form starts more than
        // a few words before its first digit ("September, of 1991") or ends more than three characters after its last
        // ("1990's" and the boundary after it): only that stretch of the text is searched.
        var first = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (first < 0)
        {
            return;
        }

        var end = Math.Min(text.Length, text.AsSpan().LastIndexOfAnyInRange('0', '9') + 4);
        foreach (var match in Pattern().EnumerateMatches(text.AsSpan(0, end), LeadStart(text, first)))
        {
            if (Read(text.AsSpan(match.Index, match.Length)) is { } span)
            {
                found.Add(new DateExpression(text, match.Index, match.Length, span.Earliest, span.Latest));
            }
        }
    }

    /// <summary>
    /// Where a form that ends in the number at <paramref name="digit"/> may start: up to three words before it, with
    /// the spaces and punctuation between them ("Sept. 30", "autumn of 1991", "22nd of", "mid-", "the '90s").
    /// </summary>
    private static int LeadStart(string text, int digit)
    {
        var i = digit;
        for (var words = 0; words < 3; words++)
        {
            while (i > 0 && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '.' or ',' or '-' or '\''))
            {
                i--;
            }

            while (i > 0 && char.IsAsciiLetter(text[i - 1]))
            {
                i--;
            }
        }

        return i;
    }

    /// <summary>
    /// The days the words of one match cover. The pattern has decided the form; the words are its parts: numbers
    /// ("22nd", "1991", "90s"), a month, a season, "early", "mid" or "late".
    /// </summary>
    private static (LocalDate Earliest, LocalDate Latest)? Read(ReadOnlySpan<char> words)
    {
        int? year = null, day = null, month = null, season = null, decade = null;
        var part = (From: 0, To: 9);
        var i = 0;
        while (i < words.Length)
        {
            if (!char.IsAsciiLetterOrDigit(words[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < words.Length && char.IsAsciiDigit(words[i]))
            {
                i++;
            }

            var digits = words[start..i];
            var letterStart = i;
            while (i < words.Length && char.IsAsciiLetter(words[i]))
            {
                i++;
            }

            var letters = words[letterStart..i];
            // "1990s", "90s", and "1990's" (the "s" after the apostrophe is a word of its own).
            var plural = letters is "s" || (i + 1 < words.Length && words[i] == '\'' && words[i + 1] == 's');
            if (digits.Length > 0)
            {
                var number = int.Parse(digits, CultureInfo.InvariantCulture);
                if (plural)
                {
                    decade = digits.Length == 4 ? number : number >= 30 ? 1900 + number : 2000 + number;
                }
                else if (digits.Length == 4)
                {
                    year = number;
                }
                else
                {
                    day = number;
                }
            }
            else if (Part(letters) is { } p)
            {
                part = p;
            }
            else if (SeasonStart(letters) is { } s)
            {
                season = s;
            }
            else if (letters.Length >= 3 && !letters.Equals("of", StringComparison.Ordinal))
            {
                month = MonthNumber(letters);
            }
        }

        if (decade is { } d)
        {
            // "the 1990s"; "early", "mid" or "late" are its first, middle or last four years.
            return (new LocalDate(d + part.From, 1, 1), new LocalDate(d + part.To, 12, 31));
        }

        if (year is not { } y)
        {
            return null;
        }

        if (season is { } first)
        {
            // Northern-hemisphere seasons, generously: any season touches its year's neighbouring months.
            return (new LocalDate(y, first == 12 ? 1 : first, 1), new LocalDate(y, first == 12 ? 12 : first + 2, 1).PlusMonths(1).PlusDays(-1));
        }

        if (month is not { } m)
        {
            return (new LocalDate(y, 1, 1), new LocalDate(y, 12, 31));
        }

        var last = CalendarSystem.Iso.GetDaysInMonth(y, m);
        if (day is not { } dd)
        {
            return (new LocalDate(y, m, 1), new LocalDate(y, m, last));
        }

        return dd is >= 1 && dd <= last ? (new LocalDate(y, m, dd), new LocalDate(y, m, dd)) : null;
    }

    private static (int From, int To)? Part(ReadOnlySpan<char> word) => word switch
    {
        "early" => (0, 3),
        "mid" => (3, 6),
        "late" => (6, 9),
        _ => null,
    };

    /// <summary>The first month of a season ("winter" is 12: the year's first and last months).</summary>
    private static int? SeasonStart(ReadOnlySpan<char> word) =>
        word.Equals("spring", StringComparison.OrdinalIgnoreCase) ? 3
        : word.Equals("summer", StringComparison.OrdinalIgnoreCase) ? 6
        : word.Equals("autumn", StringComparison.OrdinalIgnoreCase) || word.Equals("fall", StringComparison.OrdinalIgnoreCase) ? 9
        : word.Equals("winter", StringComparison.OrdinalIgnoreCase) ? 12
        : null;

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        Span<char> three = stackalloc char[3];
        name[..3].ToLowerInvariant(three);
        return three switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
        };
    }
}

/// <summary>A date a text states: where, in which words, and the days it covers.</summary>
/// <param name="Source">The text that states it.</param>
/// <param name="Start">Where the words start in the text.</param>
/// <param name="Length">How long the words are.</param>
/// <param name="Earliest">The first day the words may mean.</param>
/// <param name="Latest">The last day the words may mean.</param>
internal readonly record struct DateExpression(string Source, int Start, int Length, LocalDate Earliest, LocalDate Latest)
{
    /// <summary>The words (made when asked: most checks need only the days).</summary>
    public string Text => Source.Substring(Start, Length);

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
