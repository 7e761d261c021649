namespace CaseRecords.Benchmarks.Plain;

// Plain classes mirroring the JSON shape: what a user would write to read the format without the library,
// for the System.Text.Json (reflection) and Newtonsoft.Json baselines. They validate nothing.
#pragma warning disable SA1402, SA1649

public sealed class RecordFile
{
    public string? FormatVersion { get; set; }

    public List<Source>? Sources { get; set; }

    public List<Person>? Persons { get; set; }

    public List<Organization>? Organizations { get; set; }

    public List<Incident>? Incidents { get; set; }

    public List<Proceeding>? Proceedings { get; set; }
}

public sealed class Source
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Kind { get; set; }

    public string? Author { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public string? Published { get; set; }

    public string? Retrieved { get; set; }

    public string? Language { get; set; }

    public string? Text { get; set; }

    public string? Sha256 { get; set; }
}

public sealed class Citation
{
    public string? Source { get; set; }

    public string? Quote { get; set; }

    public string? Locator { get; set; }

    public string? RelayedFrom { get; set; }
}

public sealed class Claim<T>
{
    public T? Value { get; set; }

    public List<Citation>? Citations { get; set; }

    public string? Rank { get; set; }

    public string? AsStated { get; set; }

    public string? Note { get; set; }

    public List<string>? Sensitivity { get; set; }
}

public sealed class Reference
{
    public string? Id { get; set; }

    public string? Role { get; set; }
}

public sealed class Quantity
{
    public decimal Amount { get; set; }

    public decimal? UpperAmount { get; set; }

    public string? Unit { get; set; }

    public bool Approximate { get; set; }
}

public sealed class Money
{
    public decimal Amount { get; set; }

    public string? Currency { get; set; }
}

public sealed class Fact
{
    public string? Property { get; set; }

    public string? Text { get; set; }

    public string? Date { get; set; }

    public string? Place { get; set; }

    public Quantity? Quantity { get; set; }

    public Money? Money { get; set; }

    public Reference? Related { get; set; }
}

public sealed class Person
{
    public string? Id { get; set; }

    public List<string>? Sensitivity { get; set; }

    public List<Claim<string>>? Names { get; set; }

    public List<Claim<Fact>>? Facts { get; set; }
}

public sealed class Organization
{
    public string? Id { get; set; }

    public List<Claim<string>>? Names { get; set; }

    public List<Claim<Fact>>? Facts { get; set; }
}

public sealed class Incident
{
    public string? Id { get; set; }

    public List<Claim<string>>? Names { get; set; }

    public List<Claim<string>>? Dates { get; set; }

    public List<Claim<string>>? Places { get; set; }

    public List<Claim<Reference>>? Participants { get; set; }

    public List<Claim<Fact>>? Facts { get; set; }
}

public sealed class Proceeding
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public List<Claim<string>>? Names { get; set; }

    public List<Claim<Reference>>? Forums { get; set; }

    public List<Claim<Reference>>? Parties { get; set; }

    public List<Claim<string>>? Filed { get; set; }

    public List<Claim<string>>? Decided { get; set; }

    public List<Claim<string>>? Outcomes { get; set; }

    public List<Claim<Reference>>? Concerns { get; set; }

    public List<Claim<Reference>>? Reviews { get; set; }

    public List<Claim<Reference>>? Follows { get; set; }

    public List<Claim<Fact>>? Facts { get; set; }
}
