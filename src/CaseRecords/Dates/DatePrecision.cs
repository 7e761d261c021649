namespace CaseRecords.Dates;

/// <summary>
/// How precisely a <see cref="PartialDate"/> is known. Larger values are more precise, so the
/// coarser of two precisions is the smaller value.
/// </summary>
public enum DatePrecision
{
    /// <summary>A century, written with two unspecified digits: <c>19XX</c> (1900-1999).</summary>
    Century = 1,

    /// <summary>A decade, written with one unspecified digit: <c>199X</c> (1990-1999).</summary>
    Decade = 2,

    /// <summary>A calendar year: <c>1991</c>.</summary>
    Year = 3,

    /// <summary>A season of a year (EDTF level 1 codes 21-24): <c>1991-21</c>.</summary>
    Season = 4,

    /// <summary>A calendar month: <c>1991-05</c>.</summary>
    Month = 5,

    /// <summary>A single day: <c>1991-05-27</c>.</summary>
    Day = 6,
}
