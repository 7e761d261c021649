using System.CommandLine;
using System.Globalization;
using System.Text;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Reading;
using CaseRecords.Serialization;
using CaseRecords.Validation;

namespace CaseRecords.Cli;

/// <summary>
/// The <c>caserecords</c> commands. Results go to standard output, messages and progress to standard error.
/// Exit codes: 0 clean, 1 validation errors, 2 usage or input/output errors.
/// </summary>
internal static class CliApp
{
    public const int Clean = 0;
    public const int ValidationErrors = 1;
    public const int UsageOrIoError = 2;

    private const string ExitCodes = "Exit codes: 0 = clean, 1 = validation errors, 2 = usage or input/output errors.";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool colour = false)
    {
        var root = Build(stdout, stderr, colour);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"caserecords: {error.Message}");
            }

            stderr.WriteLine("Run 'caserecords --help' for usage.");
            return UsageOrIoError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            stderr.WriteLine($"caserecords: {e.Message}");
            return UsageOrIoError;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"caserecords: {e.Message}");
            return UsageOrIoError;
        }
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr, bool colour)
    {
        var path = new Argument<string?>("PATH")
        {
            Description = "A records folder (every *.json in it is a record file) or one record file. Without it, the bundled dataset.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the result to this file instead of standard output." };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Report warnings as errors (exit code 1 when there are any)." };
        var minimum = new Option<string>("--min-severity") { Description = "List findings of this severity and above: information, warning or error. The summary counts all.", DefaultValueFactory = _ => "information" };
        minimum.AcceptOnlyFromAmong("information", "warning", "error");
        var waiversFile = new Option<string?>("--waivers") { Description = "A JSON file of waivers: { \"waivers\": [ { \"code\", \"entity\", \"pointer\"?, \"reason\" } ] }. Waived findings are counted, never hidden." };

        var validate = new Command("validate", "Check that every claim is cited, every quote occurs in its source, and the records hold together. " + ExitCodes)
        {
            path, format, output, warningsAsErrors, minimum, waiversFile,
        };
        validate.SetAction(parse =>
        {
            if (Load(parse.GetValue(path), stderr) is not { } load)
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

            var report = CaseValidator.Validate(load, new ValidationOptions { WarningsAsErrors = parse.GetValue(warningsAsErrors), Waivers = waivers });
            var least = parse.GetValue(minimum) switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Information,
            };
            var text = parse.GetValue(format) switch
            {
                "json" => ReportWriter.ToJson(report, least),
                "sarif" => ReportWriter.ToSarif(report, least),
                _ => colour && parse.GetValue(output) is null ? Colourise(ReportWriter.ToText(report, least)) : ReportWriter.ToText(report, least),
            };
            Emit(text, parse.GetValue(output), stdout);
            if (parse.GetValue(output) is not null || parse.GetValue(format) != "text")
            {
                stderr.WriteLine(ReportWriter.Summary(report));
            }

            return report.HasErrors ? ValidationErrors : Clean;
        });

        var stats = new Command("stats", "Counts by type, the sources and how much each is cited, conflicts, single-source claims and inferred claims (each listed). " + ExitCodes) { path };
        stats.SetAction(parse => WithDataset(parse.GetValue(path), stderr, load => Stats(load, stdout)));

        var id = new Argument<string>("ID") { Description = "The id of a person, organization, incident, proceeding or source." };
        var showPath = new Argument<string?>("PATH") { Description = path.Description, Arity = ArgumentArity.ZeroOrOne };
        var show = new Command("show", "One record with all its claims and their citations. " + ExitCodes) { id, showPath };
        show.SetAction(parse => WithDataset(parse.GetValue(showPath), stderr, load => Show(load.Dataset, parse.GetValue(id)!, stdout, stderr)));

        var timeline = new Command("timeline", "The case in date order, each date with the precision its source gave it. " + ExitCodes) { path };
        timeline.SetAction(parse => WithDataset(parse.GetValue(path), stderr, load => Timeline(load.Dataset, stdout)));

        var exportOutput = new Option<string?>("--output", "-o") { Description = "Write the JSON to this file (atomically) instead of standard output." };
        var export = new Command("export", "The records as canonical JSON (all record files merged into one). " + ExitCodes) { path, exportOutput };
        export.SetAction(parse => WithDataset(parse.GetValue(path), stderr, load =>
        {
            Emit(CaseDatasetWriter.ToJson(Merge(load.Dataset)), parse.GetValue(exportOutput), stdout);
            return Clean;
        }));

        return new RootCommand("caserecords: citation-first case records. Validate them, read them, export them. " + ExitCodes)
        {
            validate, stats, show, timeline, export,
        };
    }

    /// <summary>Loads PATH (or the bundled dataset), printing progress to standard error if it takes more than a moment.</summary>
    private static LoadResult? Load(string? path, TextWriter stderr)
    {
        if (path is null)
        {
            return CaseDatasetLoader.Load(DatasetFiles.Bundled);
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            stderr.WriteLine($"caserecords: \"{path}\" is neither a folder nor a file.");
            return null;
        }

        using var progress = new Timer(_ => stderr.WriteLine($"Loading {path}…"), null, dueTime: 700, period: Timeout.Infinite);
        return File.Exists(path) ? CaseDatasetLoader.LoadFile(path) : CaseDatasetLoader.LoadFolder(path);
    }

    /// <summary>Runs a reading command: load errors are printed to standard error and make the exit code 1.</summary>
    private static int WithDataset(string? path, TextWriter stderr, Func<LoadResult, int> action)
    {
        if (Load(path, stderr) is not { } load)
        {
            return UsageOrIoError;
        }

        foreach (var diagnostic in load.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        if (!load.LeftOut.IsEmpty)
        {
            stderr.WriteLine(LeftOutRecord.Summarize(load.LeftOut) + ".");
        }

        var code = action(load);
        return code == Clean && !load.Succeeded ? ValidationErrors : code;
    }

    private static int Stats(LoadResult load, TextWriter stdout)
    {
        var dataset = load.Dataset;
        var citations = dataset.Claims.SelectMany(c => c.Claim.Citations).ToList();
        var conflicts = dataset.Conflicts();
        var o = new StringBuilder();
        o.Append(CultureInfo.InvariantCulture, $"Records: {dataset.Sources.Count} sources, {dataset.Persons.Count} persons, {dataset.Organizations.Count} organizations, {dataset.Incidents.Count} incidents, {dataset.Proceedings.Count} proceedings in {dataset.Files.Count} file(s)\n");
        o.Append(CultureInfo.InvariantCulture, $"Claims: {dataset.Claims.Count}, with {citations.Count} citations ({citations.Count(c => c.IsRelayed)} relayed)\n");
        o.Append("Sources:\n");
        foreach (var source in dataset.Sources)
        {
            var cited = citations.Count(c => c.Source == source.Id);
            o.Append(CultureInfo.InvariantCulture, $"  {source.Id,-28} {dataset.ClaimsCiting(source.Id).Count,4} claims {cited,4} citations  {source.Kind}: \"{source.Title}\"\n");
        }

        o.Append(CultureInfo.InvariantCulture, $"Conflicts: {conflicts.Count} ({conflicts.Count(c => c.Preferred is not null)} with a preferred version)\n");
        o.Append(CultureInfo.InvariantCulture, $"Single-source claims: {dataset.SingleSourceClaims().Count}\n");
        var inferred = dataset.InferredClaims();
        o.Append(CultureInfo.InvariantCulture, $"Inferred claims: {inferred.Count}\n");
        foreach (var entry in inferred)
        {
            o.Append(CultureInfo.InvariantCulture, $"  {entry.Subject.Id}/{entry.Property}/{entry.Index}: {entry.Claim.UntypedValue} (inferred from {entry.Claim.InferredFrom})\n");
        }

        stdout.Write(o.ToString());
        return Clean;
    }

    private static int Show(CaseDataset dataset, string id, TextWriter stdout, TextWriter stderr)
    {
        var o = new StringBuilder();
        if (dataset.TryGetSource(id, out var source))
        {
            o.Append(CultureInfo.InvariantCulture, $"source {source.Id}: \"{source.Title}\" ({source.Kind})\n  text: {source.TextPath}\n  sha256: {source.Sha256}\n  cited by {dataset.ClaimsCiting(source.Id).Count} claims\n");
            stdout.Write(o.ToString());
            return Clean;
        }

        if (!dataset.TryGet(id, out var entity))
        {
            stderr.WriteLine($"caserecords: no record has the id \"{id}\".");
            return UsageOrIoError;
        }

        o.Append(CultureInfo.InvariantCulture, $"{entity.Kind.ToString().ToLowerInvariant()} {entity.Id}: {entity.DisplayName()}");
        o.Append(entity is Proceeding p ? $" ({p.ProceedingKind})" : string.Empty);
        o.Append(entity is Person { Sensitivity: not Sensitivity.None } person ? $" [sensitive: {person.Sensitivity}]" : string.Empty).Append('\n');
        foreach (var entry in dataset.Claims.Where(c => ReferenceEquals(c.Subject, entity)))
        {
            var claim = entry.Claim;
            o.Append(CultureInfo.InvariantCulture, $"  {entry.Property}: {Describe(claim.UntypedValue)}");
            o.Append(claim.AsStated is null ? string.Empty : $" (as stated: \"{claim.AsStated}\")");
            o.Append(claim.Rank == ClaimRank.Normal ? string.Empty : $" [{claim.Rank.ToString().ToLowerInvariant()}]").Append('\n');
            if (claim.Note is not null)
            {
                o.Append("      note: ").Append(claim.Note).Append('\n');
            }

            foreach (var citation in claim.Citations)
            {
                o.Append(CultureInfo.InvariantCulture, $"      — {citation.Source}{(citation.RelayedFrom is { } r ? " per " + r : string.Empty)}: \"{citation.Quote}\"\n");
            }
        }

        stdout.Write(o.ToString());
        return Clean;
    }

    private static int Timeline(CaseDataset dataset, TextWriter stdout)
    {
        var timeline = dataset.Timeline();
        var o = new StringBuilder();
        foreach (var entry in timeline.Dated)
        {
            var formatted = entry.When;
            var stated = entry.AsStated is { } s && !string.Equals(s, formatted, StringComparison.OrdinalIgnoreCase) ? $" (\"{s}\")" : string.Empty;
            var sources = string.Join(", ", entry.Claim.Claim.Citations.Select(c => c.Source).Distinct(StringComparer.Ordinal));
            o.Append(CultureInfo.InvariantCulture, $"{formatted}{stated}\n    {entry.What} [{sources}]\n");
        }

        if (timeline.Undated.Count > 0)
        {
            o.Append("\nUndated:\n");
            foreach (var entity in timeline.Undated)
            {
                o.Append(CultureInfo.InvariantCulture, $"    {entity.DisplayName()} [{entity.Id}]\n");
            }
        }

        stdout.Write(o.ToString());
        return Clean;
    }

    private static string Describe(object value) => value switch
    {
        Fact f => f.ToString(),
        Dates.CaseDate d => $"{d.ToDisplayString()} ({d.ToEdtf()})",
        _ => value.ToString() ?? string.Empty,
    };

    private static RecordFile Merge(CaseDataset dataset) => dataset.Files.Count == 1
        ? dataset.Files[0]
        : new RecordFile("export.json")
        {
            Sources = [.. dataset.Sources],
            Persons = [.. dataset.Persons],
            Organizations = [.. dataset.Organizations],
            Incidents = [.. dataset.Incidents],
            Proceedings = [.. dataset.Proceedings],
        };

    private static void Emit(string text, string? outputPath, TextWriter stdout)
    {
        if (outputPath is null)
        {
            stdout.Write(text);
            return;
        }

        var full = Path.GetFullPath(outputPath);
        var temporary = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static string Colourise(string text)
    {
        const string Red = "\u001b[31m", Yellow = "\u001b[33m", Cyan = "\u001b[36m", Reset = "\u001b[0m";
        return text
            .Replace(": error CR", $": {Red}error{Reset} CR", StringComparison.Ordinal)
            .Replace(": warning CR", $": {Yellow}warning{Reset} CR", StringComparison.Ordinal)
            .Replace(": info CR", $": {Cyan}info{Reset} CR", StringComparison.Ordinal);
    }
}
