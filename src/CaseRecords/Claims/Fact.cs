using CaseRecords.Dates;

namespace CaseRecords;

/// <summary>
/// A descriptive fact about an entity beyond its names and structural links: an occupation, a residence,
/// an age, a position held, something said. The <see cref="Property"/> says what kind of fact it is
/// (see <see cref="FactProperties"/>); the other members hold its parts, at least one of them set.
/// </summary>
/// <example>
/// "president of the Milwaukee Police Association from 2005 to 2009" is
/// <c>new Fact("position") { Text = "president", Related = new Reference("milwaukee-police-association"), Date = CaseDate.Parse("2005/2009").GetValueOrThrow() }</c>.
/// </example>
public sealed record Fact
{
    /// <summary>Creates a fact; set at least one of its parts with an object initializer.</summary>
    /// <param name="property">What kind of fact this is, for example "occupation" (see <see cref="FactProperties"/>).</param>
    /// <exception cref="ArgumentException">The property is empty.</exception>
    public Fact(string property) => Property = property;

    /// <summary>What kind of fact this is, for example "occupation" or "age".</summary>
    public string Property { get; init => field = Guard.NotBlank(value, nameof(Property)); }

    /// <summary>The fact as text, for example "police officer" or the words someone said.</summary>
    public string? Text { get; init => field = Guard.NullOrNotBlank(value, nameof(Text)); }

    /// <summary>When the fact held or happened.</summary>
    public CaseDate? Date { get; init; }

    /// <summary>Where the fact held or happened.</summary>
    public string? Place { get; init => field = Guard.NullOrNotBlank(value, nameof(Place)); }

    /// <summary>A number with a unit: an age, a count, votes.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>An amount of money.</summary>
    public Money? Money { get; init; }

    /// <summary>Another entity the fact is about, with its role: the employer, the speaker, the candidate.</summary>
    public Reference? Related { get; init; }

    /// <summary>The fact in words, for example "position: president 2005 to 2009 → milwaukee-police-association".</summary>
    /// <returns>The property followed by each part that is set.</returns>
    public override string ToString() => string.Join(" ", new[]
    {
        Property + ":",
        Text,
        Date?.ToDisplayString(),
        Place is null ? null : "at " + Place,
        Quantity?.ToString(),
        Money?.ToString(),
        Related is null ? null : "→ " + Related,
    }.Where(part => part is not null));

    /// <summary>Whether at least one part besides <see cref="Property"/> is set, as a loaded fact must have.</summary>
    public bool HasValue => Text is not null || Date is not null || Place is not null || Quantity is not null || Money is not null || Related is not null;
}
