namespace CaseRecords.Dates;

/// <summary>
/// A season of the year, numbered with the EDTF level 1 codes that take the place of the month
/// (<c>2001-21</c> is spring 2001). The spans follow the northern-hemisphere meteorological
/// convention; see <see cref="PartialDate.Earliest"/>.
/// </summary>
public enum Season
{
    /// <summary>Spring: 1 March to 31 May.</summary>
    Spring = 21,

    /// <summary>Summer: 1 June to 31 August.</summary>
    Summer = 22,

    /// <summary>Autumn: 1 September to 30 November.</summary>
    Autumn = 23,

    /// <summary>Winter: 1 December of the year to the end of February of the following year.</summary>
    Winter = 24,
}
