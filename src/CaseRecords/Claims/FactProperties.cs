namespace CaseRecords;

/// <summary>
/// Common names for <see cref="Fact.Property"/>. Properties are open text; these constants keep the usual
/// ones consistent, and tools (conflict detection, the birth-date check) rely on the ones marked so.
/// </summary>
public static class FactProperties
{
    /// <summary>A birth; <see cref="Fact.Date"/> is the birth date (used to check events dated before a birth).</summary>
    public const string Birth = "birth";

    /// <summary>A death; <see cref="Fact.Date"/> and <see cref="Fact.Text"/> describe it.</summary>
    public const string Death = "death";

    /// <summary>An age, in <see cref="Fact.Quantity"/>, at the time in <see cref="Fact.Date"/> or of the event in <see cref="Fact.Related"/>.</summary>
    public const string Age = "age";

    /// <summary>An occupation or trade.</summary>
    public const string Occupation = "occupation";

    /// <summary>A position held in an organization (<see cref="Fact.Related"/>) over a period (<see cref="Fact.Date"/>).</summary>
    public const string Position = "position";

    /// <summary>Where the entity lives or is based.</summary>
    public const string Residence = "residence";

    /// <summary>A nationality or national origin.</summary>
    public const string Nationality = "nationality";

    /// <summary>Race or ethnicity as the source states it.</summary>
    public const string Ethnicity = "ethnicity";

    /// <summary>A family or personal relationship to <see cref="Fact.Related"/>.</summary>
    public const string Relationship = "relationship";

    /// <summary>Words the entity said or wrote, in <see cref="Fact.Text"/>.</summary>
    public const string Statement = "statement";

    /// <summary>A general description.</summary>
    public const string Description = "description";

    /// <summary>A length of time, in <see cref="Fact.Quantity"/> with a unit of time ("30 days" of suspension, "two years" of probation).</summary>
    public const string Duration = "duration";

    /// <summary>A count of people or things, in <see cref="Fact.Quantity"/>.</summary>
    public const string Count = "count";
}
