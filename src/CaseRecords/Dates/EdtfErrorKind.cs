namespace CaseRecords.Dates;

/// <summary>Why an EDTF string could not be parsed; see <see cref="EdtfParseResult.ErrorKind"/>.</summary>
public enum EdtfErrorKind
{
    /// <summary>The text is not well-formed EDTF (wrong digit count, stray or whitespace characters, ...).</summary>
    Syntax,

    /// <summary>Well-formed but not a calendar date: <c>1991-02-30</c>, <c>1900-02-29</c>, month <c>13</c>.</summary>
    InvalidDate,

    /// <summary>The year (or the whole span of a decade, century or winter) is outside -9998..9999.</summary>
    OutOfRange,

    /// <summary>An interval whose start lies after its end, e.g. <c>2009/2005</c>.</summary>
    ReversedInterval,

    /// <summary>EDTF level 2 syntax (other than the <c>[a..b]</c> range extension), which is not supported.</summary>
    UnsupportedLevel2,

    /// <summary>A non-ASCII character, such as an en dash (U+2013) or a fullwidth digit.</summary>
    NotAscii,

    /// <summary>The text is empty.</summary>
    Empty,
}
