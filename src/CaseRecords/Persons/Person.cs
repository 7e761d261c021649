namespace CaseRecords;

/// <summary>A person named in the sources.</summary>
public sealed record Person : Entity
{
    /// <summary>Creates a person; add names and facts with an object initializer.</summary>
    /// <param name="id">The stable id, for example "john-balcerzak".</param>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    public Person(string id)
        : base(id)
    {
    }

    /// <summary>Sensitivity markings for everything about this person (for example a minor victim).</summary>
    public Sensitivity Sensitivity { get; init; }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Person;

    internal override int ClaimListCount => 2;

    /// <inheritdoc/>
    internal override (string Property, Claim[] Claims) GetClaimList(int index) => index switch
    {
        0 => (RecordFormat.Person[PersonField.Names], Array(Names)),
        1 => (RecordFormat.Person[PersonField.Facts], Array(Facts)),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
