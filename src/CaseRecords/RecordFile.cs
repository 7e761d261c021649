namespace CaseRecords;

/// <summary>
/// One record file of a dataset: the sources and entities it holds, in file order. A dataset may spread its
/// records over several files; writing a dataset writes each file back where it came from.
/// </summary>
public sealed record RecordFile
{
    /// <summary>The format version this library writes. It also reads version 1.0, which 1.1 extends.</summary>
    public const string CurrentFormatVersion = "1.1";

    /// <summary>Creates an empty record file; add records with an object initializer.</summary>
    /// <param name="path">The file's path relative to the dataset folder, with '/' separators ("case.json").</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public RecordFile(string path) => Path = path;

    /// <summary>The file's path relative to the dataset folder, with '/' separators.</summary>
    public string Path { get; init => field = Guard.NotBlank(value, nameof(Path)); }

    /// <summary>The sources defined in this file.</summary>
    public EquatableArray<Source> Sources { get; init => field = Guard.NoNulls(value, nameof(Sources)); }

    /// <summary>The persons defined in this file.</summary>
    public EquatableArray<Person> Persons { get; init => field = Guard.NoNulls(value, nameof(Persons)); }

    /// <summary>The organizations defined in this file.</summary>
    public EquatableArray<Organization> Organizations { get; init => field = Guard.NoNulls(value, nameof(Organizations)); }

    /// <summary>The incidents defined in this file.</summary>
    public EquatableArray<Incident> Incidents { get; init => field = Guard.NoNulls(value, nameof(Incidents)); }

    /// <summary>The proceedings defined in this file.</summary>
    public EquatableArray<Proceeding> Proceedings { get; init => field = Guard.NoNulls(value, nameof(Proceedings)); }

    /// <summary>All entities in this file: persons, organizations, incidents, then proceedings.</summary>
    public IEnumerable<Entity> Entities =>
        Persons.Cast<Entity>().Concat(Organizations).Concat(Incidents).Concat(Proceedings);
}
