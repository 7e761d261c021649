using System.Diagnostics.CodeAnalysis;
using System.Text;
using NodaTime;

namespace CaseRecords.Dates;

/// <summary>
/// A date as recorded in a case: a single <see cref="CaseDateKind.Moment"/>, a
/// <see cref="CaseDateKind.Period"/> (EDTF level 1 interval) or a moment known only to lie
/// <see cref="CaseDateKind.Within"/> a span. Immutable, with value equality.
/// </summary>
/// <remarks>
/// <para>Text form is EDTF (ISO 8601-2) levels 0 and 1: <c>1991-05-27</c>, <c>199X~</c>,
/// <c>2005/2009</c>, <c>1991-05/..</c>, <c>/2009</c>.</para>
/// <para>CaseRecords extension: a <see cref="CaseDateKind.Within"/> date is written with the EDTF
/// level 2 "one of a set" brackets restricted to a single range: <c>[1991..1994]</c>,
/// <c>[..1994]</c>, <c>[1991..]</c>. No other level 2 construct is accepted.</para>
/// </remarks>
public sealed record CaseDate
{
    private CaseDate(CaseDateKind kind, PartialDate? start, PartialDate? end, IntervalEndKind startKind, IntervalEndKind endKind)
    {
        Kind = kind;
        Start = start;
        End = end;
        StartKind = startKind;
        EndKind = endKind;
    }

    /// <summary>The shape of the date.</summary>
    public CaseDateKind Kind { get; }

    /// <summary>The start of the interval, or the date itself for a moment; null when the start is not <see cref="IntervalEndKind.Known"/>.</summary>
    public PartialDate? Start { get; }

    /// <summary>The end of the interval, or the date itself for a moment; null when the end is not <see cref="IntervalEndKind.Known"/>.</summary>
    public PartialDate? End { get; }

    /// <summary>What is known about the start; always <see cref="IntervalEndKind.Known"/> for a moment.</summary>
    public IntervalEndKind StartKind { get; }

    /// <summary>What is known about the end; always <see cref="IntervalEndKind.Known"/> for a moment.</summary>
    public IntervalEndKind EndKind { get; }

    /// <summary>The earliest day covered (the start's <see cref="PartialDate.Earliest"/>); null when the start is open or unknown.</summary>
    public LocalDate? Earliest => Start?.Earliest;

    /// <summary>The latest day covered (the end's <see cref="PartialDate.Latest"/>); null when the end is open or unknown.</summary>
    public LocalDate? Latest => End?.Latest;

    /// <summary>The coarser precision of the known ends (for a moment, the date's precision).</summary>
    public DatePrecision Precision => (Start, End) switch
    {
        ({ } s, { } e) => s.Precision < e.Precision ? s.Precision : e.Precision,
        ({ } s, null) => s.Precision,
        (null, { } e) => e.Precision,
        _ => DatePrecision.Century,
    };

    /// <summary>Whether <see cref="Kind"/> is <see cref="CaseDateKind.Period"/>.</summary>
    public bool IsPeriod => Kind == CaseDateKind.Period;

    /// <summary>Creates a single date.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentException"><paramref name="date"/> is <c>default(PartialDate)</c>.</exception>
    public static CaseDate Moment(PartialDate date)
    {
        CheckEnd(CaseDateKind.Moment, date, IntervalEndKind.Known, nameof(date), nameof(date));
        return new(CaseDateKind.Moment, date, date, IntervalEndKind.Known, IntervalEndKind.Known);
    }

    /// <summary>Creates a continuous interval.</summary>
    /// <param name="start">The start date; must be given exactly when <paramref name="startKind"/> is <see cref="IntervalEndKind.Known"/>.</param>
    /// <param name="end">The end date; must be given exactly when <paramref name="endKind"/> is <see cref="IntervalEndKind.Known"/>.</param>
    /// <param name="startKind">What is known about the start.</param>
    /// <param name="endKind">What is known about the end.</param>
    /// <exception cref="ArgumentException">A date is missing or superfluous, neither end is known, or the start lies after the end.</exception>
    public static CaseDate Period(PartialDate? start, PartialDate? end,
        IntervalEndKind startKind = IntervalEndKind.Known, IntervalEndKind endKind = IntervalEndKind.Known) =>
        Create(CaseDateKind.Period, start, end, startKind, endKind);

    /// <summary>
    /// Creates a moment known to lie somewhere within a span (<c>[1991..1994]</c>). Ends may be
    /// <see cref="IntervalEndKind.Known"/> or <see cref="IntervalEndKind.Open"/>, not <see cref="IntervalEndKind.Unknown"/>.
    /// </summary>
    /// <param name="start">The start date; must be given exactly when <paramref name="startKind"/> is <see cref="IntervalEndKind.Known"/>.</param>
    /// <param name="end">The end date; must be given exactly when <paramref name="endKind"/> is <see cref="IntervalEndKind.Known"/>.</param>
    /// <param name="startKind">What is known about the start.</param>
    /// <param name="endKind">What is known about the end.</param>
    /// <exception cref="ArgumentException">A date is missing or superfluous, an end is unknown, both ends are open, or the start lies after the end.</exception>
    public static CaseDate Within(PartialDate? start, PartialDate? end,
        IntervalEndKind startKind = IntervalEndKind.Known, IntervalEndKind endKind = IntervalEndKind.Known) =>
        Create(CaseDateKind.Within, start, end, startKind, endKind);

    /// <summary>Parses EDTF text. Never throws: failures are reported in the result.</summary>
    /// <param name="text">The text; no surrounding whitespace is allowed.</param>
    public static EdtfParseResult Parse(string text) => EdtfParser.Parse(text);

