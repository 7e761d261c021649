using System.Text.Json.Serialization;

namespace CaseRecords.Validation;

#pragma warning disable SA1402 // wire types of the report formats, kept together

internal sealed class ReportDto
{
    public required SummaryDto Summary { get; set; }

    // Sequences, not lists: they are made as they are written, so a report of a large dataset (1.85 M quote
    // matches at 1M claims) is never held twice in memory.
    public required IEnumerable<DiagnosticDto> Diagnostics { get; set; }

    public required IEnumerable<DiagnosticDto> Waived { get; set; }

    public required IEnumerable<ConflictDto> Conflicts { get; set; }

    public required IEnumerable<QuoteDto> Quotes { get; set; }

    public required List<LeftOutDto> LeftOut { get; set; }
}

internal sealed class LeftOutDto
{
    public required string File { get; set; }

    public required string JsonPointer { get; set; }

    public required string Kind { get; set; }

    public string? Id { get; set; }

    public int? Line { get; set; }

    public int? Column { get; set; }
}

internal sealed class SummaryDto
{
    public int Errors { get; set; }

    public int Warnings { get; set; }

    public int Information { get; set; }

    public int Waived { get; set; }

    public int Conflicts { get; set; }

    public int Citations { get; set; }

    public int QuotesFound { get; set; }

    public int LeftOut { get; set; }
}

internal sealed class DiagnosticDto
{
    public required string Code { get; set; }

    public required string Severity { get; set; }

    public required string Message { get; set; }

    public string? File { get; set; }

    public int? Line { get; set; }

    public int? Column { get; set; }

    public string? JsonPointer { get; set; }

    public string? EntityId { get; set; }

    public string? WaiverReason { get; set; }
}

internal sealed class ConflictDto
{
    public required string Subject { get; set; }

    public required string Property { get; set; }

    public required List<ConflictVersionDto> Versions { get; set; }
}

internal sealed class ConflictVersionDto
{
    public required string Value { get; set; }

    public required string Rank { get; set; }

    public required List<string> Sources { get; set; }

    public required List<string> Claims { get; set; }

    public string? Note { get; set; }
}

internal sealed class QuoteDto
{
    public required string Subject { get; set; }

    public required string JsonPointer { get; set; }

    public required string Source { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public int Line { get; set; }

    public int Column { get; set; }
}

// ---- SARIF 2.1.0 (the subset CaseRecords writes) ------------------------------------------------------------

internal sealed class SarifLog
{
    [JsonPropertyName("$schema")]
    public string Schema { get; set; } = "https://json.schemastore.org/sarif-2.1.0.json";

    public string Version { get; set; } = "2.1.0";

    public required List<SarifRun> Runs { get; set; }
}

internal sealed class SarifRun
{
    public required SarifTool Tool { get; set; }

    public required List<SarifResult> Results { get; set; }
}

internal sealed class SarifTool
{
    public required SarifDriver Driver { get; set; }
}

internal sealed class SarifDriver
{
    public required string Name { get; set; }

    public required string Version { get; set; }

    public required string InformationUri { get; set; }

    public required List<SarifRule> Rules { get; set; }
}

internal sealed class SarifRule
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required SarifText ShortDescription { get; set; }

    public required SarifText FullDescription { get; set; }

    public required SarifText Help { get; set; }

    public required SarifConfiguration DefaultConfiguration { get; set; }
}

internal sealed class SarifConfiguration
{
    public required string Level { get; set; }
}

internal sealed class SarifText
{
    public required string Text { get; set; }
}

internal sealed class SarifResult
{
    public required string RuleId { get; set; }

    public int RuleIndex { get; set; }

    public required string Level { get; set; }

    public required SarifText Message { get; set; }

    public List<SarifLocation>? Locations { get; set; }

    public List<SarifSuppression>? Suppressions { get; set; }
}

internal sealed class SarifLocation
{
    public SarifPhysicalLocation? PhysicalLocation { get; set; }

    public List<SarifLogicalLocation>? LogicalLocations { get; set; }
}

internal sealed class SarifPhysicalLocation
{
    public required SarifArtifactLocation ArtifactLocation { get; set; }

    public SarifRegion? Region { get; set; }
}

internal sealed class SarifArtifactLocation
{
    public required string Uri { get; set; }
}

internal sealed class SarifRegion
{
    public int StartLine { get; set; }

    public int StartColumn { get; set; }
}

internal sealed class SarifLogicalLocation
{
    public required string FullyQualifiedName { get; set; }

    public string? Kind { get; set; }
}

internal sealed class SarifSuppression
{
    public required string Kind { get; set; }

    public required string Justification { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(ReportDto))]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
}
