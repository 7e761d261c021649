namespace CaseRecords;

/// <summary>
/// What persons, organizations, incidents and proceedings have in common: a stable id, names and facts,
/// each name and fact a cited claim.
/// </summary>
public abstract record Entity
{
    private protected Entity(string id) => Id = id;

    /// <summary>The stable, human-readable id, unique in a dataset (see <see cref="EntityIds"/>).</summary>
    /// <exception cref="ArgumentException">Set to an invalid id.</exception>
    public string Id { get; init => field = Guard.Id(value, nameof(Id)); }

    /// <summary>
    /// The curator's display label ("Glenda Cleveland's calls to the police"), uncited as Wikidata's labels are; names
    /// the sources state belong in <see cref="Names"/>. Null when the entity has none.
    /// </summary>
    public string? Label { get; init => field = Guard.NullOrNotBlank(value, nameof(Label)); }

    /// <summary>The names the sources use, each spelling a claim of its own.</summary>
    public EquatableArray<Claim<string>> Names { get; init => field = Guard.NoNulls(value, nameof(Names)); }

    /// <summary>Other facts the sources state about the entity.</summary>
    public EquatableArray<Claim<Fact>> Facts { get; init => field = Guard.NoNulls(value, nameof(Facts)); }

    /// <summary>What kind of entity this is.</summary>
    public abstract EntityKind Kind { get; }

    /// <summary>Every claim of the entity, in format order (the order the JSON format writes them).</summary>
    public IEnumerable<Claim> AllClaims => ClaimLists.SelectMany(list => list.Claims);

    /// <summary>The claim lists with their JSON property names, in format order.</summary>
    internal IEnumerable<(string Property, IReadOnlyList<Claim> Claims)> ClaimLists
    {
        get
        {
            for (var i = 0; i < ClaimListCount; i++)
            {
                yield return GetClaimList(i);
            }
        }
    }

    /// <summary>How many claim lists the entity has (for loops that must not allocate: validation runs them per entity).</summary>
    internal abstract int ClaimListCount { get; }

    /// <summary>The claim list at <paramref name="index"/> (0 to <see cref="ClaimListCount"/> - 1), in format order, as an array of the base type.</summary>
    /// <param name="index">The list's index.</param>
    /// <returns>The list's JSON property name and its claims (the model's own array, seen through array covariance: do not write to it).</returns>
    internal abstract (string Property, Claim[] Claims) GetClaimList(int index);

    /// <summary>The array behind a claim list, without a copy.</summary>
    /// <typeparam name="T">The claims' value type.</typeparam>
    /// <param name="claims">The list.</param>
    /// <returns>Its array.</returns>
    private protected static Claim[] Array<T>(EquatableArray<Claim<T>> claims)
        where T : notnull =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(claims.AsImmutableArray())!;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Id}";
}

/// <summary>The kinds of <see cref="Entity"/>.</summary>
public enum EntityKind
{
    /// <summary>A <see cref="CaseRecords.Person"/>.</summary>
    Person,

    /// <summary>An <see cref="CaseRecords.Organization"/>.</summary>
    Organization,

    /// <summary>An <see cref="CaseRecords.Incident"/>.</summary>
    Incident,

    /// <summary>A <see cref="CaseRecords.Proceeding"/>.</summary>
    Proceeding,
}
