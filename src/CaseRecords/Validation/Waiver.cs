namespace CaseRecords.Validation;

/// <summary>
/// Suppresses one rule for one entity (or one claim of it) with a recorded reason. A waived finding moves from
/// <see cref="ValidationReport.Diagnostics"/> to <see cref="ValidationReport.Waived"/>: counted, never hidden.
/// </summary>
public sealed record Waiver
{
    /// <summary>Creates a waiver.</summary>
    /// <param name="code">The rule's code, for example "CR2015".</param>
    /// <param name="entityId">The id of the entity or source the finding belongs to.</param>
    /// <param name="reason">Why the finding is accepted.</param>
    /// <exception cref="ArgumentException">An argument is empty or the id invalid.</exception>
    public Waiver(string code, string entityId, string reason)
    {
        Code = Guard.NotBlank(code, nameof(code));
        EntityId = Guard.Id(entityId, nameof(entityId));
        Reason = Guard.NotBlank(reason, nameof(reason));
    }

    /// <summary>The rule's code.</summary>
    public string Code { get; }

    /// <summary>The id of the entity or source the finding belongs to.</summary>
    public string EntityId { get; }

    /// <summary>Why the finding is accepted.</summary>
    public string Reason { get; }

    /// <summary>
    /// Narrows the waiver to findings at or below this JSON Pointer (for example one claim,
    /// "/persons/0/names/2"); <see langword="null"/> waives the rule for the whole entity.
    /// </summary>
    public string? JsonPointer { get; init; }

    internal bool Matches(Diagnostics.Diagnostic diagnostic) =>
        string.Equals(diagnostic.Code, Code, StringComparison.Ordinal)
        && string.Equals(diagnostic.EntityId, EntityId, StringComparison.Ordinal)
        && (JsonPointer is null || (diagnostic.JsonPointer is { } pointer
            && (pointer == JsonPointer || pointer.StartsWith(JsonPointer + "/", StringComparison.Ordinal))));
}
