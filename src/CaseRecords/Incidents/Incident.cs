using CaseRecords.Dates;

namespace CaseRecords;

/// <summary>Something that happened: an encounter, a call, an arrest, a recording, a post.</summary>
public sealed record Incident : Entity
{
    /// <summary>Creates an incident; add its claims with an object initializer.</summary>
    /// <param name="id">The stable id, for example "may-1991-encounter".</param>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    public Incident(string id)
        : base(id)
    {
    }

    /// <summary>When it happened, as each source dates it.</summary>
    public EquatableArray<Claim<CaseDate>> Dates { get; init => field = Guard.NoNulls(value, nameof(Dates)); }

    /// <summary>Where it happened.</summary>
    public EquatableArray<Claim<string>> Places { get; init => field = Guard.NoNulls(value, nameof(Places)); }

    /// <summary>Who took part, each with a role; who was present is itself a claim.</summary>
    public EquatableArray<Claim<Reference>> Participants { get; init => field = Guard.NoNulls(value, nameof(Participants)); }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Incident;

    internal override int ClaimListCount => 5;

    /// <inheritdoc/>
    internal override (string Property, Claim[] Claims) GetClaimList(int index) => index switch
    {
        0 => (RecordFormat.Incident[IncidentField.Names], Array(Names)),
        1 => (RecordFormat.Incident[IncidentField.Dates], Array(Dates)),
        2 => (RecordFormat.Incident[IncidentField.Places], Array(Places)),
        3 => (RecordFormat.Incident[IncidentField.Participants], Array(Participants)),
        4 => (RecordFormat.Incident[IncidentField.Facts], Array(Facts)),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
