using CaseRecords.Loading;
using CaseRecords.Validation;
using NJsonSchema;
using static CaseRecords.Tests.ValidationFixture;

namespace CaseRecords.Tests;

public class ReportTests
{
    /// <summary>The fixture with many problems at once, plus a waiver.</summary>
    private static string ManyProblemsJson => Json
            .Replace("\"the fox was seen\"", "\"The fox and the hound\"", StringComparison.Ordinal)
            .Replace("\"value\": \"1991-05\"", "\"value\": \"1991-05-03\"", StringComparison.Ordinal)
            .Replace("{ \"id\": \"keeper\", \"role\": \"defendant\" }", "{ \"id\": \"wolf\", \"role\": \"defendant\" }", StringComparison.Ordinal)
            .Replace("\"value\": \"1994-06\"", "\"value\": \"1990-06\"", StringComparison.Ordinal)
            .Replace("\"asStated\": \"born in 1980\"", "\"asStated\": \"born 1980\", \"rank\": \"preferred\"", StringComparison.Ordinal)
            .Replace("{ \"value\": { \"id\": \"court\" }", "{ \"value\": { \"id\": \"fox\" }", StringComparison.Ordinal)
            .Replace("\"names\": [\n        { \"value\": \"Fox\"", "\"names\": [\n        { \"value\": \"Mr Fox\", \"citations\": [ { \"source\": \"s2\", \"quote\": \"The fox and\" } ] },\n        { \"value\": \"Fox\"", StringComparison.Ordinal);

    private static ValidationReport ManyProblems()
    {
        return CaseValidator.Validate(Load(ManyProblemsJson), new ValidationOptions { Waivers = [new Waiver("CR2015", "court", "The court's name is not in dispute.")] });
    }

    [Fact]
    public void The_text_report_of_a_fixture_with_many_problems_is_approved() =>
        ReportWriter.ToText(ManyProblems()).ShouldMatchApproved(o => o.NoDiff().WithFileExtension("txt").SubFolder("Approved"));

    [Fact]
    public void The_json_report_of_a_fixture_with_many_problems_is_approved() =>
        ReportWriter.ToJson(ManyProblems()).ShouldMatchApproved(o => o.NoDiff().WithFileExtension("txt").SubFolder("Approved"));

    [Fact]
    public void The_reports_written_as_they_are_made_are_the_same_as_the_strings()
    {
        // The streaming writers are what the tool uses for --output: a report of a large dataset is never held as text.
        var report = ManyProblems();
        foreach (var minimum in new[] { Diagnostics.DiagnosticSeverity.Information, Diagnostics.DiagnosticSeverity.Error })
        {
            using var json = new MemoryStream();
            ReportWriter.WriteJson(report, json, minimum);
            System.Text.Encoding.UTF8.GetString(json.ToArray()).ShouldBe(ReportWriter.ToJson(report, minimum));

            using var sarif = new MemoryStream();
            ReportWriter.WriteSarif(report, sarif, minimum);
            System.Text.Encoding.UTF8.GetString(sarif.ToArray()).ShouldBe(ReportWriter.ToSarif(report, minimum));
        }

        foreach (var minimum in new[] { Diagnostics.DiagnosticSeverity.Information, Diagnostics.DiagnosticSeverity.Warning })
        {
            using var text = new StringWriter();
            ReportWriter.WriteText(report, text, minimum);
            text.ToString().ShouldBe(ReportWriter.ToText(report, minimum));
            text.ToString().ShouldContain("Waived (1):");
        }

        // Typographic characters are written as they are (not escaped), as in the strings.
        using var bundled = new MemoryStream();
        var bundledReport = CaseValidator.Validate(CaseDatasetLoader.Load(DatasetFiles.Bundled));
        ReportWriter.WriteJson(bundledReport, bundled);
        System.Text.Encoding.UTF8.GetString(bundled.ToArray()).ShouldBe(ReportWriter.ToJson(bundledReport));
    }

    [Fact]
    public async Task The_sarif_report_is_valid_sarif_2_1_0()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json"), TestContext.Current.CancellationToken);
        var sarif = ReportWriter.ToSarif(ManyProblems());
        schema.Validate(sarif).ShouldBeEmpty();
        sarif.ShouldContain("\"startLine\"");
        sarif.ShouldContain("\"justification\": \"The court's name is not in dispute.\"");
        sarif.ShouldContain("\"help\"");
        schema.Validate(sarif.Replace("\"level\": \"note\"", "\"level\": \"notice\"", StringComparison.Ordinal)).ShouldNotBeEmpty("the schema check must be able to fail");
    }

    [Fact]
    public void Sarif_results_point_at_the_file_line_column_and_json_pointer()
    {
        var sarif = System.Text.Json.Nodes.JsonNode.Parse(ReportWriter.ToSarif(ManyProblems()))!;
        var results = sarif["runs"]![0]!["results"]!.AsArray();
        var quote = results.First(r => (string?)r!["ruleId"] == "CR2001")!;
        var location = quote["locations"]![0]!;
        ((string?)location["physicalLocation"]!["artifactLocation"]!["uri"]).ShouldBe("case.json");
        ((int?)location["physicalLocation"]!["region"]!["startLine"]).ShouldBe(LineOf(ManyProblemsJson, "\"The fox and the hound\""));
        ((string?)location["logicalLocations"]![0]!["fullyQualifiedName"]).ShouldBe("/persons/0/names/1/citations/0/quote");
        var rules = sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        ((string?)rules[(int)quote["ruleIndex"]!]!["id"]).ShouldBe("CR2001");
    }

    [Fact]
    public void The_bundled_dataset_validates_with_no_errors_or_warnings()
    {
        var report = CaseValidator.Validate(CaseDatasetLoader.LoadFolder(TestData.SeedsFolder));
        report.ErrorCount.ShouldBe(0, ReportWriter.ToText(report));
        report.WarningCount.ShouldBe(0, ReportWriter.ToText(report));
        report.Quotes.Count.ShouldBe(report.CitationCount);
        report.Diagnostics.Select(d => d.Code).Distinct().ShouldBeSubsetOf(["CR2014", "CR2015"]);
        CaseValidator.Validate(CaseDataset.Bundled).ErrorCount.ShouldBe(0);
    }
}
