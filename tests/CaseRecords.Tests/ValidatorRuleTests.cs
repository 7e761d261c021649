using CaseRecords.Diagnostics;
using CaseRecords.Validation;
using static CaseRecords.Tests.ValidationFixture;

namespace CaseRecords.Tests;

/// <summary>Each rule: input that breaks it (code, pointer, line) and input that satisfies it.</summary>
public class ValidatorRuleTests
{
    [Fact]
    public void The_fixture_satisfies_every_error_and_warning_rule()
    {
        var report = Validate(Json);
        report.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Information).ShouldBeEmpty(ReportWriter.ToText(report));
        report.Quotes.Count.ShouldBe(report.CitationCount);
    }

    private static void ShouldReport(string json, string code, string pointer, string lineMarker, ValidationOptions? options = null, int occurrence = 1)
    {
        var d = Find(Validate(json, options), code);
        d.JsonPointer.ShouldBe(pointer);
        d.File.ShouldBe("case.json");
        d.Line.ShouldBe(LineOf(json, lineMarker, occurrence));
        d.Column.ShouldNotBeNull().ShouldBeGreaterThan(0);
        d.Message.Length.ShouldBeGreaterThan(20);
    }

    private static void ShouldNotReport(string json, string code, string? pointer = null) =>
        Validate(json).Diagnostics.ShouldNotContain(d => d.Code == code && (pointer == null || d.JsonPointer == pointer));

    [Fact]
    public void CR2001_a_quote_missing_from_its_source()
    {
        var json = Break("\"the fox was seen\"", "\"the fox was sighted\"");
        ShouldReport(json, "CR2001", "/persons/0/names/0/citations/0/quote", "the fox was sighted");
        ShouldNotReport(Json, "CR2001");
    }

    [Fact]
    public void CR2001_names_the_source_where_the_quote_does_occur()
    {
        var d = Find(Validate(Break("\"the fox was seen\"", "\"The fox and the hound\"")), "CR2001");
        d.Message.ShouldContain("It does occur in \"s2\"");
    }

    [Fact]
    public void Quotes_match_across_white_space_typographic_quotes_and_dashes_only()
    {
        // The fixture quotes "the hound's keeper" with a straight apostrophe; the text has a typographic one, and a line break.
        var report = Validate(Json);
        var match = report.Quotes.First(q => q.Citation.Quote == "the hound's keeper");
        match.Span.Line.ShouldBe(2);
        Text1.Substring(match.Span.Start, match.Span.Length).ShouldBe("the hound’s keeper");
        var spaced = Break("\"the fox was seen\"", "\"  the  fox\\n was seen \"");
        ShouldNotReport(spaced, "CR2001");
        var recased = Break("\"the fox was seen\"", "\"the Fox was seen\"");
        Find(Validate(recased), "CR2001").JsonPointer.ShouldBe("/persons/0/names/0/citations/0/quote");
    }

    [Fact]
    public void CR2002_a_citation_of_an_unknown_source()
    {
        var json = Break("{ \"source\": \"s1\", \"quote\": \"the fox was seen\" }", "{ \"source\": \"s9\", \"quote\": \"the fox was seen\" }");
        ShouldReport(json, "CR2002", "/persons/0/names/0/citations/0/source", "\"s9\"");
        ShouldNotReport(Json, "CR2002");
    }

    [Fact]
    public void CR2003_a_source_text_that_is_not_available()
    {
        var dataset = CaseDataset.Create(Load(Json).Dataset.Files);   // the same records, no texts
        var report = CaseValidator.Validate(dataset);
        report.Diagnostics.Where(d => d.Code == "CR2003").Select(d => d.JsonPointer).ShouldBe(["/sources/0/text", "/sources/1/text"]);
        report.Diagnostics.ShouldAllBe(d => d.Line == null, "a dataset built in code has no lines");
        ShouldNotReport(Json, "CR2003");
    }

    [Fact]
    public void A_missing_text_file_is_reported_once_by_the_loader_not_again_by_the_validator()
    {
        var report = Validate(Json, withText2: false);
        report.Diagnostics.Where(d => d.EntityId == "s2" && d.Code is "CR1015" or "CR2003").Select(d => d.Code).ShouldBe(["CR1015"]);
    }

    [Fact]
    public void CR2004_a_source_text_whose_hash_changed()
    {
        var json = Break(Sha(Text1), new string('a', 64));
        ShouldReport(json, "CR2004", "/sources/0/sha256", "\"id\": \"s1\"");
        ShouldNotReport(Json, "CR2004");
    }

    [Fact]
    public void CR2005_an_as_stated_wording_outside_the_quotes()
    {
        var json = Break("\"asStated\": \"May 1991\"", "\"asStated\": \"spring 1991\"");
        ShouldReport(json, "CR2005", "/incidents/0/dates/0/asStated", "spring 1991");
        ShouldNotReport(Json, "CR2005");
    }

    [Fact]
    public void CR2006_a_day_where_the_quotes_name_only_a_month()
    {
        var json = Break("\"value\": \"1991-05\"", "\"value\": \"1991-05-03\"");
        ShouldReport(json, "CR2006", "/incidents/0/dates/0/value", "1991-05-03");
        Find(Validate(json), "CR2006").Severity.ShouldBe(DiagnosticSeverity.Warning);
        ShouldNotReport(Json, "CR2006");
    }

    [Fact]
    public void CR2006_a_month_where_the_quotes_name_no_month()
    {
        var json = Break("\"value\": \"1991-07-22\", \"asStated\": \"22nd July 1991\", \"citations\": [ { \"source\": \"s1\", \"quote\": \"On 22nd July 1991\" }, { \"source\": \"s1\", \"quote\": \"22nd July\" } ]",
            "\"value\": \"1980-07\", \"citations\": [ { \"source\": \"s1\", \"quote\": \"born in 1980\" } ]");
        ShouldReport(json, "CR2006", "/proceedings/0/filed/0/value", "1980-07");
    }

    [Fact]
    public void CR2007_two_records_with_one_id()
    {
        var json = Break("\"id\": \"keeper\"", "\"id\": \"fox\"");
        ShouldReport(json, "CR2007", "/persons/1/id", "\"id\": \"fox\"", occurrence: 2);
        ShouldNotReport(Json, "CR2007");
    }

    [Fact]
    public void CR2008_a_reference_to_a_missing_id()
    {
        var json = Break("{ \"id\": \"keeper\", \"role\": \"defendant\" }", "{ \"id\": \"wolf\", \"role\": \"defendant\" }");
        ShouldReport(json, "CR2008", "/proceedings/0/parties/0/value/id", "\"wolf\"");
        var relayed = Break("{ \"source\": \"s1\", \"quote\": \"The court ruled\" } ] } ] }", "{ \"source\": \"s1\", \"quote\": \"The court ruled\", \"relayedFrom\": \"nobody\" } ] } ] }");
        ShouldReport(relayed, "CR2008", "/organizations/0/names/0/citations/0/relayedFrom", "\"nobody\"");
        ShouldNotReport(Json, "CR2008");
    }

    [Fact]
    public void CR2009_a_reference_to_the_wrong_kind_of_entity()
    {
        var json = Break("{ \"value\": { \"id\": \"court\" }", "{ \"value\": { \"id\": \"fox\" }");
        ShouldReport(json, "CR2009", "/proceedings/0/forums/0/value/id", "\"forums\"");
        ShouldNotReport(Json, "CR2009");
    }

    [Fact]
    public void CR2010_a_cycle_in_a_proceeding_chain()
    {
        var json = Break("\"kind\": \"civil-lawsuit\",", "\"kind\": \"civil-lawsuit\",\n      \"follows\": [ { \"value\": { \"id\": \"review\" }, \"citations\": [ { \"source\": \"s2\", \"quote\": \"the review\" } ] } ],");
        ShouldReport(json, "CR2010", "/proceedings/1/reviews/0", "\"reviews\"");
        ShouldNotReport(Json, "CR2010");
    }

    [Fact]
    public void CR2011_a_proceeding_decided_before_it_was_filed()
    {
        var json = Break("\"value\": \"1994-06\"", "\"value\": \"1990-06\"");
        ShouldReport(json, "CR2011", "/proceedings/0/decided/0", "1990-06");
        ShouldNotReport(Json, "CR2011");
    }

    [Fact]
    public void CR2012_an_event_before_a_participant_was_born()
    {
        var json = Break("\"date\": \"1980\"", "\"date\": \"1995\"");
        var report = Validate(json);
        report.Diagnostics.Where(d => d.Code == "CR2012").Select(d => d.JsonPointer).ShouldBe(["/incidents/0/participants/0", "/proceedings/0/parties/0"]);
        report.Diagnostics.First(d => d.Code == "CR2012").Line.ShouldBe(LineOf(json, "\"role\": \"witness\""));
        ShouldNotReport(Json, "CR2012");
    }

    // A date that disagrees with May 1991 (a date inside May 1991, or 1991 itself, would only refine it or be refined).
    private const string SecondDate = ",\n        { \"value\": \"1991-07-22\", \"citations\": [ { \"source\": \"s1\", \"quote\": \"On 22nd July 1991 the fox was seen\" } ] }";

    private static string WithSecondDate(string firstRank, string secondRank)
    {
        var first = Break("{ \"value\": \"1991-05\", \"asStated\"", "{ \"value\": \"1991-05\", " + firstRank + "\"asStated\"");
        var anchor = "{ \"source\": \"s2\", \"quote\": \"chased the fox in May 1991\" } ] }";
        return first.Replace(anchor, anchor + SecondDate.Replace("{ \"value\": \"1991-07-22\", ", "{ \"value\": \"1991-07-22\", " + secondRank, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void CR2013_two_conflicting_versions_both_preferred()
    {
        var json = WithSecondDate("\"rank\": \"preferred\", ", "\"rank\": \"preferred\", ");
        ShouldReport(json, "CR2013", "/incidents/0/dates/1/rank", "{ \"value\": \"1991-07-22\"");
        ShouldNotReport(WithSecondDate("\"rank\": \"preferred\", \"note\": \"more precise\", ", string.Empty), "CR2013");
    }

    [Fact]
    public void CR2014_sources_disagree_and_no_version_is_preferred()
    {
        var json = WithSecondDate(string.Empty, string.Empty);
        ShouldReport(json, "CR2014", "/incidents/0/dates/0", "{ \"value\": \"1991-05\"");
        var report = Validate(json);
        var conflict = report.Conflicts.ShouldHaveSingleItem();
        conflict.SubjectId.ShouldBe("chase");
        conflict.Property.ShouldBe("dates");
        conflict.Versions.Select(v => v.Value).ShouldBe(["1991-05", "1991-07-22"]);
        conflict.Versions[1].Sources.ShouldBe(["s1"]);
        conflict.Preferred.ShouldBeNull();
        var resolved = Validate(WithSecondDate("\"rank\": \"preferred\", \"note\": \"more precise\", ", string.Empty));
        resolved.Diagnostics.ShouldNotContain(d => d.Code == "CR2014");
        resolved.Conflicts.ShouldHaveSingleItem().Preferred!.Value.ShouldBe("1991-05");
        Validate(Json).Conflicts.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("1991")]
    [InlineData("1991-05-27")]
    [InlineData("[1990..1992]")]
    public void Dates_of_which_one_refines_the_other_do_not_disagree(string second)
    {
        var json = WithSecondDate(string.Empty, string.Empty).Replace("\"value\": \"1991-07-22\"", $"\"value\": \"{second}\"", StringComparison.Ordinal);
        var report = Validate(json);
        report.Conflicts.ShouldBeEmpty();
        report.Diagnostics.ShouldNotContain(d => d.Code == "CR2014" || d.Code == "CR2013");
    }

    [Theory]
    [InlineData("1991-05", "In May 1991 the hound chased the fox", null)]
    [InlineData("1991-05-03", "In May 1991 the hound chased the fox", null)]
    [InlineData("1991", "In May 1991 the hound chased the fox", null)]
    [InlineData("1991-07-22", "On 22nd July 1991 the fox was seen", null)]
    [InlineData("1994-06", "In May 1991 the hound chased the fox", "CR2018")]
    [InlineData("1991-07-23", "On 22nd July 1991 the fox was seen", "CR2018")]
    [InlineData("1991-05", "the hound chased the fox", "CR2019")]
    public void CR2018_and_CR2019_a_date_must_be_one_its_quotes_state(string date, string quote, string? code)
    {
        var json = Break("{ \"value\": \"1991-05\", \"asStated\": \"May 1991\", \"citations\": [ { \"source\": \"s1\", \"quote\": \"In May 1991 the hound chased the fox\" }, { \"source\": \"s2\", \"quote\": \"chased the fox in May 1991\" } ] }",
            $"{{ \"value\": \"{date}\", \"citations\": [ {{ \"source\": \"s1\", \"quote\": \"{quote}\" }} ] }}");
        var report = Validate(json);
        var found = report.Diagnostics.Where(d => d.Code is "CR2018" or "CR2019").ToList();
        if (code is null)
        {
            found.ShouldBeEmpty();
            return;
        }

        var d = found.ShouldHaveSingleItem();
        d.Code.ShouldBe(code);
        d.JsonPointer.ShouldBe("/incidents/0/dates/0/value");
        d.Line.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("{ \"amount\": 1980, \"unit\": \"year\" }", "The keeper was born in 1980", null)]
    [InlineData("{ \"amount\": 1981, \"unit\": \"year\" }", "The keeper was born in 1980", "CR2020")]
    [InlineData("{ \"amount\": 1980, \"upperAmount\": 1982, \"unit\": \"year\" }", "The keeper was born in 1980", "CR2020")]
    [InlineData("{ \"amount\": 1, \"unit\": \"keeper\" }", "The keeper was born in 1980", "CR2020")]
    public void CR2020_an_amount_must_be_stated_in_a_quote(string quantity, string quote, string? code)
    {
        var json = Break("{ \"value\": { \"property\": \"birth\", \"date\": \"1980\" }, \"asStated\": \"born in 1980\", \"citations\": [ { \"source\": \"s1\", \"quote\": \"keeper was born in 1980\" }, { \"source\": \"s2\", \"quote\": \"The keeper was born in 1980\" } ] }",
            $"{{ \"value\": {{ \"property\": \"count\", \"quantity\": {quantity} }}, \"citations\": [ {{ \"source\": \"s2\", \"quote\": \"{quote}\" }} ] }}");
        var found = Validate(json).Diagnostics.Where(d => d.Code == "CR2020").ToList();
        if (code is null)
        {
            found.ShouldBeEmpty();
            return;
        }

        found.ShouldHaveSingleItem().JsonPointer.ShouldBe("/persons/1/facts/0/value/quantity/amount");
    }

    [Fact]
    public void CR2015_a_claim_resting_on_one_source()
    {
        var report = Validate(Json);
        var d = report.Diagnostics.Single(d => d.Code == "CR2015" && d.EntityId == "court");
        d.JsonPointer.ShouldBe("/organizations/0/names/0");
        d.Severity.ShouldBe(DiagnosticSeverity.Information);
        d.Message.ShouldContain("1 independent source (s1)");
        report.Diagnostics.ShouldNotContain(d => d.Code == "CR2015" && d.JsonPointer == "/persons/0/names/0");
    }

    [Fact]
    public void CR2015_a_claim_resting_only_on_relayed_reports_counts_zero_independent_sources()
    {
        var json = Break("{ \"source\": \"s1\", \"quote\": \"The court ruled\" } ] } ] }", "{ \"source\": \"s1\", \"quote\": \"The court ruled\", \"relayedFrom\": \"fox\" } ] } ] }");
        var d = Validate(json).Diagnostics.Single(d => d.Code == "CR2015" && d.EntityId == "court");
        d.JsonPointer.ShouldBe("/organizations/0/names/0");
        d.Line.ShouldBe(LineOf(json, "\"relayedFrom\": \"fox\""));
        d.Message.ShouldContain("only on relayed reports (s1 per fox): 0 independent sources");
    }

    [Fact]
    public void CR2016_a_source_no_claim_cites()
    {
        var json = Break("{ \"id\": \"s2\",", $"{{ \"id\": \"s3\", \"title\": \"Unused\", \"kind\": \"book\", \"text\": \"s1.txt\", \"sha256\": \"{Sha(Text1)}\" }},\n    {{ \"id\": \"s2\",");
        ShouldReport(json, "CR2016", "/sources/1", "\"id\": \"s3\"");
        ShouldNotReport(Json, "CR2016");
    }

    [Fact]
    public void CR2017_a_waiver_that_matches_nothing_and_waived_findings_are_counted_not_hidden()
    {
        var options = new ValidationOptions
        {
            Waivers =
            [
                new Waiver("CR2015", "court", "The court's name is not in dispute."),
                new Waiver("CR2001", "fox", "Stale waiver."),
            ],
        };
        var report = Validate(Json, options);
        report.Diagnostics.ShouldNotContain(d => d.Code == "CR2015" && d.EntityId == "court");
        var waived = report.Waived.ShouldHaveSingleItem();
        waived.Diagnostic.JsonPointer.ShouldBe("/organizations/0/names/0");
        waived.Waiver.Reason.ShouldBe("The court's name is not in dispute.");
        Find(report, "CR2017").Message.ShouldContain("CR2001");
        ReportWriter.ToText(report).ShouldContain("1 waived");
        Validate(Json).Diagnostics.ShouldNotContain(d => d.Code == "CR2017");
    }

    [Fact]
    public void A_waiver_can_be_narrowed_to_one_claim()
    {
        var narrow = new ValidationOptions { Waivers = [new Waiver("CR2015", "court", "ok") { JsonPointer = "/organizations/0/names/1" }] };
        var report = Validate(Json, narrow);
        report.Waived.ShouldBeEmpty();
        report.Diagnostics.ShouldContain(d => d.Code == "CR2017");
    }

    [Fact]
    public void Warnings_can_be_treated_as_errors()
    {
        var json = Break("\"value\": \"1991-05\"", "\"value\": \"1991-05-03\"");
        var report = Validate(json, new ValidationOptions { WarningsAsErrors = true });
        Find(report, "CR2006").Severity.ShouldBe(DiagnosticSeverity.Error);
        report.HasErrors.ShouldBeTrue();
        Validate(json).HasErrors.ShouldBeFalse();
    }

    [Fact]
    public void Findings_below_the_minimum_severity_are_counted_not_listed()
    {
        var json = Break("\"value\": \"1991-05\"", "\"value\": \"1991-05-03\"");
        var all = Validate(json);
        var listed = Validate(json, new ValidationOptions { MinimumSeverity = DiagnosticSeverity.Warning });
        all.InformationCount.ShouldBeGreaterThan(0);
        all.UnlistedCount.ShouldBe(0);

        // The same counts, the same warnings at the same places; the information is counted, not listed.
        listed.Diagnostics.ShouldBe(all.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        listed.Diagnostics.ShouldContain(d => d.Code == "CR2006");
        (listed.ErrorCount, listed.WarningCount, listed.InformationCount).ShouldBe((all.ErrorCount, all.WarningCount, all.InformationCount));
        listed.UnlistedCount.ShouldBe(all.InformationCount);
        ReportWriter.Summary(listed).ShouldContain($"{all.InformationCount} finding(s) below the minimum severity are counted, not listed.");
        ReportWriter.Summary(all).ShouldNotContain("not listed");

        // Warnings made errors are listed at the error minimum; information and nothing else is unlisted.
        var errors = Validate(json, new ValidationOptions { MinimumSeverity = DiagnosticSeverity.Error, WarningsAsErrors = true });
        errors.Diagnostics.ShouldContain(d => d.Code == "CR2006" && d.Severity == DiagnosticSeverity.Error);
        errors.UnlistedCount.ShouldBe(all.InformationCount);
        Validate(json, new ValidationOptions { MinimumSeverity = DiagnosticSeverity.Error }).UnlistedCount.ShouldBe(all.InformationCount + all.WarningCount);
        Should.Throw<ArgumentOutOfRangeException>(() => new ValidationOptions { MinimumSeverity = (DiagnosticSeverity)7 });
    }

    [Fact]
    public void Waivers_see_the_findings_below_the_minimum_severity()
    {
        var options = new ValidationOptions { MinimumSeverity = DiagnosticSeverity.Warning, Waivers = [new Waiver("CR2015", "court", "The court's name is not in dispute.")] };
        var report = Validate(Json, options);
        report.Waived.ShouldContain(w => w.Diagnostic.Code == "CR2015" && w.Diagnostic.EntityId == "court");
        report.Diagnostics.ShouldNotContain(d => d.Code == "CR2015" || d.Code == "CR2017"); // none listed, and the waiver is used
        report.InformationCount.ShouldBe(Validate(Json, options with { MinimumSeverity = DiagnosticSeverity.Information }).InformationCount);
    }

    [Fact]
    public void CR1021_a_period_that_ends_before_it_starts()
    {
        var json = Break("\"value\": \"1991-05\"", "\"value\": \"1994/1991\"");
        var d = Load(json).Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("CR1021");
        d.JsonPointer.ShouldBe("/incidents/0/dates/0/value");
        d.Line.ShouldBe(LineOf(json, "1994/1991"));
        Load(Break("\"value\": \"1991-05\"", "\"value\": \"1991/1994\"")).Diagnostics.ShouldNotContain(d => d.Code == "CR1021");
    }

    [Fact]
    public void Uncited_and_empty_values_in_nested_claims_are_reported()
    {
        var json = Break("{ \"value\": { \"id\": \"keeper\", \"role\": \"defendant\" }, \"citations\": [ { \"source\": \"s1\", \"quote\": \"the hound's keeper\" }, { \"source\": \"s2\", \"quote\": \"The keeper\" } ] }",
            "{ \"value\": { \"id\": \"keeper\", \"role\": \"\" }, \"citations\": [] }");
        var report = Validate(json);
        report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => (d.Code, d.JsonPointer)).ShouldBe(
        [
            ("CR1008", "/proceedings/0/parties/0/value/role"),
            ("CR1012", "/proceedings/0/parties/0"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void The_report_is_deterministic_and_independent_of_the_validators_history()
    {
        var json = Break("\"the fox was seen\"", "\"the fox was sighted\"");
        ReportWriter.ToJson(Validate(json)).ShouldBe(ReportWriter.ToJson(Validate(json)));
    }
}
