namespace CaseRecords;

/// <summary>The kinds of <see cref="Proceeding"/>.</summary>
public enum ProceedingKind
{
    /// <summary>Anything not listed here.</summary>
    Other = 0,

    /// <summary>A suspension, probation or other discipline short of dismissal.</summary>
    Discipline,

    /// <summary>A dismissal from employment or office.</summary>
    Dismissal,

    /// <summary>An internal or administrative investigation.</summary>
    Investigation,

    /// <summary>An appeal to a court or a reviewing body.</summary>
    Appeal,

    /// <summary>An appeal to a federal appeals court.</summary>
    FederalAppeal,

    /// <summary>A civil lawsuit.</summary>
    CivilLawsuit,

    /// <summary>A criminal trial.</summary>
    CriminalTrial,

    /// <summary>Testimony given in another proceeding.</summary>
    Testimony,

    /// <summary>An election, for example to a union office.</summary>
    Election,
}
