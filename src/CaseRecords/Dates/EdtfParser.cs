using System.Globalization;
using NodaTime;

namespace CaseRecords.Dates;

/// <summary>
/// Hand-written single-pass EDTF parser (levels 0 and 1 plus the <c>[a..b]</c> extension).
/// Linear in the input length and never throws.
/// </summary>
internal static class EdtfParser
{
    /// <summary>Longer inputs are rejected up front; the longest canonical form is far shorter.</summary>
    internal const int MaxLength = 64;

    private const string Level2 = "EDTF level 2, which CaseRecords does not support";

    private readonly record struct Error(EdtfErrorKind Kind, int Index, string Message);

    public static EdtfParseResult Parse(string? text)
    {
        try
        {
            return ParseCore(text);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // Defensive only: every path validates before constructing values.
            return EdtfParseResult.ForFailure(EdtfErrorKind.Syntax, 0, "The text is not a valid EDTF date: " + ex.Message);
        }
    }

    private static EdtfParseResult ParseCore(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Fail(EdtfErrorKind.Empty, 0,
                "The date is empty. Write an EDTF date such as 1991-05-27, 1991-05 or 1991, or an interval such as 1991/1994.");
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007F')
            {
                return Fail(EdtfErrorKind.NotAscii, i, NotAsciiMessage(text, i));
            }
        }

        if (text.Length > MaxLength)
        {
            return Fail(EdtfErrorKind.Syntax, MaxLength,
                $"The text is {text.Length} characters long; an EDTF date has at most {MaxLength}. Check that only the date was supplied.");
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f')
            {
                string where = i == 0 ? "Leading whitespace"
                    : text.AsSpan(i).Trim(" \t\r\n\v\f").IsEmpty ? "Trailing whitespace"
                    : "Whitespace";
                return Fail(EdtfErrorKind.Syntax, i,
                    $"{where} at index {i} is not allowed; EDTF dates contain no spaces. Remove it (text is not trimmed automatically).");
            }

            if (char.IsControl(c))
            {
                return Fail(EdtfErrorKind.Syntax, i, $"Control character U+{(int)c:X4} at index {i} is not allowed; remove it.");
            }
        }

        Error? error;
        CaseDate? result;
        if (text[0] == '{')
        {
            error = new(EdtfErrorKind.UnsupportedLevel2, 0,
                $"'{{...}}' (all members of a set) is {Level2}. Use an interval such as 1667/1668 instead.");
            result = null;
        }
        else if (text[0] == '[')
        {
            result = ParseWithin(text, out error);
        }
        else
        {
            result = ParseMomentOrPeriod(text, out error);
        }

