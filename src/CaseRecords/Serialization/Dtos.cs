using System.Text.Json.Serialization;

namespace CaseRecords.Serialization;

// The JSON format, one class per object type. These are the wire shapes only: the loader maps them to the
// immutable model, reporting every problem with its JSON Pointer; the writer maps the model back.
// Property declaration order is the canonical order in written files.
#pragma warning disable SA1402, SA1649 // several small wire types in one file on purpose

internal sealed class RecordFileDto
{
    public required string FormatVersion { get; set; }

    public List<SourceDto>? Sources { get; set; }

    public List<PersonDto>? Persons { get; set; }

    public List<OrganizationDto>? Organizations { get; set; }

    public List<IncidentDto>? Incidents { get; set; }

    public List<ProceedingDto>? Proceedings { get; set; }
}

internal sealed class SourceDto
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public required string Kind { get; set; }

    public string? Author { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public string? Published { get; set; }

    public string? Retrieved { get; set; }

    public string? Language { get; set; }

    public required string Text { get; set; }

    public required string Sha256 { get; set; }
}

internal sealed class CitationDto
{
    public required string Source { get; set; }

    public required string Quote { get; set; }

    public string? Locator { get; set; }

    public string? RelayedFrom { get; set; }
}

internal sealed class ClaimDto<T>
{
    // Generic, so nullability is not enforced by the serializer; the mapper reports a null value.
    public required T Value { get; set; }

    // Not "required": a missing or empty list is reported as CR1012 (claim without citation), not as a bare missing property.
    public List<CitationDto>? Citations { get; set; }

    public string? Rank { get; set; }

    public string? AsStated { get; set; }

    public string? Note { get; set; }

    public List<string>? Sensitivity { get; set; }
}

internal sealed class ReferenceDto
{
    public required string Id { get; set; }

    public string? Role { get; set; }
}

internal sealed class QuantityDto
{
    public required decimal Amount { get; set; }

    public decimal? UpperAmount { get; set; }

    public required string Unit { get; set; }

    public bool? Approximate { get; set; }
}

internal sealed class MoneyDto
{
    public required decimal Amount { get; set; }

    public required string Currency { get; set; }
}

internal sealed class FactDto
{
    public required string Property { get; set; }

    public string? Text { get; set; }

    public string? Date { get; set; }

    public string? Place { get; set; }

    public QuantityDto? Quantity { get; set; }

    public MoneyDto? Money { get; set; }

    public ReferenceDto? Related { get; set; }
}

internal sealed class PersonDto
{
    public required string Id { get; set; }

    public List<string>? Sensitivity { get; set; }

    public List<ClaimDto<string>>? Names { get; set; }

    public List<ClaimDto<FactDto>>? Facts { get; set; }
}

internal sealed class OrganizationDto
{
    public required string Id { get; set; }

    public List<ClaimDto<string>>? Names { get; set; }

    public List<ClaimDto<FactDto>>? Facts { get; set; }
}

internal sealed class IncidentDto
{
    public required string Id { get; set; }

    public List<ClaimDto<string>>? Names { get; set; }

    public List<ClaimDto<string>>? Dates { get; set; }

    public List<ClaimDto<string>>? Places { get; set; }

    public List<ClaimDto<ReferenceDto>>? Participants { get; set; }

    public List<ClaimDto<FactDto>>? Facts { get; set; }
}

internal sealed class ProceedingDto
{
    public required string Id { get; set; }

    public required string Kind { get; set; }

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
