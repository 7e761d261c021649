namespace CaseRecords;

/// <summary>An organization named in the sources: a police department, a union, a court, a news outlet.</summary>
public sealed record Organization : Entity
{
    /// <summary>Creates an organization; add names and facts with an object initializer.</summary>
    /// <param name="id">The stable id, for example "milwaukee-police-department".</param>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    public Organization(string id)
        : base(id)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Organization;

    internal override int ClaimListCount => 2;

    /// <inheritdoc/>
    internal override (string Property, Claim[] Claims) GetClaimList(int index) => index switch
    {
        0 => (RecordFormat.Organization[OrganizationField.Names], Array(Names)),
        1 => (RecordFormat.Organization[OrganizationField.Facts], Array(Facts)),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
