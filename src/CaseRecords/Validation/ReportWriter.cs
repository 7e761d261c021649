using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaseRecords.Diagnostics;

namespace CaseRecords.Validation;

/// <summary>
/// Writes a <see cref="ValidationReport"/> as text for people, as JSON for programs, or as SARIF 2.1.0 for
/// editors and code-scanning tools. All three are deterministic: the same report gives the same bytes.
/// </summary>
public static class ReportWriter
{
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The report as text: one line per finding (compiler style), the waived findings, the conflicts, and a summary.</summary>
    /// <param name="report">The report.</param>
    /// <param name="minimum">The least severe findings listed one by one; the summary still counts all of them.</param>
    /// <returns>The text, with '\n' line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToText(ValidationReport report, DiagnosticSeverity minimum = DiagnosticSeverity.Information)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteText(report, text, minimum);
        return text.ToString();
    }

    /// <summary>
    /// Writes the report as text (the same text as <see cref="ToText"/>) to <paramref name="writer"/> line by line: the
    /// report of a large dataset is never held in memory as one string.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="minimum">The least severe findings listed one by one; the summary still counts all of them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteText(ValidationReport report, TextWriter writer, DiagnosticSeverity minimum = DiagnosticSeverity.Information)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var diagnostic in report.Diagnostics)
        {
            if (diagnostic.Severity >= minimum)
            {
                writer.Write(diagnostic.ToString());
                writer.Write('\n');
            }
        }

        if (report.Waived.Count > 0)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\nWaived ({report.Waived.Count}):\n"));
            foreach (var waived in report.Waived)
            {
                writer.Write($"  {waived.Diagnostic} — waived: {waived.Waiver.Reason}\n");
            }
        }

        if (report.Conflicts.Count > 0)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\nWhere the sources disagree ({report.Conflicts.Count}):\n"));
            // Piece by piece: 47k conflict sets at 1M claims, and a string per line made the collector run (over the
            // whole dataset) just before the process ends.
            foreach (var conflict in report.Conflicts)
            {
                writer.Write("  ");
                writer.Write(conflict.SubjectId);
                writer.Write(' ');
                writer.Write(conflict.Property);
                writer.Write('\n');
                foreach (var version in conflict.Versions)
                {
                    writer.Write("    - ");
                    version.WriteTo(writer);
                    if (version.Note is not null)
                    {
                        writer.Write(" — ");
                        writer.Write(version.Note);
                    }

                    writer.Write('\n');
                }
            }
        }

        writer.Write('\n');
        writer.Write(Summary(report));
        writer.Write('\n');
    }

    /// <summary>One line: the counts of errors, warnings, information, waived findings, conflicts and quotes found, what the loader left out, and how many findings were counted but not listed.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The summary line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Summary(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture,
            $"{report.ErrorCount} error(s), {report.WarningCount} warning(s), {report.InformationCount} information, {report.Waived.Count} waived; {report.Conflicts.Count} conflict set(s); {report.Quotes.Count} of {report.CitationCount} quotes found in their sources.{(report.LeftOut.IsEmpty ? string.Empty : " " + Loading.LeftOutRecord.Summarize(report.LeftOut) + ".")}{(report.UnlistedCount == 0 ? string.Empty : $" {report.UnlistedCount} finding(s) below the minimum severity are counted, not listed.")}");
    }

    /// <summary>The report as JSON: summary, diagnostics, waived findings, conflicts and quote positions.</summary>
    /// <param name="report">The report.</param>
    /// <param name="minimum">The least severe findings listed; the summary still counts all of them.</param>
    /// <returns>Indented JSON with '\n' line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToJson(ValidationReport report, DiagnosticSeverity minimum = DiagnosticSeverity.Information) =>
        JsonSerializer.Serialize(JsonDto(report, minimum), Context.ReportDto) + "\n";

    /// <summary>
    /// Writes the report as JSON (the same bytes as <see cref="ToJson"/>, in UTF-8) to <paramref name="stream"/> as it is
    /// made: the report of a large dataset is never held in memory as text.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="minimum">The least severe findings listed; the summary still counts all of them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    public static void WriteJson(ValidationReport report, Stream stream, DiagnosticSeverity minimum = DiagnosticSeverity.Information) =>
        Write(stream, JsonDto(report, minimum), Context.ReportDto);

    private static ReportDto JsonDto(ValidationReport report, DiagnosticSeverity minimum)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportDto
        {
            Summary = new SummaryDto
            {
                Errors = report.ErrorCount,
                Warnings = report.WarningCount,
                Information = report.InformationCount,
                Waived = report.Waived.Count,
                Conflicts = report.Conflicts.Count,
                Citations = report.CitationCount,
                QuotesFound = report.Quotes.Count,
                LeftOut = report.LeftOut.Count,
            },
            LeftOut = [.. report.LeftOut.Select(l => new LeftOutDto { File = l.File, JsonPointer = l.JsonPointer, Kind = l.Kind.ToString().ToLowerInvariant(), Id = l.Id, Line = l.Line, Column = l.Column })],
            Diagnostics = report.Diagnostics.Where(d => d.Severity >= minimum).Select(d => ToDto(d, null)),
            Waived = report.Waived.Select(w => ToDto(w.Diagnostic, w.Waiver.Reason)),
            Conflicts = report.Conflicts.Select(c => new ConflictDto
            {
                Subject = c.SubjectId,
                Property = c.Property,
                Versions =
                [
                    .. c.Versions.Select(v => new ConflictVersionDto
                    {
                        Value = v.Value,
                        Rank = Name(v.Rank),
                        Sources = [.. v.Sources],
                        Claims = [.. v.Claims.Select(e => $"{e.Property}/{e.Index}")],
                        Note = v.Note,
                    }),
                ],
            }),
            Quotes = report.Quotes.Select(q => new QuoteDto
            {
                Subject = q.Subject,
                JsonPointer = q.JsonPointer,
                Source = q.Citation.Source,
                Start = q.Span.Start,
                Length = q.Span.Length,
                Line = q.Span.Line,
                Column = q.Span.Column,
            }),
        };
    }

    /// <summary>
    /// The report as a SARIF 2.1.0 log: every rule with its help text, every finding with its physical
    /// location (file, line, column) and its JSON Pointer as a logical location; waived findings carry a
    /// suppression with the waiver's reason.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="minimum">The least severe findings included.</param>
    /// <returns>Indented JSON with '\n' line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToSarif(ValidationReport report, DiagnosticSeverity minimum = DiagnosticSeverity.Information) =>
        JsonSerializer.Serialize(SarifDto(report, minimum), Context.SarifLog) + "\n";

    /// <summary>Writes the report as a SARIF 2.1.0 log (the same bytes as <see cref="ToSarif(ValidationReport, DiagnosticSeverity)"/>, in UTF-8) to <paramref name="stream"/> as it is made.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="minimum">The least severe findings included.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    public static void WriteSarif(ValidationReport report, Stream stream, DiagnosticSeverity minimum = DiagnosticSeverity.Information) =>
        Write(stream, SarifDto(report, minimum), Context.SarifLog);

    /// <summary>Serializes <paramref name="value"/> to <paramref name="stream"/>, then a line end (as the strings end).</summary>
    private static void Write<T>(Stream stream, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, value, type);
        stream.WriteByte((byte)'\n');
    }

    private static SarifLog SarifDto(ValidationReport report, DiagnosticSeverity minimum)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rules = DiagnosticCodes.All;
        var index = rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var version = typeof(ReportWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return new SarifLog
        {
            Runs =
            [
                new SarifRun
                {
                    Tool = new SarifTool
                    {
                        Driver = new SarifDriver
                        {
                            Name = "CaseRecords",
                            Version = version,
                            InformationUri = "https://www.nuget.org/packages/CaseRecords",
                            Rules =
                            [
                                .. rules.Select(r => new SarifRule
                                {
                                    Id = r.Code,
                                    Name = PascalName(r.Title),
                                    ShortDescription = new SarifText { Text = r.Title },
                                    FullDescription = new SarifText { Text = r.Title + "." },
                                    Help = new SarifText { Text = r.Help },
                                    DefaultConfiguration = new SarifConfiguration { Level = Level(r.DefaultSeverity) },
                                }),
                            ],
                        },
                    },
                    Results =
                    [
                        .. report.Diagnostics.Where(d => d.Severity >= minimum).Select(d => ToSarif(d, index, null)),
                        .. report.Waived.Select(w => ToSarif(w.Diagnostic, index, w.Waiver.Reason)),
                    ],
                },
            ],
        };
    }

    private static SarifResult ToSarif(Diagnostic d, Dictionary<string, int> index, string? waiverReason)
    {
        var location = new SarifLocation
        {
            PhysicalLocation = d.File is null ? null : new SarifPhysicalLocation
            {
                ArtifactLocation = new SarifArtifactLocation { Uri = Uri.EscapeDataString(d.File).Replace("%2F", "/", StringComparison.Ordinal) },
                Region = d.Line is { } line ? new SarifRegion { StartLine = line, StartColumn = d.Column ?? 1 } : null,
            },
            LogicalLocations = d.JsonPointer is null ? null : [new SarifLogicalLocation { FullyQualifiedName = d.JsonPointer.Length == 0 ? "/" : d.JsonPointer, Kind = "element" }],
        };
        return new SarifResult
        {
            RuleId = d.Code,
            RuleIndex = index.GetValueOrDefault(d.Code, -1),
            Level = Level(d.Severity),
            Message = new SarifText { Text = d.EntityId is null ? d.Message : $"{d.Message} ({d.EntityId})" },
            Locations = location.PhysicalLocation is null && location.LogicalLocations is null ? null : [location],
            Suppressions = waiverReason is null ? null : [new SarifSuppression { Kind = "external", Justification = waiverReason }],
        };
    }

    private static DiagnosticDto ToDto(Diagnostic d, string? waiverReason) => new()
    {
        Code = d.Code,
        Severity = Name(d.Severity),
        Message = d.Message,
        File = d.File,
        Line = d.Line,
        Column = d.Column,
        JsonPointer = d.JsonPointer,
        EntityId = d.EntityId,
        WaiverReason = waiverReason,
    };

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Serialization.EnumNames<TEnum>.Name(value);

    private static string PascalName(string title) =>
        string.Concat(title.Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
