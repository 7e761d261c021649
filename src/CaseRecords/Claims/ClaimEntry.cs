namespace CaseRecords;

/// <summary>A claim together with the entity it is about and the property (JSON name) it is listed under.</summary>
/// <param name="Subject">The entity the claim is about.</param>
/// <param name="Property">The claim list's JSON name: "names", "dates", "participants", "facts", ….</param>
/// <param name="Index">The claim's position in that list.</param>
/// <param name="Claim">The claim.</param>
public sealed record ClaimEntry(Entity Subject, string Property, int Index, Claim Claim);
