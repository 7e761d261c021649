namespace CaseRecords.Dates;

/// <summary>The shape of a <see cref="CaseDate"/>.</summary>
public enum CaseDateKind
{
    /// <summary>One date, such as <c>1991-05</c> or <c>199X~</c>.</summary>
    Moment,

    /// <summary>A continuous interval, such as <c>2005/2009</c>, <c>1991-05-27/..</c> or <c>/2009</c>.</summary>
    Period,

    /// <summary>
    /// One moment somewhere inside a span whose exact point is unknown, written <c>[1991..1994]</c>
    /// (a CaseRecords extension restricted from the EDTF level 2 "one of a set" form).
    /// </summary>
    Within,
}
