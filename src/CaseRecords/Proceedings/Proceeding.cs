using CaseRecords.Dates;

namespace CaseRecords;

/// <summary>
/// A formal proceeding: a dismissal, an appeal, a lawsuit, a trial, an election. Proceedings form chains
/// through <see cref="Reviews"/> and <see cref="Follows"/>.
/// </summary>
public sealed record Proceeding : Entity
{
    /// <summary>Creates a proceeding; add its claims with an object initializer.</summary>
    /// <param name="id">The stable id, for example "dismissal-1991".</param>
    /// <param name="kind">What kind of proceeding it is.</param>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public Proceeding(string id, ProceedingKind kind)
        : base(id) => ProceedingKind = kind;

    /// <summary>What kind of proceeding it is (the curator's classification, not a claim).</summary>
    public ProceedingKind ProceedingKind { get; init => field = Guard.Defined(value, nameof(ProceedingKind)); }

    /// <summary>The court or body that heard or decided it (references to organizations).</summary>
    public EquatableArray<Claim<Reference>> Forums { get; init => field = Guard.NoNulls(value, nameof(Forums)); }

    /// <summary>The parties, each with a role: plaintiff, defendant, appellant, judge, witness, candidate.</summary>
    public EquatableArray<Claim<Reference>> Parties { get; init => field = Guard.NoNulls(value, nameof(Parties)); }

    /// <summary>When it was filed or began.</summary>
    public EquatableArray<Claim<CaseDate>> Filed { get; init => field = Guard.NoNulls(value, nameof(Filed)); }

    /// <summary>When it was decided or ended.</summary>
    public EquatableArray<Claim<CaseDate>> Decided { get; init => field = Guard.NoNulls(value, nameof(Decided)); }

    /// <summary>How it ended.</summary>
    public EquatableArray<Claim<string>> Outcomes { get; init => field = Guard.NoNulls(value, nameof(Outcomes)); }

    /// <summary>The incidents it concerns.</summary>
    public EquatableArray<Claim<Reference>> Concerns { get; init => field = Guard.NoNulls(value, nameof(Concerns)); }

    /// <summary>The proceedings it reviews (an appeal reviews a ruling).</summary>
    public EquatableArray<Claim<Reference>> Reviews { get; init => field = Guard.NoNulls(value, nameof(Reviews)); }

    /// <summary>The proceedings it follows without reviewing them (a lawsuit that follows a dismissal).</summary>
    public EquatableArray<Claim<Reference>> Follows { get; init => field = Guard.NoNulls(value, nameof(Follows)); }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Proceeding;

    internal override int ClaimListCount => 10;

    /// <inheritdoc/>
    internal override (string Property, Claim[] Claims) GetClaimList(int index) => index switch
    {
        0 => (RecordFormat.Proceeding[ProceedingField.Names], Array(Names)),
        1 => (RecordFormat.Proceeding[ProceedingField.Forums], Array(Forums)),
        2 => (RecordFormat.Proceeding[ProceedingField.Parties], Array(Parties)),
        3 => (RecordFormat.Proceeding[ProceedingField.Filed], Array(Filed)),
        4 => (RecordFormat.Proceeding[ProceedingField.Decided], Array(Decided)),
        5 => (RecordFormat.Proceeding[ProceedingField.Outcomes], Array(Outcomes)),
        6 => (RecordFormat.Proceeding[ProceedingField.Concerns], Array(Concerns)),
        7 => (RecordFormat.Proceeding[ProceedingField.Reviews], Array(Reviews)),
        8 => (RecordFormat.Proceeding[ProceedingField.Follows], Array(Follows)),
        9 => (RecordFormat.Proceeding[ProceedingField.Facts], Array(Facts)),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