        return result is not null
            ? EdtfParseResult.ForSuccess(result)
            : Fail(error!.Value.Kind, error.Value.Index, error.Value.Message);
    }

    private static CaseDate? ParseMomentOrPeriod(string s, out Error? error)
    {
        int slash = s.IndexOf('/');
        if (slash < 0)
        {
            if (s.StartsWith("..", StringComparison.Ordinal) || s.EndsWith("..", StringComparison.Ordinal))
            {
                error = new(EdtfErrorKind.Syntax, s.IndexOf("..", StringComparison.Ordinal),
                    "'..' (open end) needs an interval: write 1985/.. or ../1985, or [1985..] / [..1985] for a moment within an open range.");
                return null;
            }

            return TryParseDate(s, 0, s.Length, out var date, out error) ? CaseDate.Moment(date) : null;
        }

        int second = s.IndexOf('/', slash + 1);
        if (second >= 0)
        {
            error = new(EdtfErrorKind.Syntax, second, $"Unexpected second '/' at index {second}; an interval has exactly one '/' between its start and end.");
            return null;
        }

        if (!TryParseEnd(s, 0, slash, out var start, out var startKind, out error)
            || !TryParseEnd(s, slash + 1, s.Length, out var end, out var endKind, out error))
        {
            return null;
        }

        return Build(CaseDateKind.Period, s, start, end, startKind, endKind, slash + 1, out error);
    }

    private static CaseDate? ParseWithin(string s, out Error? error)
    {
        int close = s.IndexOf(']');
        if (close < 0)
        {
            error = new(EdtfErrorKind.Syntax, s.Length, "Missing closing ']'; a range is written [1991..1994].");
            return null;
        }

        if (close != s.Length - 1)
        {
            error = new(EdtfErrorKind.Syntax, close + 1, $"Unexpected text after ']' at index {close + 1}; nothing may follow the closing bracket.");
            return null;
        }

        if (close == 1)
        {
            error = new(EdtfErrorKind.Syntax, 1, "Empty brackets; write a range such as [1991..1994].");
            return null;
        }

        int comma = s.IndexOf(',', 1, close - 1);
        if (comma >= 0)
        {
            error = new(EdtfErrorKind.UnsupportedLevel2, comma,
                $"A set of several dates ([a,b]) is {Level2}. Only a single range [a..b] is accepted, e.g. [1667..1668].");
            return null;
        }

        int dots = s.IndexOf("..", 1, close - 1, StringComparison.Ordinal);
        if (dots < 0)
        {
            if (!TryParseDate(s, 1, close, out _, out error))
            {
                return null;
            }

            error = new(EdtfErrorKind.UnsupportedLevel2, 0,
                $"A set with a single date ([1991]) is {Level2}. Write the date without brackets, or a range such as [1991..1994].");
            return null;
        }

        if (!TryParseWithinEnd(s, 1, dots, out var start, out var startKind, out error)
            || !TryParseWithinEnd(s, dots + 2, close, out var end, out var endKind, out error))
        {
            return null;
        }

        if (startKind == IntervalEndKind.Open && endKind == IntervalEndKind.Open)
        {
            error = new(EdtfErrorKind.Syntax, 1, "'[..]' has no date; at least one end of the range must be a date, e.g. [..1994].");
            return null;
        }

        return Build(CaseDateKind.Within, s, start, end, startKind, endKind, dots + 2, out error);
    }

    private static bool TryParseWithinEnd(string s, int from, int to, out PartialDate? date, out IntervalEndKind kind, out Error? error)
    {
        date = null;
        kind = IntervalEndKind.Open;
        error = null;
        if (from == to)
        {
            return true;
        }

        kind = IntervalEndKind.Known;
        bool ok = TryParseDate(s, from, to, out var d, out error);
        date = d;
        return ok;
    }

    private static bool TryParseEnd(string s, int from, int to, out PartialDate? date, out IntervalEndKind kind, out Error? error)
    {
        date = null;
        error = null;
        if (from == to)
        {
            kind = IntervalEndKind.Unknown;
            return true;
        }

        kind = IntervalEndKind.Open;
        if (s[from] == '.')
        {
            if (to - from == 2 && s[from + 1] == '.')
            {
                return true;
            }

            error = new(EdtfErrorKind.Syntax, from,
                $"Invalid open end at index {from}: an open end is exactly '..' with nothing else, e.g. 1985/.. or ../1985.");
            return false;
        }

        kind = IntervalEndKind.Known;
        bool ok = TryParseDate(s, from, to, out var d, out error);
        date = d;
        return ok;
    }

    private static CaseDate? Build(CaseDateKind kind, string s, PartialDate? start, PartialDate? end,
        IntervalEndKind startKind, IntervalEndKind endKind, int endIndex, out Error? error)
    {
        error = null;
        if (startKind != IntervalEndKind.Known && endKind != IntervalEndKind.Known)
        {
            error = new(EdtfErrorKind.Syntax, 0,
                $"'{s}' has no known date; at least one end of an interval must be a date, e.g. 1985/.. or /1985.");
            return null;
        }

        if (start is { } a && end is { } b && CaseDate.IsReversed(a, b))
        {
            string fixedText = kind == CaseDateKind.Within ? $"[{b}..{a}]" : $"{b}/{a}";
            error = new(EdtfErrorKind.ReversedInterval, endIndex,
                $"The interval ends before it starts: its end {b} (index {endIndex}) is earlier than its start {a}. Put the earlier date first, e.g. {fixedText}.");
            return null;
        }

        return kind == CaseDateKind.Within
            ? CaseDate.Within(start, end, startKind, endKind)
            : CaseDate.Period(start, end, startKind, endKind);
    }

    /// <summary>Parses one date occupying exactly s[from..to).</summary>
    private static bool TryParseDate(string s, int from, int to, out PartialDate date, out Error? error)
    {
        date = default;
        int i = from;
        if (i >= to)
        {
            return Fail(out error, EdtfErrorKind.Syntax, i, $"Expected a date at index {i}, such as 1991-05-27.");
        }

        char c = s[i];
        if (IsQualifier(c))
        {
            return Fail(out error, EdtfErrorKind.UnsupportedLevel2, i,
                $"A qualifier ('{c}') before a date or date part is {Level2}. Put one qualifier at the end of the whole date, e.g. 2004-06-11{c}.");
        }

        if (c == 'Y')
        {
            return TryParseLongYear(s, i, to, out date, out error);
        }

        bool negative = c == '-';
        if (negative)
        {
            i++;
        }

        // Year: exactly four characters, digits with optionally the last one or two replaced by X.
        int yearStart = i;
        if (!TryReadField(s, ref i, to, 4, "year", "four digits, e.g. 1991 (pad small years with zeros: 0800)", out int yearValue, out int xMask, out error))
        {
            return false;
        }

        DatePrecision precision = xMask switch
        {
            0b0000 => DatePrecision.Year,
            0b0001 => DatePrecision.Decade,
            0b0011 => DatePrecision.Century,
            _ => 0,
        };
        if (precision == 0)
        {
            return Fail(out error, EdtfErrorKind.UnsupportedLevel2, yearStart,
                $"Unspecified year digits other than the last one (199X, a decade) or two (19XX, a century) are {Level2}.");
        }

        if (negative && precision != DatePrecision.Year)
        {
            return Fail(out error, EdtfErrorKind.OutOfRange, from,
                "Decades and centuries (X digits) are supported only for year 0000 and later.");
        }

        if (negative && yearValue == 0)
        {
            return Fail(out error, EdtfErrorKind.InvalidDate, from, "-0000 is not a valid year; year zero is written 0000.");
        }

        int year = negative ? -yearValue : yearValue;
        if (!PartialDate.InRange(year, year))
        {
            return Fail(out error, EdtfErrorKind.OutOfRange, from,
                $"Year {year} is outside the supported range {CalendarSystem.Iso.MinYear}..{CalendarSystem.Iso.MaxYear}.");
        }

        if (i < to && (s[i] == 'S' || s[i] == 'E'))
        {
            return Fail(out error, EdtfErrorKind.UnsupportedLevel2, i, SignificantOrExponent(s[i]));
        }

        int? month = null, day = null;
        Season? season = null;
        DatePrecision notation = precision;
        if (!TryReadQualifier(s, ref i, to, out var qualifier, out error))
        {
            return false;
        }

        if (i < to)
        {
            if (s[i] != '-')
            {
                return Unexpected(s, i, "a '-' before the month, a qualifier (? ~ %) or the end of the date", out error);
            }

            if (precision != DatePrecision.Year)
            {
                return Fail(out error, EdtfErrorKind.UnsupportedLevel2, yearStart,
                    $"Unspecified year digits followed by a month or day (e.g. 156X-12-25) are {Level2}.");
            }

            i++;
            int monthStart = i;
            if (!TryReadField(s, ref i, to, 2, "month", "two digits 01-12 (or 21-24 for a season), e.g. 1991-05", out int mm, out int monthX, out error))
            {
                return false;
            }

            if (monthX == 0b11)
            {
                notation = DatePrecision.Month;
            }
            else if (monthX != 0)
            {
                return Fail(out error, EdtfErrorKind.UnsupportedLevel2, monthStart, $"A partly unspecified month (e.g. 1X) is {Level2}; use XX for an unknown month.");
            }
            else if (mm is >= 21 and <= 24)
            {
                season = (Season)mm;
                precision = notation = DatePrecision.Season;
            }
            else if (mm is >= 25 and <= 41)
            {
                return Fail(out error, EdtfErrorKind.UnsupportedLevel2, monthStart,
                    $"Season code {mm:D2} is {Level2}. Use 21 (spring), 22 (summer), 23 (autumn) or 24 (winter).");
            }
            else if (mm is < 1 or > 12)
            {
                return Fail(out error, EdtfErrorKind.InvalidDate, monthStart,
                    $"Month {mm:D2} does not exist; months are 01-12 (21-24 denote seasons).");
            }
            else
            {
                month = mm;
                precision = notation = DatePrecision.Month;
            }

            if (season is { } se && !PartialDate.InRange(year, se == Season.Winter ? year + 1 : year))
            {
                return Fail(out error, EdtfErrorKind.OutOfRange, monthStart,
                    $"Winter {year} ends in {year + 1}, outside the supported range {CalendarSystem.Iso.MinYear}..{CalendarSystem.Iso.MaxYear}.");
            }

            if (!TryReadQualifier(s, ref i, to, out qualifier, out error))
            {
                return false;
            }

            if (i < to)
            {
                if (s[i] != '-')
                {
                    return Unexpected(s, i, "a '-' before the day, a qualifier (? ~ %) or the end of the date", out error);
                }

                if (season is not null)
                {
                    return Fail(out error, EdtfErrorKind.Syntax, i, "A season (YYYY-21 to YYYY-24) cannot be followed by a day.");
                }

                i++;
                int dayStart = i;
                if (!TryReadField(s, ref i, to, 2, "day", "two digits, e.g. 1991-05-07", out int dd, out int dayX, out error))
                {
                    return false;
                }

                if (dayX == 0b11)
                {
                    notation = DatePrecision.Day;
                }
                else if (dayX != 0)
                {
                    return Fail(out error, EdtfErrorKind.UnsupportedLevel2, dayStart, $"A partly unspecified day (e.g. 1X) is {Level2}; use XX for an unknown day.");
                }
                else if (month is null)
                {
                    return Fail(out error, EdtfErrorKind.UnsupportedLevel2, monthStart,
                        $"An unspecified month with a known day (e.g. 1985-XX-04) is {Level2}.");
                }
                else
                {
                    int days = PartialDate.DaysInMonth(year, month.Value);
                    if (dd < 1 || dd > days)
                    {
                        string why = dd is >= 1 and <= 31
                            ? $"{FormatYear(year)}-{month:D2} has only {days} days" + (month == 2 && dd == 29 ? $" ({FormatYear(year)} is not a leap year)" : "")
                            : $"day {dd:D2} does not exist";
                        return Fail(out error, EdtfErrorKind.InvalidDate, dayStart, $"Invalid date: {why}.");
                    }

                    day = dd;
                    precision = notation = DatePrecision.Day;
                }

                if (!TryReadQualifier(s, ref i, to, out qualifier, out error))
                {
                    return false;
                }

                if (i < to)
                {
                    return Unexpected(s, i, "a qualifier (? ~ %) or the end of the date", out error);
                }
            }
        }

        date = PartialDate.CreateUnchecked(year, month, day, season, precision, qualifier, notation);
        return true;
    }

    /// <summary>EDTF level 1 long year: 'Y', optional '-', digits. Accepted when within range; the date is a year.</summary>
    private static bool TryParseLongYear(string s, int from, int to, out PartialDate date, out Error? error)
    {
        date = default;
        int i = from + 1;
        bool negative = i < to && s[i] == '-';
        if (negative)
        {
            i++;
        }

        int digitsStart = i;
        long value = 0;
        while (i < to && char.IsAsciiDigit(s[i]))
        {
            value = Math.Min(value * 10 + (s[i] - '0'), 1_000_000_000L);
            i++;
        }

        if (i == digitsStart)
        {
            return Unexpected(s, i, "digits after 'Y', e.g. Y17000 or Y-17000", out error);
        }

        if (i < to && (s[i] == 'S' || s[i] == 'E'))
        {
            return Fail(out error, EdtfErrorKind.UnsupportedLevel2, i, SignificantOrExponent(s[i]));
        }

        if (!TryReadQualifier(s, ref i, to, out var qualifier, out error))
        {
            return false;
        }

        if (i < to)
        {
            return s[i] == '-'
                ? Fail(out error, EdtfErrorKind.Syntax, i, "A 'Y'-prefixed year cannot have a month or day.")
                : Unexpected(s, i, "a qualifier (? ~ %) or the end of the date", out error);
        }

        if (negative && value == 0)
        {
            return Fail(out error, EdtfErrorKind.InvalidDate, from, "Y-0 is not a valid year; year zero is written 0000.");
        }

        long year = negative ? -value : value;
        if (year < CalendarSystem.Iso.MinYear || year > CalendarSystem.Iso.MaxYear)
        {
            return Fail(out error, EdtfErrorKind.OutOfRange, from,
                $"The year at index {from} is outside the supported range {CalendarSystem.Iso.MinYear}..{CalendarSystem.Iso.MaxYear}.");
        }

        date = PartialDate.CreateUnchecked((int)year, null, null, null, DatePrecision.Year, qualifier, DatePrecision.Year);
        return true;
    }

    /// <summary>
    /// Reads a fixed-width field of digits and X. <paramref name="xMask"/> has bit k set when the
    /// k-th character from the right is X (X counts as 0 in <paramref name="value"/>).
    /// </summary>
    private static bool TryReadField(string s, ref int i, int to, int width, string name, string expected,
        out int value, out int xMask, out Error? error)
    {
        value = 0;
        xMask = 0;
        int start = i;
        while (i < to && (char.IsAsciiDigit(s[i]) || s[i] == 'X'))
        {
            if (i - start == width)
            {
                string extra = name == "year" && !s.AsSpan(start, i - start + 1).Contains('X')
                    ? " For years beyond 9999 use the 'Y' prefix (e.g. Y17000); this library supports -9998..9999."
                    : "";
                return Fail(out error, EdtfErrorKind.Syntax, i, $"Too many digits in the {name} at index {i}: expected {expected}.{extra}");
            }

            value = value * 10 + (s[i] == 'X' ? 0 : s[i] - '0');
            xMask = (xMask << 1) | (s[i] == 'X' ? 1 : 0);
            i++;
        }

        if (i - start < width)
        {
            if (i < to && (s[i] == 'x' || s[i] == 'u'))
            {
                return Fail(out error, EdtfErrorKind.Syntax, i,
                    $"'{s[i]}' at index {i} is not an EDTF unspecified digit; use an uppercase 'X' (e.g. 199X).");
            }

            return i - start == 0
                ? Unexpected(s, i, $"the {name}: {expected}", out error)
                : Fail(out error, EdtfErrorKind.Syntax, start, $"The {name} at index {start} has {i - start} digit(s); expected {expected}.");
        }

        error = null;
        return true;
    }

    private static bool TryReadQualifier(string s, ref int i, int to, out DateQualifier qualifier, out Error? error)
    {
        qualifier = DateQualifier.None;
        error = null;
        if (i >= to || !IsQualifier(s[i]))
        {
            return true;
        }

        char q = s[i];
        qualifier = q switch
        {
            '?' => DateQualifier.Uncertain,
            '~' => DateQualifier.Approximate,
            _ => DateQualifier.Uncertain | DateQualifier.Approximate,
        };
        i++;
        if (i >= to)
        {
            return true;
        }

        if (s[i] == '-')
        {
            return Fail(out error, EdtfErrorKind.UnsupportedLevel2, i - 1,
                $"A qualifier on part of a date (e.g. 2004-06~-11) is {Level2}. Put one qualifier at the end of the whole date, e.g. 2004-06-11{q}.");
        }

        if (IsQualifier(s[i]))
        {
            return Fail(out error, EdtfErrorKind.Syntax, i, "Only one qualifier is allowed; use '%' for uncertain and approximate together.");
        }

        return Unexpected(s, i, "the end of the date after the qualifier", out error);
    }

    private static bool Unexpected(string s, int i, string expected, out Error? error)
    {
        if (i >= s.Length)
        {
            return Fail(out error, EdtfErrorKind.Syntax, i, $"The text ends too early: expected {expected}.");
        }

        char c = s[i];
        string hint = c switch
        {
            'T' or ':' => " Times of day are not supported; CaseRecords dates are calendar dates only.",
            '.' => " '..' (an open end) may only stand alone as an interval end (1985/..) or inside [a..b].",
            ',' => " Lists of dates are EDTF level 2 and not supported.",
            'x' or 'u' => " Unspecified digits are written with an uppercase 'X' (e.g. 199X).",
            _ => "",
        };
        return Fail(out error, EdtfErrorKind.Syntax, i, $"Unexpected character '{c}' at index {i}: expected {expected}.{hint}");
    }

    private static string SignificantOrExponent(char c) => c == 'S'
        ? $"Significant digits (e.g. 1950S2) are {Level2}."
        : $"Exponential years (e.g. Y-17E7) are {Level2}.";

    private static bool IsQualifier(char c) => c is '?' or '~' or '%';

    private static string FormatYear(int year) =>
        (year < 0 ? "-" : "") + Math.Abs(year).ToString("D4", CultureInfo.InvariantCulture);

    private static bool Fail(out Error? error, EdtfErrorKind kind, int index, string message)
    {
        error = new Error(kind, index, message);
        return false;
    }

    private static EdtfParseResult Fail(EdtfErrorKind kind, int index, string message) =>
        EdtfParseResult.ForFailure(kind, index, message);

    private static string NotAsciiMessage(string s, int i)
    {
        const string Dash = "Use the ASCII hyphen-minus '-' between year, month and day, or the ASCII slash '/' between the start and end of an interval (e.g. 2005/2009).";
        const string Slash = "Use the ASCII slash '/' between the start and end of an interval.";
        char c = s[i];
        (string? name, string fix) = c switch
        {
            '\u2010' => ("HYPHEN", Dash),
            '\u2011' => ("NON-BREAKING HYPHEN", Dash),
            '\u2012' => ("FIGURE DASH", Dash),
            '\u2013' => ("EN DASH", Dash),
            '\u2014' => ("EM DASH", Dash),
            '\u2015' => ("HORIZONTAL BAR", Dash),
            '\u2212' => ("MINUS SIGN", Dash),
            '\uFE63' => ("SMALL HYPHEN-MINUS", Dash),
            '\uFF0D' => ("FULLWIDTH HYPHEN-MINUS", Dash),
            '\u2044' => ("FRACTION SLASH", Slash),
            '\u2215' => ("DIVISION SLASH", Slash),
            '\uFF0F' => ("FULLWIDTH SOLIDUS", Slash),
            '\u2026' => ("HORIZONTAL ELLIPSIS", "Use two ASCII full stops '..' for an open end."),
            '\u00A0' or '\u2007' or '\u202F' or '\u3000' => ("SPACE", "Remove it; EDTF dates contain no spaces."),
            >= '\uFF10' and <= '\uFF19' => ("FULLWIDTH DIGIT " + (char)('0' + c - '\uFF10'), $"Use the ASCII digit '{(char)('0' + c - '\uFF10')}'."),
            _ => (null, "EDTF uses only ASCII: digits, '-' between year, month and day, '/' between the ends of an interval, and ? ~ % X Y .. [ ]."),
        };
        string shown = char.IsSurrogate(c) || char.IsControl(c) ? "" : $"'{c}' ";
        return $"Character {shown}(U+{(int)c:X4}{(name is null ? "" : " " + name)}) at index {i} is not ASCII. {fix}";
    }
}
