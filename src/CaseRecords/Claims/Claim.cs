namespace CaseRecords;

/// <summary>
/// A fact as a source states it: a value with one or more citations, a rank, and the source's own wording.
/// Every descriptive fact in CaseRecords is a claim; a claim without a citation cannot be constructed.
/// </summary>
/// <remarks>This is the non-generic view of <see cref="Claim{T}"/>, for code that walks all claims.</remarks>
public abstract record Claim
{
    private protected Claim(EquatableArray<Citation> citations) => Citations = citations;

    /// <summary>The evidence: at least one citation, none null.</summary>
    /// <exception cref="ArgumentException">Set to an empty list or one with a null element.</exception>
    public EquatableArray<Citation> Citations
    {
        get;
        init
        {
            if (value.IsEmpty)
            {
                throw new ArgumentException("A claim needs at least one citation: every claim is cited.", nameof(Citations));
            }

            field = Guard.NoNulls(value, nameof(Citations));
        }
    }

    /// <summary>The claim's rank against conflicting claims. Defaults to <see cref="ClaimRank.Normal"/>.</summary>
    public ClaimRank Rank { get; init => field = Guard.Defined(value, nameof(Rank)); }

    /// <summary>
    /// The source's own words for the value (for example "the late 90s" for the decade 1990s), if they differ
    /// from the value's usual form. They should occur inside a citation's quote.
    /// </summary>
    public string? AsStated { get; init => field = Guard.NullOrNotBlank(value, nameof(AsStated)); }

    /// <summary>
    /// For a name claim, whether it is the full name, a short form or a nickname. Defaults to
    /// <see cref="NameForm.Full"/>; short forms and nicknames do not disagree with full names.
    /// </summary>
    public NameForm Form { get; init => field = Guard.Defined(value, nameof(Form)); }

    /// <summary>
    /// When the value is the curator's inference rather than what a quote states, from what it is inferred (as
    /// Wikidata's "inferred from"); <see langword="null"/> for a claim its quotes state. An inferred claim is exempt
    /// from the support checks, never counts as corroboration, and the reading API lists it.
    /// </summary>
    public string? InferredFrom { get; init => field = Guard.NullOrNotBlank(value, nameof(InferredFrom)); }

    /// <summary>Whether the claim is an inference (<see cref="InferredFrom"/> is set).</summary>
    public bool IsInferred => InferredFrom is not null;

    /// <summary>A curator's note, for example why the claim is preferred or deprecated.</summary>
    public string? Note { get; init => field = Guard.NullOrNotBlank(value, nameof(Note)); }

    /// <summary>Sensitivity markings for this claim.</summary>
    public Sensitivity Sensitivity { get; init; }

    /// <summary>The claim's value, boxed.</summary>
    public abstract object UntypedValue { get; }
}

/// <summary>A claim whose value has type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">
/// The value type: <see cref="string"/> for text, <see cref="Dates.CaseDate"/>, <see cref="Reference"/>,
/// <see cref="Fact"/>, <see cref="Quantity"/> or <see cref="Money"/>.
/// </typeparam>
public sealed record Claim<T> : Claim
    where T : notnull
{
    /// <summary>Creates a claim.</summary>
    /// <param name="value">The value the sources state.</param>
    /// <param name="citations">At least one citation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">No citation is given, a citation is null, or a text value is empty.</exception>
    public Claim(T value, EquatableArray<Citation> citations)
        : base(citations) => Value = value;

    /// <summary>Creates a claim with one citation.</summary>
    /// <param name="value">The value the source states.</param>
    /// <param name="citation">The citation.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Claim(T value, Citation citation)
        : this(value, [citation ?? throw new ArgumentNullException(nameof(citation))])
    {
    }

    /// <summary>The value the sources state.</summary>
    /// <exception cref="ArgumentException">Set to an empty text value.</exception>
    public T Value
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Value));
            if (value is string text)
            {
                Guard.NotBlank(text, nameof(Value));
            }

            field = value;
        }
    }

    /// <inheritdoc/>
    public override object UntypedValue => Value;
}
