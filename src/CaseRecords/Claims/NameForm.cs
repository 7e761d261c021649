namespace CaseRecords;

/// <summary>
/// What form of a name a name claim records. A short form or a nickname does not disagree with the full name it
/// stands for ("Tom" for "Thomas Reed", "AP" for "AP News"); two full names that differ (two spellings) do.
/// </summary>
/// <remarks>Only claims in a <c>names</c> list have a form; the validator reports it elsewhere (CR2025).</remarks>
public enum NameForm
{
    /// <summary>A full name (the default).</summary>
    Full = 0,

    /// <summary>A short form: a surname alone, an acronym, a name with parts left out.</summary>
    Short = 1,

    /// <summary>A nickname or familiar form.</summary>
    Nickname = 2,
}
