using CaseRecords.Cli;
using CaseRecords.Loading;
using CaseRecords.Reading;
using CaseRecords.Validation;

namespace CaseRecords.Tests;

/// <summary>
/// The hand-made second case in samples/riverton-traffic-stop (two invented texts that disagree on a spelling, a count,
/// a date and a reason): the support rules flag nothing in it, and what its sources disagree on is reported.
/// </summary>
public class SampleCaseTests
{
    private static readonly string Folder = Path.Combine(Path.GetDirectoryName(TestData.SeedsFolder)!, "samples", "riverton-traffic-stop");

    [Fact]
    public void The_sample_case_loads_and_validates_with_no_errors_or_warnings()
    {
        var load = CaseDatasetLoader.LoadFolder(Folder);
        load.Diagnostics.ShouldBeEmpty();
        var report = CaseValidator.Validate(load);
        report.ErrorCount.ShouldBe(0, ReportWriter.ToText(report));
        report.WarningCount.ShouldBe(0, ReportWriter.ToText(report));
        report.Quotes.Count.ShouldBe(report.CitationCount);

        // Information is only disagreement and thin evidence: no free text barely supported.
        report.Diagnostics.Select(d => d.Code).Distinct().Order().ShouldBe(["CR2014", "CR2015"]);
    }

    [Fact]
    public void Its_disagreements_are_conflict_sets_and_its_agreements_are_not()
    {
        var dataset = CaseDatasetLoader.LoadFolder(Folder).Dataset;
        var conflicts = dataset.Conflicts().Select(c => $"{c.SubjectId} {c.Property}").Order().ToList();
        conflicts.ShouldBe(["delancey-avenue-stop facts/count: officers at the stop", "maria-velazquez names", "velazquez-lawsuit filed"], string.Join("\n", conflicts));

        // "City Council" is a short form of "Riverton City Council": no disagreement.
        dataset.Get<Organization>("riverton-city-council").Names.ShouldContain(n => n.Form == NameForm.Short);

        // "March 3, 2019" refines "March 2019": the timeline shows the stop once, on the day.
        var stop = dataset.Timeline().Dated.Where(e => e.Claim.Subject.Id == "delancey-avenue-stop" && e.Claim.Property == "dates").ToList();
        stop.ShouldHaveSingleItem().When.ShouldBe("3 March 2019");
    }

    [Fact]
    public void Stats_lists_its_inferred_claim()
    {
        var stdout = new StringWriter();
        CliApp.Run(["stats", Folder], stdout, new StringWriter(), colour: false).ShouldBe(CliApp.Clean);
        var dataset = CaseDatasetLoader.LoadFolder(Folder).Dataset;
        var inferred = dataset.InferredClaims().ShouldHaveSingleItem();
        stdout.ToString().ShouldContain("Inferred claims: 1");
        stdout.ToString().ShouldContain($"{inferred.Subject.Id}/{inferred.Property}/{inferred.Index}");
    }
}