    /// <summary>Parses EDTF text, returning false (and a null date) on failure.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The parsed date, or null.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CaseDate? date)
    {
        date = EdtfParser.Parse(text).Value;
        return date is not null;
    }

    /// <summary>Formats as canonical EDTF (<c>1991-05</c>, <c>2005/..</c>, <c>[1991..1994]</c>); <see cref="Parse"/> reads it back to an equal value.</summary>
    public string ToEdtf()
    {
        var sb = new StringBuilder(32);
        switch (Kind)
        {
            case CaseDateKind.Moment:
                Start!.Value.AppendEdtf(sb);
                break;
            case CaseDateKind.Within:
                sb.Append('[');
                Start?.AppendEdtf(sb);
                sb.Append("..");
                End?.AppendEdtf(sb);
                sb.Append(']');
                break;
            default:
                AppendEnd(sb, Start, StartKind);
                sb.Append('/');
                AppendEnd(sb, End, EndKind);
                break;
        }

        return sb.ToString();
    }

    /// <summary>Returns <see cref="ToEdtf"/>.</summary>
    public override string ToString() => ToEdtf();

    /// <summary>
    /// Formats the date in English for people, keeping its precision (each known end as
    /// <see cref="PartialDate.ToDisplayString"/> shows it): "May 1991", "about 1985", "2005 to 2009", "from 2005 on",
    /// "until 2009", "an unknown date to 2009", "sometime between 1991 and 1994", "sometime before the end of 1994",
    /// "sometime after the start of 1991".
    /// </summary>
    /// <returns>The text. It does not depend on the current culture; it is for reading, not for parsing (use <see cref="ToEdtf"/>).</returns>
    public string ToDisplayString()
    {
        var start = DisplayEnd(Start, StartKind);
        var end = DisplayEnd(End, EndKind);
        return Kind switch
        {
            CaseDateKind.Moment => start,
            CaseDateKind.Period when StartKind == IntervalEndKind.Open => $"until {end}",
            CaseDateKind.Period when EndKind == IntervalEndKind.Open => $"from {start} on",
            CaseDateKind.Period => $"{start} to {end}",
            _ when StartKind == IntervalEndKind.Open => $"sometime before the end of {end}",
            _ when EndKind == IntervalEndKind.Open => $"sometime after the start of {start}",
            _ => $"sometime between {start} and {end}",
        };
    }

    /// <summary>
    /// Whether this date says the same as <paramref name="other"/>, only more precisely: both are single moments
    /// (not periods), they differ, and every day this date may be lies within <paramref name="other"/>. 2016-08-21
    /// refines 2016-08, 2017-06 refines 2017 and 1992 refines [1991..1994]; 2016-08-21 does not refine 2016-08-22,
    /// and nothing refines or is refined by a period such as 2005/2009. Two dates of which one refines the other do
    /// not disagree.
    /// </summary>
    /// <param name="other">The less precise date.</param>
    /// <returns>Whether this date refines <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Refines(CaseDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind != CaseDateKind.Period && other.Kind != CaseDateKind.Period && !Equals(other)
            && (other.Earliest ?? LocalDate.MinIsoValue) <= (Earliest ?? LocalDate.MinIsoValue)
            && (Latest ?? LocalDate.MaxIsoValue) <= (other.Latest ?? LocalDate.MaxIsoValue);
    }

    /// <summary>Whether a known start lies after a known end (start's earliest day after end's latest day).</summary>
    internal static bool IsReversed(PartialDate start, PartialDate end) => start.Earliest > end.Latest;

    private static string DisplayEnd(PartialDate? date, IntervalEndKind kind) => kind switch
    {
        IntervalEndKind.Known => date!.Value.ToDisplayString(),
        IntervalEndKind.Open => "open",
        _ => "an unknown date",
    };

    private static void AppendEnd(StringBuilder sb, PartialDate? date, IntervalEndKind kind)
    {
        if (kind == IntervalEndKind.Open)
        {
            sb.Append("..");
        }
        else
        {
            date?.AppendEdtf(sb);
        }
    }

    private static CaseDate Create(CaseDateKind kind, PartialDate? start, PartialDate? end, IntervalEndKind startKind, IntervalEndKind endKind)
    {
        CheckEnd(kind, start, startKind, nameof(start), nameof(startKind));
        CheckEnd(kind, end, endKind, nameof(end), nameof(endKind));
        if (startKind != IntervalEndKind.Known && endKind != IntervalEndKind.Known)
        {
            throw new ArgumentException("At least one end of an interval must be a known date.", nameof(startKind));
        }

        if (start is { } s && end is { } e && IsReversed(s, e))
        {
            throw new ArgumentException($"The start {s} lies after the end {e}.", nameof(start));
        }

        return new(kind, start, end, startKind, endKind);
    }

    private static void CheckEnd(CaseDateKind kind, PartialDate? date, IntervalEndKind endKind, string dateName, string kindName)
    {
        if (endKind is not (IntervalEndKind.Known or IntervalEndKind.Open or IntervalEndKind.Unknown))
        {
            throw new ArgumentOutOfRangeException(kindName, endKind, "Unknown interval end kind.");
        }

        if (kind == CaseDateKind.Within && endKind == IntervalEndKind.Unknown)
        {
            throw new ArgumentException("A Within date has Known or Open ends only.", kindName);
        }

        if ((endKind == IntervalEndKind.Known) != date.HasValue)
        {
            throw new ArgumentException(
                endKind == IntervalEndKind.Known ? "A Known end needs a date." : $"An {endKind} end must not have a date.",
                dateName);
        }

        if (date is { Precision: 0 })
        {
            throw new ArgumentException("default(PartialDate) is not a valid date.", dateName);
        }
    }
}
