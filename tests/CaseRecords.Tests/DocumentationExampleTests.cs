using System.Text;
using System.Text.RegularExpressions;
using CaseRecords.Loading;
using CaseRecords.Reading;
using CaseRecords.Validation;

namespace CaseRecords.Tests;

/// <summary>The complete example of docs/format.md: its record file, with the texts the document shows, is a clean case.</summary>
public partial class DocumentationExampleTests
{
    [GeneratedRegex("^`(?<name>[\\w./-]+)`:\\n\\n```(?<lang>[a-z]+)\\n(?<body>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex NamedBlock();

    /// <summary>The files the section shows, each under the name written above it, with '\n' line ends.</summary>
    private static Dictionary<string, byte[]> ExampleFiles()
    {
        var doc = File.ReadAllText(Path.Combine(TestData.SeedsFolder, "..", "docs", "format.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = doc.IndexOf("## A complete example\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "docs/format.md has no \"A complete example\" section");
        var section = doc[start..doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        return NamedBlock().Matches(section).ToDictionary(m => m.Groups["name"].Value, m => Encoding.UTF8.GetBytes(m.Groups["body"].Value));
    }

    [Fact]
    public void The_complete_example_validates_with_no_errors_and_no_warnings()
    {
        var files = ExampleFiles();
        files.Keys.ShouldBe(["texts/herald.txt", "texts/minutes.txt", "case.json"], ignoreOrder: true);
        var load = CaseDatasetLoader.Load(DatasetFiles.FromMemory(files));
        load.Diagnostics.ShouldBeEmpty();
        var report = CaseValidator.Validate(load);
        report.ErrorCount.ShouldBe(0, ReportWriter.ToText(report));
        report.WarningCount.ShouldBe(0, ReportWriter.ToText(report));
        report.Quotes.Count.ShouldBe(report.CitationCount);
        load.Dataset.Files.ShouldHaveSingleItem().Schema.ShouldBe("caserecords.schema.json");
    }

    [Fact]
    public void The_complete_example_shows_every_kind_of_record_and_the_vague_wording_it_documents()
    {
        var dataset = CaseDatasetLoader.Load(DatasetFiles.FromMemory(ExampleFiles())).GetDatasetOrThrow();
        dataset.Sources.Count.ShouldBe(2);
        dataset.Persons.ShouldNotBeEmpty();
        dataset.Organizations.ShouldNotBeEmpty();
        dataset.Incidents.ShouldNotBeEmpty();
        dataset.Proceedings.ShouldNotBeEmpty();

        var stated = dataset.Claims.Select(c => c.Claim.AsStated).OfType<string>().ToList();
        stated.ShouldContain("early 2017");
        stated.ShouldContain("the late 90s");
        dataset.Get<Incident>("bridge-construction").Dates[0].Value.ToEdtf().ShouldBe("[1996..1999]");
        dataset.Get<Incident>("engineers-warning").Dates[0].Value.ToEdtf().ShouldBe("2017");

        // "on Tuesday night", "three years later", "in May": worked out, and marked as inferences.
        dataset.InferredClaims().Select(c => c.Claim.AsStated).ShouldBe(["three years later", "Tuesday night", "May"], ignoreOrder: true);
    }

    [Fact]
    public void Without_their_inference_marks_the_worked_out_dates_are_flagged()
    {
        var files = ExampleFiles();
        var json = Encoding.UTF8.GetString(files["case.json"]);
        var unmarked = Regex.Replace(json, ",\\n\\s*\"inferredFrom\": \"[^\"]*\"", string.Empty);
        unmarked.ShouldNotBe(json);
        files["case.json"] = Encoding.UTF8.GetBytes(unmarked);
        var report = CaseValidator.Validate(CaseDatasetLoader.Load(DatasetFiles.FromMemory(files)));
        report.Diagnostics.Count(d => d.Code is "CR2018" or "CR2019").ShouldBe(3, ReportWriter.ToText(report));
    }
}
