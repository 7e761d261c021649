using System.Text.Json.Serialization;

namespace CaseRecords.Serialization;

// The JSON format, one class per object type. Required properties carry [JsonRequired] rather than the C#
// "required" modifier: the serializer enforces both the same way, but "required" makes the source generator
// construct the object through its parameterized-constructor path (arguments buffered per object), which
// made deserialization about twice as slow as the plain property-setter path. These are the wire shapes only: the loader maps them to the
// immutable model, reporting every problem with its JSON Pointer; the writer maps the model back.
// Property declaration order is the canonical order in written files.
#pragma warning disable SA1402, SA1649 // several small wire types in one file on purpose

internal sealed class RecordFileDto
{
    [JsonRequired]
    public string FormatVersion { get; set; } = default!;

    public List<SourceDto>? Sources { get; set; }

    public List<PersonDto>? Persons { get; set; }

    public List<OrganizationDto>? Organizations { get; set; }

    public List<IncidentDto>? Incidents { get; set; }

    public List<ProceedingDto>? Proceedings { get; set; }
}

internal sealed class SourceDto
{
    [JsonRequired]
    public string Id { get; set; } = default!;

    [JsonRequired]
    public string Title { get; set; } = default!;

    [JsonRequired]
    public string Kind { get; set; } = default!;

    public string? Author { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public string? Published { get; set; }

    public string? Retrieved { get; set; }

    public string? Language { get; set; }

    [JsonRequired]
    public string Text { get; set; } = default!;

    [JsonRequired]
    public string Sha256 { get; set; } = default!;
}

internal sealed class CitationDto
{
    [JsonRequired]
    public string Source { get; set; } = default!;

    [JsonRequired]
    public string Quote { get; set; } = default!;

    public string? Locator { get; set; }

    public string? RelayedFrom { get; set; }
}

internal sealed class ClaimDto<T>
{
    // Generic, so nullability is not enforced by the serializer; the mapper reports a null value.
    [JsonRequired]
    public T Value { get; set; } = default!;

    // Not "required": a missing or empty list is reported as CR1012 (claim without citation), not as a bare missing property.
    public List<CitationDto>? Citations { get; set; }

    public string? Rank { get; set; }

    public string? AsStated { get; set; }

    public string? Note { get; set; }

    public List<string>? Sensitivity { get; set; }
}

internal sealed class ReferenceDto
{
    [JsonRequired]
    public string Id { get; set; } = default!;

    public string? Role { get; set; }
}

internal sealed class QuantityDto
{
    [JsonRequired]
    public decimal Amount { get; set; } = default!;

    public decimal? UpperAmount { get; set; }

    [JsonRequired]
    public string Unit { get; set; } = default!;

    public bool? Approximate { get; set; }
}

internal sealed class MoneyDto
{
    [JsonRequired]
    public decimal Amount { get; set; } = default!;

    [JsonRequired]
    public string Currency { get; set; } = default!;
}

internal sealed class FactDto
{
    [JsonRequired]
    public string Property { get; set; } = default!;

    public string? Text { get; set; }

    public string? Date { get; set; }

    public string? Place { get; set; }

    public QuantityDto? Quantity { get; set; }

    public MoneyDto? Money { get; set; }

    public ReferenceDto? Related { get; set; }
}

internal sealed class PersonDto
{
    [JsonRequired]
    public string Id { get; set; } = default!;

    public List<string>? Sensitivity { get; set; }

    public List<ClaimDto<string>>? Names { get; set; }

    public List<ClaimDto<FactDto>>? Facts { get; set; }
}

internal sealed class OrganizationDto
{
    [JsonRequired]
    public string Id { get; set; } = default!;

    public List<ClaimDto<string>>? Names { get; set; }

    public List<ClaimDto<FactDto>>? Facts { get; set; }
}

internal sealed class IncidentDto
{
    [JsonRequired]
    public string Id { get; set; } = default!;

    public List<ClaimDto<string>>? Names { get; set; }

    public List<ClaimDto<string>>? Dates { get; set; }

    public List<ClaimDto<string>>? Places { get; set; }

    public List<ClaimDto<ReferenceDto>>? Participants { get; set; }

    public List<ClaimDto<FactDto>>? Facts { get; set; }
}

internal sealed class ProceedingDto
{
    [JsonRequired]
    public string Id { get; set; } = default!;

    [JsonRequired]
    public string Kind { get; set; } = default!;

    public List<ClaimDto<string>>? Names { get; set; }

    public List<ClaimDto<ReferenceDto>>? Forums { get; set; }

    public List<ClaimDto<ReferenceDto>>? Parties { get; set; }

    public List<ClaimDto<string>>? Filed { get; set; }

    public List<ClaimDto<string>>? Decided { get; set; }

    public List<ClaimDto<string>>? Outcomes { get; set; }

    public List<ClaimDto<ReferenceDto>>? Concerns { get; set; }

    public List<ClaimDto<ReferenceDto>>? Reviews { get; set; }

    public List<ClaimDto<ReferenceDto>>? Follows { get; set; }

    public List<ClaimDto<FactDto>>? Facts { get; set; }
}

/// <summary>
/// The source-generated serialization context: strict reading (unknown and duplicate properties, required
/// values and nullable annotations enforced), canonical writing (camelCase, two-space indent, '\n').
/// </summary>
[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(RecordFileDto))]
internal sealed partial class CaseRecordsJsonContext : JsonSerializerContext
{
}
