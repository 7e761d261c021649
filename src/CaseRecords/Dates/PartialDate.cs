using System.Globalization;
using System.Text;
using NodaTime;
using SeasonOfYear = CaseRecords.Dates.Season;

namespace CaseRecords.Dates;

/// <summary>
/// One calendar date (proleptic ISO calendar) known to some precision, with optional EDTF
/// qualifiers: a day, month, season, year, decade or century. Immutable, with value equality
/// over all components including <see cref="Qualifier"/> and <see cref="NotationPrecision"/>
/// (so <c>1985-04</c> and <c>1985-04-XX</c> are not equal, although they denote the same span).
/// </summary>
/// <remarks>
/// Years range over what NodaTime's ISO calendar supports (-9998..9999); the whole span of a
/// decade, century or winter must fit. Decades and centuries start at year 0 or later.
/// <c>default(PartialDate)</c> is not produced by any factory; it behaves like the year 0000
/// except that <see cref="Precision"/> is 0.
/// </remarks>
public readonly record struct PartialDate
{
    private PartialDate(int year, int? month, int? day, SeasonOfYear? season, DatePrecision precision,
        DateQualifier qualifier, DatePrecision notationPrecision)
    {
        Year = year;
        Month = month;
        Day = day;
        Season = season;
        Precision = precision;
        Qualifier = qualifier;
        NotationPrecision = notationPrecision;
    }

    /// <summary>The (first) year: 1991 for <c>1991-05</c>, 1990 for <c>199X</c>, 1900 for <c>19XX</c>.</summary>
    public int Year { get; }

    /// <summary>The month (1-12) when <see cref="Precision"/> is <see cref="DatePrecision.Month"/> or <see cref="DatePrecision.Day"/>; otherwise null.</summary>
    public int? Month { get; }

    /// <summary>The day of the month when <see cref="Precision"/> is <see cref="DatePrecision.Day"/>; otherwise null.</summary>
    public int? Day { get; }

    /// <summary>The season when <see cref="Precision"/> is <see cref="DatePrecision.Season"/>; otherwise null.</summary>
    public SeasonOfYear? Season { get; }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The EDTF qualifiers (<c>?</c>, <c>~</c>, <c>%</c>) that apply to the whole date.</summary>
    public DateQualifier Qualifier { get; }

    /// <summary>
    /// The precision of the written form. Equal to <see cref="Precision"/> except when unspecified
    /// <c>X</c> digits pad the date out: <c>2004-XX</c> is <see cref="DatePrecision.Year"/> written as
    /// <see cref="DatePrecision.Month"/>; <c>1985-XX-XX</c> and <c>1985-04-XX</c> are written as <see cref="DatePrecision.Day"/>.
    /// </summary>
    public DatePrecision NotationPrecision { get; }

    /// <summary>
    /// True when the date is written with <c>X</c> digits that a shorter form would also express
    /// (<c>1985-04-XX</c>, <c>1985-XX-XX</c>, <c>2004-XX</c>). False for <c>199X</c> and <c>19XX</c>,
    /// which are the only forms of a decade and a century.
    /// </summary>
    public bool IsUnspecifiedNotation => NotationPrecision > Precision;

    /// <summary>
    /// The first day of the span the date denotes (inclusive). Qualifiers do not widen the span:
    /// <c>1991~</c> has the nominal bounds of <c>1991</c>. Seasons use the northern-hemisphere
    /// meteorological convention: spring is March-May, summer June-August, autumn
    /// September-November, and winter runs from 1 December of <see cref="Year"/> to the end of
    /// February of the following year.
    /// </summary>
    public LocalDate Earliest => Precision switch
    {
        DatePrecision.Day => new LocalDate(Year, Month!.Value, Day!.Value),
        DatePrecision.Month => new LocalDate(Year, Month!.Value, 1),
        DatePrecision.Season => new LocalDate(Year, FirstMonth(Season!.Value), 1),
        _ => new LocalDate(Year, 1, 1),
    };

    /// <summary>The last day of the span the date denotes (inclusive); see <see cref="Earliest"/>.</summary>
    public LocalDate Latest => Precision switch
    {
        DatePrecision.Day => new LocalDate(Year, Month!.Value, Day!.Value),
        DatePrecision.Month => new LocalDate(Year, Month!.Value, DaysInMonth(Year, Month.Value)),
        DatePrecision.Season => Season!.Value == SeasonOfYear.Winter
            ? new LocalDate(Year + 1, 2, DaysInMonth(Year + 1, 2))
            : new LocalDate(Year, FirstMonth(Season.Value) + 2, DaysInMonth(Year, FirstMonth(Season.Value) + 2)),
        DatePrecision.Decade => new LocalDate(Year + 9, 12, 31),
        DatePrecision.Century => new LocalDate(Year + 99, 12, 31),
        _ => new LocalDate(Year, 12, 31),
    };

    /// <summary>Creates a day-precision date. A date in another calendar is converted to ISO.</summary>
    /// <param name="date">The date.</param>
    /// <param name="qualifier">Optional qualifiers.</param>
    /// <exception cref="ArgumentOutOfRangeException">The qualifier has undefined flags.</exception>
    public static PartialDate FromDate(LocalDate date, DateQualifier qualifier = DateQualifier.None)
    {
        CheckQualifier(qualifier);
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return new(iso.Year, iso.Month, iso.Day, null, DatePrecision.Day, qualifier, DatePrecision.Day);
    }

    /// <summary>Creates a month-precision date.</summary>
    /// <param name="yearMonth">The year and month, in the ISO calendar.</param>
    /// <param name="qualifier">Optional qualifiers.</param>
    /// <exception cref="ArgumentException">The year-month is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The qualifier has undefined flags.</exception>
    public static PartialDate FromYearMonth(YearMonth yearMonth, DateQualifier qualifier = DateQualifier.None)
    {
        CheckQualifier(qualifier);
        if (yearMonth.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The year-month must be in the ISO calendar.", nameof(yearMonth));
        }

        return new(yearMonth.Year, yearMonth.Month, null, null, DatePrecision.Month, qualifier, DatePrecision.Month);
    }

    /// <summary>Creates a year-precision date.</summary>
    /// <param name="year">The year, -9998..9999.</param>
    /// <param name="qualifier">Optional qualifiers.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or qualifier is out of range.</exception>
    public static PartialDate FromYear(int year, DateQualifier qualifier = DateQualifier.None)
    {
        CheckQualifier(qualifier);
        CheckRange(year, year, nameof(year));
        return new(year, null, null, null, DatePrecision.Year, qualifier, DatePrecision.Year);
    }

    /// <summary>Creates a season-precision date. Winter starts in <paramref name="year"/> and ends in the next year.</summary>
    /// <param name="year">The year in which the season starts.</param>
    /// <param name="season">The season.</param>
    /// <param name="qualifier">Optional qualifiers.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, season or qualifier is out of range.</exception>
    public static PartialDate FromSeason(int year, SeasonOfYear season, DateQualifier qualifier = DateQualifier.None)
    {
        CheckQualifier(qualifier);
        if (season is < SeasonOfYear.Spring or > SeasonOfYear.Winter)
        {
            throw new ArgumentOutOfRangeException(nameof(season), season, "Unknown season.");
        }

        CheckRange(year, season == SeasonOfYear.Winter ? year + 1 : year, nameof(year));
        return new(year, null, null, season, DatePrecision.Season, qualifier, DatePrecision.Season);
    }

    /// <summary>Creates a decade (<c>199X</c>): the ten years from <paramref name="firstYear"/>.</summary>
    /// <param name="firstYear">The first year, divisible by 10, 0..9990.</param>
    /// <param name="qualifier">Optional qualifiers.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is not divisible by 10, is negative or too large, or the qualifier is invalid.</exception>
    public static PartialDate FromDecade(int firstYear, DateQualifier qualifier = DateQualifier.None) =>
        FromSpan(firstYear, 10, DatePrecision.Decade, qualifier);

    /// <summary>Creates a century (<c>19XX</c>): the hundred years from <paramref name="firstYear"/>.</summary>
    /// <param name="firstYear">The first year, divisible by 100, 0..9900.</param>
    /// <param name="qualifier">Optional qualifiers.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is not divisible by 100, is negative or too large, or the qualifier is invalid.</exception>
    public static PartialDate FromCentury(int firstYear, DateQualifier qualifier = DateQualifier.None) =>
        FromSpan(firstYear, 100, DatePrecision.Century, qualifier);

    /// <summary>Returns a copy with the given qualifiers.</summary>
    /// <param name="qualifier">The new qualifiers.</param>
    /// <exception cref="ArgumentOutOfRangeException">The qualifier has undefined flags.</exception>
    public PartialDate WithQualifier(DateQualifier qualifier)
    {
        CheckQualifier(qualifier);
        return new(Year, Month, Day, Season, Precision, qualifier, NotationPrecision);
    }

    /// <summary>
    /// Returns a copy written with unspecified <c>X</c> digits down to <paramref name="notationPrecision"/>:
    /// a year written as <see cref="DatePrecision.Month"/> is <c>2004-XX</c>, as <see cref="DatePrecision.Day"/>
    /// <c>2004-XX-XX</c>; a month written as <see cref="DatePrecision.Day"/> is <c>1985-04-XX</c>.
    /// Passing <see cref="Precision"/> removes the padding.
    /// </summary>
    /// <param name="notationPrecision">The precision of the written form.</param>
    /// <exception cref="ArgumentOutOfRangeException">The combination is not expressible.</exception>
    public PartialDate WithUnspecifiedNotation(DatePrecision notationPrecision)
    {
        bool ok = notationPrecision == Precision
            || (Precision == DatePrecision.Year && notationPrecision is DatePrecision.Month or DatePrecision.Day)
            || (Precision == DatePrecision.Month && notationPrecision == DatePrecision.Day);
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(nameof(notationPrecision), notationPrecision,
                $"A {Precision} date cannot be written with {notationPrecision} precision.");
        }

        return new(Year, Month, Day, Season, Precision, Qualifier, notationPrecision);
    }

    /// <summary>The date when <see cref="Precision"/> is <see cref="DatePrecision.Day"/>; otherwise null.</summary>
    public LocalDate? ToLocalDate() => Precision == DatePrecision.Day ? Earliest : null;

    /// <summary>The year and month when the month is known (<see cref="DatePrecision.Month"/> or <see cref="DatePrecision.Day"/>); otherwise null.</summary>
    public YearMonth? ToYearMonth() => Month is int m ? new YearMonth(Year, m) : null;

    /// <summary>Whether <paramref name="date"/> lies within <see cref="Earliest"/>..<see cref="Latest"/> (inclusive). Dates in other calendars are converted to ISO.</summary>
    /// <param name="date">The date to test.</param>
    public bool Contains(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return iso >= Earliest && iso <= Latest;
    }

    /// <summary>Formats the date as canonical EDTF, e.g. <c>1991-05-27</c>, <c>2001-21</c>, <c>199X~</c>, <c>1985-04-XX</c>, <c>-0044</c>.</summary>
    public string ToEdtf()
    {
        var sb = new StringBuilder(16);
        AppendEdtf(sb);
        return sb.ToString();
    }

    /// <summary>Returns <see cref="ToEdtf"/>.</summary>
    public override string ToString() => ToEdtf();

    /// <summary>
    /// Formats the date in English for people, at its own precision and never sharper: "22 July 1991", "May 1991"
    /// (never "1 May 1991"), "spring 2001", "1985", "the 1990s"; "about 1985" when approximate, "1985 (uncertain)"
    /// when uncertain.
    /// </summary>
    /// <returns>The text. It does not depend on the current culture; it is for reading, not for parsing (use <see cref="ToEdtf"/>).</returns>
    /// <remarks>A century is shown by its first year, like a decade: <c>19XX</c> is "the 1900s".</remarks>
    public string ToDisplayString()
    {
        var culture = CultureInfo.InvariantCulture;
        var core = Precision switch
        {
            DatePrecision.Day => Earliest.ToString("d MMMM uuuu", culture),
            DatePrecision.Month => Earliest.ToString("MMMM uuuu", culture),
            DatePrecision.Season => $"{Season.ToString()!.ToLowerInvariant()} {Year.ToString(culture)}",
            DatePrecision.Year => Year.ToString(culture),
            DatePrecision.Decade => $"the {Year.ToString(culture)}s",
            _ => $"the {Year.ToString(culture)}s",
        };
        if (Qualifier.HasFlag(DateQualifier.Approximate))
        {
            core = "about " + core;
        }

        if (Qualifier.HasFlag(DateQualifier.Uncertain))
        {
            core += " (uncertain)";
        }

        return core;
    }

    internal void AppendEdtf(StringBuilder sb)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (Precision)
        {
            case DatePrecision.Decade:
                sb.Append((Year / 10).ToString("D3", inv)).Append('X');
                break;
            case DatePrecision.Century:
                sb.Append((Year / 100).ToString("D2", inv)).Append("XX");
                break;
            default:
                if (Year < 0)
                {
                    sb.Append('-');
                }

                sb.Append(Math.Abs(Year).ToString("D4", inv));
                break;
        }

        if (Season is SeasonOfYear s)
        {
            sb.Append('-').Append(((int)s).ToString(inv));
        }

        if (Month is int m)
        {
            sb.Append('-').Append(m.ToString("D2", inv));
        }
        else if (Precision == DatePrecision.Year && NotationPrecision >= DatePrecision.Month)
        {
            sb.Append("-XX");
        }

        if (Day is int d)
        {
            sb.Append('-').Append(d.ToString("D2", inv));
        }
        else if (NotationPrecision == DatePrecision.Day)
        {
            sb.Append("-XX");
        }

        sb.Append(Qualifier switch
        {
            DateQualifier.Uncertain => "?",
            DateQualifier.Approximate => "~",
            DateQualifier.Uncertain | DateQualifier.Approximate => "%",
            _ => "",
        });
    }

    /// <summary>Creates a date from components the caller has already validated (used by the parser).</summary>
    internal static PartialDate CreateUnchecked(int year, int? month, int? day, SeasonOfYear? season,
        DatePrecision precision, DateQualifier qualifier, DatePrecision notationPrecision) =>
        new(year, month, day, season, precision, qualifier, notationPrecision);

    /// <summary>Whether a span from <paramref name="firstYear"/> to <paramref name="lastYear"/> fits NodaTime's ISO range.</summary>
    internal static bool InRange(int firstYear, int lastYear) =>
        firstYear >= CalendarSystem.Iso.MinYear && lastYear <= CalendarSystem.Iso.MaxYear;

    internal static int DaysInMonth(int year, int month) => CalendarSystem.Iso.GetDaysInMonth(year, month);

    private static int FirstMonth(SeasonOfYear season) => ((int)season - 21) * 3 + 3;

    private static PartialDate FromSpan(int firstYear, int length, DatePrecision precision, DateQualifier qualifier)
    {
        CheckQualifier(qualifier);
        if (firstYear < 0 || firstYear % length != 0 || !InRange(firstYear, firstYear + length - 1))
        {
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear,
                $"The first year must be a non-negative multiple of {length} and the span must end by {CalendarSystem.Iso.MaxYear}.");
        }

        return new(firstYear, null, null, null, precision, qualifier, precision);
    }

    private static void CheckRange(int firstYear, int lastYear, string paramName)
    {
        if (!InRange(firstYear, lastYear))
        {
            throw new ArgumentOutOfRangeException(paramName, firstYear,
                $"Years must lie within {CalendarSystem.Iso.MinYear}..{CalendarSystem.Iso.MaxYear}.");
        }
    }

    private static void CheckQualifier(DateQualifier qualifier)
    {
        if ((qualifier & ~(DateQualifier.Uncertain | DateQualifier.Approximate)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier flags.");
        }
    }
}
