namespace CaseRecords;

/// <summary>
/// Sensitivity markings on a person or a claim that a consuming application can honour
/// (for example by withholding a name or adding a content note). Flags combine.
/// </summary>
[Flags]
public enum Sensitivity
{
    /// <summary>No marking.</summary>
    None = 0,

    /// <summary>Concerns a person who was a minor at the time.</summary>
    Minor = 1,

    /// <summary>Concerns a victim of a crime.</summary>
    Victim = 2,

    /// <summary>Describes violence, including sexual violence, in detail.</summary>
    Violence = 4,

    /// <summary>Concerns health, sexuality or other private life.</summary>
    PrivateLife = 8,
}
