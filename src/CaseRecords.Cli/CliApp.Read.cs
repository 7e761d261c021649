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
        var stats = new Command("stats", "Counts by type, the sources and how much each is cited, conflicts, single-source claims and inferred claims (each listed).") { path };
        stats.SetAction(parse => WithDataset(parse.GetValue(path), stderr, load => Stats(load, stdout)));
        return stats;
    }

    /// <summary><c>show ID [PATH]</c>: one record with its claims and citations.</summary>
    private static Command ShowCommand(Argument<string?> path, TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("ID") { Description = "The id of a person, organization, incident, proceeding or source." };
        var showPath = new Argument<string?>("PATH") { Description = path.Description, Arity = ArgumentArity.ZeroOrOne };
        var show = new Command("show", "One record with all its claims and their citations.") { id, showPath };
        show.SetAction(parse => WithDataset(parse.GetValue(showPath), stderr, load => Show(load.Dataset, parse.GetValue(id)!, stdout, stderr)));
        return show;
    }

    /// <summary><c>timeline [PATH]</c>: the case in date order.</summary>
    private static Command TimelineCommand(Argument<string?> path, TextWriter stdout, TextWriter stderr)
    {
        var timeline = new Command("timeline", "The case in date order, each date with the precision its source gave it.") { path };
        timeline.SetAction(parse => WithDataset(parse.GetValue(path), stderr, load => Timeline(load.Dataset, stdout)));
        return timeline;
    }

    /// <summary><c>export [PATH] [--format F] [--output FILE|DIR]</c>: canonical JSON, tables (Parquet, CSV, ndjson) or Web Annotations.</summary>
    private static Command ExportCommand(Argument<string?> path, TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<string>("--format", "-f") { Description = "json (canonical JSON, the default), parquet, csv or ndjson (the tables of docs/export.md, one file each), or annotations (every citation as a W3C Web Annotation, JSON-LD).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(ExportFormats);
        var exportOutput = new Option<string?>("--output", "-o") { Description = "json and annotations: write to this file (atomically) instead of standard output. parquet, csv and ndjson: the folder to write the tables into (required; created if missing; each table replaced atomically)." };
        var baseUri = new Option<string?>("--base-uri") { Description = "annotations: the absolute IRI the annotations' ids are made from (default urn:caserecords:)." };
        var export = new Command("export", "The records as canonical JSON (all record files merged into one), as tables other tools read (Parquet, CSV, ndjson: sources, texts, entities, claims, citations, conflicts, findings), or as W3C Web Annotations.") { path, format, exportOutput, baseUri };
        export.SetAction(parse =>
        {
            var chosen = parse.GetValue(format)!;
            var output = parse.GetValue(exportOutput);
            var options = CaseRecords.Export.CaseExportOptions.Default;
            if (parse.GetValue(baseUri) is { } iri)
            {
                if (!Uri.TryCreate(iri, UriKind.Absolute, out var absolute))
                {
                    stderr.WriteLine($"caserecords: --base-uri \"{iri}\" is not an absolute IRI (for example https://example.org/cases/milwaukee-1991/).");
                    return UsageOrIoError;
                }

                options = options with { BaseUri = absolute };
            }

            if (TableFormat(chosen) is { } table && output is null)
            {
                stderr.WriteLine($"caserecords: export --format {chosen} writes one file a table: give the folder with --output DIR.");
                return UsageOrIoError;
            }

            return WithDataset(parse.GetValue(path), stderr, load => Export(load, chosen, output, options, stdout, stderr));
        });
        return export;
    }

    private static readonly string[] ExportFormats = ["json", "parquet", "csv", "ndjson", "annotations"];

    private static CaseRecords.Export.ExportFormat? TableFormat(string format) => format switch
    {
        "parquet" => CaseRecords.Export.ExportFormat.Parquet,
        "csv" => CaseRecords.Export.ExportFormat.Csv,
        "ndjson" => CaseRecords.Export.ExportFormat.Ndjson,
        _ => null,
    };

    private static int Export(LoadResult load, string format, string? output, CaseRecords.Export.CaseExportOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (TableFormat(format) is { } table)
        {
            var validation = CaseValidator.Validate(load);
            var written = CaseRecords.Export.CaseExport.Write(load.Dataset, validation, output!, table, options);
            foreach (var file in written)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Path}: {Count(checked((int)file.Rows), "row")}"));
            }

            stderr.WriteLine(ReportWriter.Summary(validation));
            return Clean;
        }

        if (format == "annotations")
        {
            long count = 0;
            if (output is not null)
            {
                AtomicFile.Write(output, stream => count = CaseRecords.Export.CaseExport.WriteAnnotations(load.Dataset, stream, options));
            }
            else
            {
                using var json = new MemoryStream();
                count = CaseRecords.Export.CaseExport.WriteAnnotations(load.Dataset, json, options);
                stdout.Write(Encoding.UTF8.GetString(json.GetBuffer(), 0, (int)json.Length));
            }

            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Count(checked((int)count), "annotation")} (one a citation)."));
            return Clean;
        }

        Emit(CaseDatasetWriter.ToJson(Merge(load.Dataset)), output, stdout);
        return Clean;
    }

    private static int Stats(LoadResult load, TextWriter stdout)
    {
        var dataset = load.Dataset;
        var citations = dataset.Claims.SelectMany(c => c.Claim.Citations).ToList();
        var conflicts = dataset.Conflicts();
        var o = new StringBuilder();
        o.Append(CultureInfo.InvariantCulture, $"Records: {Count(dataset.Sources.Count, "source")}, {Count(dataset.Persons.Count, "person")}, {Count(dataset.Organizations.Count, "organization")}, {Count(dataset.Incidents.Count, "incident")}, {Count(dataset.Proceedings.Count, "proceeding")} in {Count(dataset.Files.Count, "file")}\n");
        o.Append(CultureInfo.InvariantCulture, $"Claims: {dataset.Claims.Count}, with {Count(citations.Count, "citation")} ({citations.Count(c => c.IsRelayed)} relayed)\n");
        o.Append("Sources:\n");
        foreach (var source in dataset.Sources)
        {
            var cited = citations.Count(c => c.Source == source.Id);
            o.Append(CultureInfo.InvariantCulture, $"  {source.Id,-28} {Count(dataset.ClaimsCiting(source.Id).Count, "claim"),11} {Count(cited, "citation"),14}  {EnumNames<SourceKind>.Name(source.Kind)}: \"{source.Title}\"\n");
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

    /// <summary>A count and its noun, singular for one ("1 incident", "2 incidents", "0 claims").</summary>
    internal static string Count(int count, string singular) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : singular + "s")}");

    private static int Show(CaseDataset dataset, string id, TextWriter stdout, TextWriter stderr)
    {
        var o = new StringBuilder();
        if (dataset.TryGetSource(id, out var source))
        {
            o.Append(CultureInfo.InvariantCulture, $"source {source.Id}: \"{source.Title}\" ({EnumNames<SourceKind>.Name(source.Kind)})\n  text: {source.TextPath}\n  sha256: {source.Sha256}\n  cited by {Count(dataset.ClaimsCiting(source.Id).Count, "claim")}\n");
            stdout.Write(o.ToString());
            return Clean;
        }

        if (!dataset.TryGet(id, out var entity))
        {
            // Not an id: a name or label that names one record is shown; several are listed; else the closest ids.
            var named = EntitiesNamed(dataset, id);
            if (named.Count == 1)
            {
                entity = named[0];
                stderr.WriteLine($"caserecords: \"{id}\" is not an id; showing the {entity.Kind.ToString().ToLowerInvariant()} it names, {entity.Id}.");
            }
            else if (named.Count > 1)
            {
                stderr.WriteLine($"caserecords: \"{id}\" is not an id; it names {named.Count} records. Show one by its id:");
                foreach (var match in named)
                {
                    stderr.WriteLine($"  {Line(match)}");
                }

                return UsageOrIoError;
            }
            else
            {
                var closest = ClosestIds(dataset.Sources.Select(s => s.Id).Concat(dataset.Entities.Select(e => e.Id)), id);
                stderr.WriteLine($"caserecords: no record has the id \"{id}\", and no name or label is \"{id}\".{(closest.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", closest.Select(c => $"\"{c}\""))}?")}");
                return UsageOrIoError;
            }
        }

        o.Append(CultureInfo.InvariantCulture, $"{entity.Kind.ToString().ToLowerInvariant()} {entity.Id}: {entity.DisplayName()}");
        o.Append(entity is Proceeding p ? $" ({EnumNames<ProceedingKind>.Name(p.ProceedingKind)})" : string.Empty);
        o.Append(entity is Person { Sensitivity: not Sensitivity.None } sensitive ? $" [sensitive: {string.Join(", ", EnumNames<Sensitivity>.Flags(sensitive.Sensitivity))}]" : string.Empty).Append('\n');
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

        if (entity is Person person)
        {
            // What RecordOf gives: every incident and proceeding (or fact) that names them, with their role.
            var involvements = dataset.RecordOf(person.Id).Involvements;
            o.Append(CultureInfo.InvariantCulture, $"  involvements ({involvements.Count}):\n");
            foreach (var involvement in involvements)
            {
                var cited = string.Join(", ", involvement.Claim.Claim.Citations.Select(c => c.Source).Distinct(StringComparer.Ordinal));
                var how = involvement.Claim.Claim.UntypedValue is Fact fact ? $"{involvement.Claim.Property}: {fact.Property}" : involvement.Claim.Property;
                o.Append(CultureInfo.InvariantCulture, $"    {Line(involvement.Record)} — {how}{(involvement.Role is { } role ? ", " + role : string.Empty)} [{cited}]\n");
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
