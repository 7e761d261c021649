using System.CommandLine;
using System.Globalization;
using System.Text;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Reading;
using CaseRecords.Serialization;
using CaseRecords.Validation;

namespace CaseRecords.Cli;

internal static partial class CliApp
{
    /// <summary><c>validate [PATH]</c>: the report, and an exit code a CI gate can use.</summary>
    private static Command ValidateCommand(Argument<string?> path, TextWriter stdout, TextWriter stderr, bool colour)
    {
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the result to this file instead of standard output." };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Report warnings as errors (exit code 1 when there are any)." };
        var minimum = new Option<string>("--min-severity") { Description = "List findings of this severity and above: information, warning (the default) or error. The summary counts all; findings below it are only counted.", DefaultValueFactory = _ => "warning" };
        minimum.AcceptOnlyFromAmong("information", "warning", "error");
        var waiversFile = new Option<string?>("--waivers") { Description = "A JSON file of waivers: { \"waivers\": [ { \"code\", \"entity\", \"pointer\"?, \"reason\" } ] }. Waived findings are counted, never hidden." };
        var watch = new Option<bool>("--watch", "-w") { Description = "Validate again on every change in the folder (after 300 ms without further changes), until Ctrl+C. Each report starts with a line that gives the time." };

        var include = new Option<string[]>("--include") { Description = "Only the record files these glob patterns match, relative to the folder (\"cases/**/*.json\"); repeat for several. For a folder that holds other JSON.", AllowMultipleArgumentsPerToken = true };
        var validate = new Command("validate", "Check that every claim is cited, every quote occurs in its source, and the records hold together.")
        {
            path, format, output, warningsAsErrors, minimum, waiversFile, include, watch,
        };
        validate.SetAction((parse, cancel) =>
        {
            if (!parse.GetValue(watch))
            {
                return Task.FromResult(ValidateOnce(parse));
            }

            if (parse.GetValue(path) is not { } watched)
            {
                stderr.WriteLine("caserecords: --watch needs a PATH: the bundled dataset never changes.");
                return Task.FromResult(UsageOrIoError);
            }

            return WatchAsync(watched, parse.GetValue(output), () => ValidateOnce(parse), stdout, stderr, cancel);
        });

        return validate;

        int ValidateOnce(ParseResult parse)
        {
            if (Load(parse.GetValue(path), stderr, parse.GetValue(include), oneShot: !parse.GetValue(watch)) is not { } load)
            {
                return UsageOrIoError;
            }

            EquatableArray<Waiver> waivers = [];
            if (parse.GetValue(waiversFile) is { } waiverPath)
            {
                string? error;
                (waivers, error) = File.Exists(waiverPath) ? WaiverFile.Read(waiverPath) : ([], $"\"{waiverPath}\" does not exist.");
                if (error is not null)
                {
                    stderr.WriteLine($"caserecords: {error}");
                    return UsageOrIoError;
                }
            }

            var least = parse.GetValue(minimum) switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Information,
            };

            // Findings below the minimum are only counted: no message, pointer or position is made for them.
            var report = CaseValidator.Validate(load, new ValidationOptions { WarningsAsErrors = parse.GetValue(warningsAsErrors), Waivers = waivers, MinimumSeverity = least });
            var outputPath = parse.GetValue(output);
            var reportFormat = parse.GetValue(format);
            if (outputPath is not null)
            {
                // Written to the file as it is made: the JSON report of 1M claims is 440 MB, the text one 870k lines.
                AtomicFile.Write(outputPath, stream =>
                {
                    switch (reportFormat)
                    {
                        case "json":
                            ReportWriter.WriteJson(report, stream, least);
                            break;
                        case "sarif":
                            ReportWriter.WriteSarif(report, stream, least);
                            break;
                        default:
                            using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true))
                            {
                                ReportWriter.WriteText(report, writer, least);
                            }

                            break;
                    }
                });
            }
            else if (reportFormat is "json" or "sarif")
            {
                stdout.Write(reportFormat == "json" ? ReportWriter.ToJson(report, least) : ReportWriter.ToSarif(report, least));
            }
            else if (colour)
            {
                stdout.Write(Colourise(ReportWriter.ToText(report, least)));
            }
            else
            {
                ReportWriter.WriteText(report, stdout, least); // line by line
            }

            if (outputPath is not null || reportFormat != "text")
            {
                stderr.WriteLine(ReportWriter.Summary(report));
            }

            return report.HasErrors ? ValidationErrors : Clean;
        }
    }
}
