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
    /// <summary><c>stats [PATH]</c>: counts, sources, conflicts, single-source and inferred claims.</summary>
    private static Command StatsCommand(Argument<string?> path, TextWriter stdout, TextWriter stderr)
    {
        var stats = new Command("stats", "Counts by type, the sources and how much each is cited, conflicts, single-source claims and inferred claims (each listed). " + ExitCodes) { path };
        stats.SetAction(parse => WithDataset(parse.GetValue(path), stderr, load => Stats(load, stdout)));
        return stats;
    }

    /// <summary><c>show ID [PATH]</c>: one record with its claims and citations.</summary>
    private static Command ShowCommand(Argument<string?> path, TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("ID") { Description = "The id of a person, organization, incident, proceeding or source." };
        var showPath = new Argument<string?>("PATH") { Description = path.Description, Arity = ArgumentArity.ZeroOrOne };
        var show = new Command("show", "One record with all its claims and their citations. " + ExitCodes) { id, showPath };
        show.SetAction(parse => WithDataset(parse.GetValue(showPath), stderr, load => Show(load.Dataset, parse.GetValue(id)!, stdout, stderr)));
        return show;
    }

    /// <summary><c>timeline [PATH]</c>: the case in date order.</summary>
    private static Command TimelineCommand(Argument<string?> path, TextWriter stdout, TextWriter stderr)
    {
        var timeline = new Command("timeline", "The case in date order, each date with the precision its source gave it. " + ExitCodes) { path };
        timeline.SetAction(parse => WithDataset(parse.GetValue(path), stderr, load => Timeline(load.Dataset, stdout)));
        return timeline;
    }

    /// <summary><c>export [PATH]</c>: the records as canonical JSON.</summary>
    private static Command ExportCommand(Argument<string?> path, TextWriter stdout, TextWriter stderr)
    {
        var exportOutput = new Option<string?>("--output", "-o") { Description = "Write the JSON to this file (atomically) instead of standard output." };
        var export = new Command("export", "The records as canonical JSON (all record files merged into one). " + ExitCodes) { path, exportOutput };
        export.SetAction(parse => WithDataset(parse.GetValue(path), stderr, load =>
        {
            Emit(CaseDatasetWriter.ToJson(Merge(load.Dataset)), parse.GetValue(exportOutput), stdout);
            return Clean;
        }));
        return export;
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
}
