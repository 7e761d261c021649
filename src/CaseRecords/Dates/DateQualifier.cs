namespace CaseRecords.Dates;

/// <summary>
/// EDTF level 1 qualifiers that apply to a whole date. Written after the date:
/// <c>?</c> uncertain, <c>~</c> approximate, <c>%</c> both.
/// Qualifiers never change the nominal bounds of a date.
/// </summary>
[Flags]
public enum DateQualifier
{
    /// <summary>No qualifier.</summary>
    None = 0,

    /// <summary>The date is uncertain (possibly wrong), written <c>?</c>.</summary>
    Uncertain = 1,

    /// <summary>The date is approximate ("circa"), written <c>~</c>.</summary>
    Approximate = 2,
}
