namespace CaseRecords;

/// <summary>
/// How a claim stands against other claims about the same thing, as in Wikidata's statement ranks.
/// Conflicting claims are kept side by side; the rank records an explicit, cited preference.
/// </summary>
public enum ClaimRank
{
    /// <summary>No preference is stated (the default).</summary>
    Normal = 0,

    /// <summary>Preferred over conflicting claims; the claim's note should say why.</summary>
    Preferred = 1,

    /// <summary>Kept for the record but known to be wrong or superseded; the note should say why.</summary>
    Deprecated = 2,
}
