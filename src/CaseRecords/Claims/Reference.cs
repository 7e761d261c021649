namespace CaseRecords;

/// <summary>
/// A reference to another entity by id, with an optional role: a participant of an incident ("witness"),
/// a party to a proceeding ("plaintiff"), a forum, a reviewed proceeding.
/// </summary>
public sealed record Reference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="id">The id of the referenced entity.</param>
    /// <param name="role">The entity's role, if any (see <see cref="Roles"/> for the common ones).</param>
    /// <exception cref="ArgumentException">The id is invalid or the role is empty.</exception>
    public Reference(string id, string? role = null)
    {
        Id = id;
        Role = role;
    }

    /// <summary>The id of the referenced entity.</summary>
    public string Id { get; init => field = Guard.Id(value, nameof(Id)); }

    /// <summary>The entity's role in the referring record, if any.</summary>
    public string? Role { get; init => field = Guard.NullOrNotBlank(value, nameof(Role)); }

    /// <inheritdoc/>
    public override string ToString() => Role is null ? Id : $"{Id} ({Role})";
}
