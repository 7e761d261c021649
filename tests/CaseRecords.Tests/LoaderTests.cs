using System.Text;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;

namespace CaseRecords.Tests;

public class LoaderTests
{
    private static Diagnostic Single(LoadResult result)
    {
        result.Succeeded.ShouldBeFalse();
        return result.Diagnostics.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_valid_file_loads_with_no_diagnostics()
    {
        var result = TestData.Load(TestData.ValidFile);
        result.Diagnostics.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        var fox = result.Dataset.Get<Person>("fox");
        fox.Names[0].Value.ShouldBe("Brown Fox");
        fox.Names[0].Citations[0].Quote.ShouldBe("quick brown fox");
        result.Dataset.GetText(result.Dataset.GetSource("s1"))!.Text.ShouldBe(TestData.SourceText);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_line_and_column()
    {
        var d = Single(TestData.Load("{\n  \"formatVersion\": \"1.0\",\n  \"persons\": [ { \"id\": \"a\" ]\n}"));
        d.Code.ShouldBe("CR1001");
        d.File.ShouldBe("case.json");
        d.Line.ShouldBe(3);
        d.Column.ShouldBe(28);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var d = Single(TestData.Load(string.Empty));
        d.Code.ShouldBe("CR1001");
        d.Line.ShouldBe(1);
    }

    [Theory]
    [InlineData("{ \"persons\": [] }", "has no \"formatVersion\"")]
    [InlineData("{ \"formatVersion\": \"2.0\" }", "\"2.0\"")]
    [InlineData("{ \"formatVersion\": 1 }", "number")]
    public void The_format_version_is_checked_first(string json, string expected)
    {
        var d = Single(TestData.Load(json));
        d.Code.ShouldBe("CR1002");
        d.Message.ShouldContain(expected);
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_a_wrong_type()
    {
        var d = Single(TestData.Load("[1, 2]"));
        d.Code.ShouldBe("CR1005");
        d.JsonPointer.ShouldBe(string.Empty);
    }

    [Fact]
    public void Every_structural_problem_in_a_file_is_reported_not_only_the_first()
    {
        const string json = """
            {
              "formatVersion": "1.0",
              "persons": [
                { "id": "a", "nmes": [] },
                { "id": "b", "id": "c" },
                { "id": 7 },
                { "names": [ null ] },
                null
              ]
            }
            """;
        var result = TestData.Load(json);
        result.Diagnostics.Select(d => (d.Code, d.JsonPointer, d.Line, d.Column)).ShouldBe(
        [
            ("CR1003", "/persons/0/nmes", 4, 18),
            ("CR1004", "/persons/1/id", 5, 18),
            ("CR1005", "/persons/2/id", 6, 13),
            ("CR1006", "/persons/3", 7, 5),
            ("CR1007", "/persons/3/names/0", 7, 18),
            ("CR1007", "/persons/4", 8, 5),
        ]);
        result.Diagnostics[0].Message.ShouldContain("did you mean \"names\"?");
    }

    [Fact]
    public void An_unknown_property_that_differs_only_in_case_gets_a_suggestion()
    {
        var d = Single(TestData.Load("{ \"formatVersion\": \"1.0\", \"Persons\": [] }"));
        d.Code.ShouldBe("CR1003");
        d.Message.ShouldContain("did you mean \"persons\"?");
    }

    [Fact]
    public void Trailing_commas_and_comments_are_malformed_json()
    {
        Single(TestData.Load("{ \"formatVersion\": \"1.0\", \"persons\": [], }")).Code.ShouldBe("CR1001");
        Single(TestData.Load("{ \"formatVersion\": \"1.0\" /* note */ }")).Code.ShouldBe("CR1001");
    }

    [Fact]
    public void Deep_nesting_is_refused_without_a_stack_overflow()
    {
        var json = "{ \"formatVersion\": \"1.0\", \"persons\": " + new string('[', 10_000) + new string(']', 10_000) + " }";
        var diagnostics = TestData.Load(json).Diagnostics;
        diagnostics.ShouldContain(d => d.Code == "CR1019" && d.JsonPointer == "/persons/0");
    }

    private static string ReplaceInValid(string from, string to)
    {
        TestData.ValidFile.ShouldContain(from);
        return TestData.ValidFile.Replace(from, to, StringComparison.Ordinal);
    }

    private static readonly System.Text.RegularExpressions.Regex CitationList = new("\"citations\": \\[[^\\]]*\\]");

    [Fact]
    public void A_claim_with_an_empty_citation_list_is_uncited()
    {
        var d = Single(TestData.Load(CitationList.Replace(TestData.ValidFile, "\"citations\": []")));
        d.Code.ShouldBe("CR1012");
        d.JsonPointer.ShouldBe("/persons/0/names/0");
        d.EntityId.ShouldBe("fox");
        d.Line.ShouldBe(16);
    }

    [Fact]
    public void A_claim_with_no_citation_list_is_uncited()
    {
        var json = CitationList.Replace(TestData.ValidFile.Replace("\"Brown Fox\",", "\"Brown Fox\"", StringComparison.Ordinal), string.Empty);
        var d = Single(TestData.Load(json));
        d.Code.ShouldBe("CR1012");
        d.JsonPointer.ShouldBe("/persons/0/names/0");
    }

    [Theory]
    [InlineData("\"quote\": \"quick brown fox\"", "\"quote\": \"\"", "CR1008", "/persons/0/names/0/citations/0/quote")]
    [InlineData("\"quote\": \"quick brown fox\"", "\"quote\": null", "CR1007", "/persons/0/names/0/citations/0/quote")]
    [InlineData("\"value\": \"Brown Fox\"", "\"value\": \"\"", "CR1008", "/persons/0/names/0/value")]
    [InlineData("\"value\": \"Brown Fox\"", "\"value\": null", "CR1007", "/persons/0/names/0/value")]
    [InlineData("\"kind\": \"news-article\"", "\"kind\": \"newspaper\"", "CR1011", "/sources/0/kind")]
    [InlineData("\"source\": \"s1\"", "\"source\": \"S 1\"", "CR1011", "/persons/0/names/0/citations/0/source")]
    [InlineData("\"id\": \"fox\"", "\"id\": \"fox\\u0007\"", "CR1011", "/persons/0/id")]
    [InlineData("\"title\": \"A test source\"", "\"title\": 5", "CR1005", "/sources/0/title")]
    [InlineData("\"text\": \"s1.txt\",", "", "CR1006", "/sources/0")]
    public void Bad_values_are_reported_at_their_pointer(string from, string to, string code, string pointer)
    {
        var d = Single(TestData.Load(ReplaceInValid(from, to)));
        d.Code.ShouldBe(code);
        d.JsonPointer.ShouldBe(pointer);
        d.Line.ShouldNotBeNull().ShouldBeGreaterThan(1);
        d.Column.ShouldNotBeNull().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void A_sha256_that_is_not_a_digest_is_reported()
    {
        var d = Single(TestData.Load(ReplaceInValid(TestData.SourceSha, "abc")));
        d.Code.ShouldBe("CR1011");
        d.JsonPointer.ShouldBe("/sources/0/sha256");
        d.Line.ShouldBe(9);
    }

    [Theory]
    [InlineData("1991-02-30", "CR1009")]
    [InlineData("1900-02-29", "CR1009")]
    [InlineData("2009/2005", "CR1021")]
    [InlineData("2005\u20132009", "CR1009")]
    [InlineData("2004-06~-11", "CR1010")]
    public void Invalid_and_level_2_dates_are_reported(string date, string code)
    {
        var json = ReplaceInValid("\"title\": \"A test source\",", $"\"title\": \"A test source\",\n      \"published\": \"{date}\",");
        var d = Single(TestData.Load(json));
        d.Code.ShouldBe(code);
        d.JsonPointer.ShouldBe("/sources/0/published");
        d.Line.ShouldBe(7);
        d.Message.ShouldContain(date);
    }

    [Fact]
    public void Dates_and_typed_values_load_into_the_model()
    {
        const string json = """
            {
              "formatVersion": "1.0",
              "incidents": [
                {
                  "id": "chase",
                  "dates": [ { "value": "1991-05", "asStated": "May 1991", "citations": [ { "source": "s1", "quote": "in May 1991" } ] } ],
                  "facts": [
                    {
                      "value": { "property": "age", "quantity": { "amount": 19, "upperAmount": 20, "unit": "year" }, "related": { "id": "fox", "role": "victim" } },
                      "rank": "deprecated",
                      "sensitivity": [ "minor" ],
                      "citations": [ { "source": "s1", "quote": "fox", "relayedFrom": "ap-news" } ]
                    }
                  ]
                }
              ]
            }
            """;
        var result = TestData.Load(json);
        result.Diagnostics.ShouldBeEmpty();
        var chase = result.Dataset.Get<Incident>("chase");
        chase.Dates[0].Value.ToEdtf().ShouldBe("1991-05");
        chase.Dates[0].Value.Precision.ShouldBe(Dates.DatePrecision.Month);
        chase.Dates[0].AsStated.ShouldBe("May 1991");
        var fact = chase.Facts[0];
        fact.Rank.ShouldBe(ClaimRank.Deprecated);
        fact.Sensitivity.ShouldBe(Sensitivity.Minor);
        fact.Value.Quantity.ShouldBe(new Quantity(19, "year") { UpperAmount = 20 });
        fact.Value.Related.ShouldBe(new Reference("fox", "victim"));
        fact.Citations[0].RelayedFrom.ShouldBe("ap-news");
    }

    [Fact]
    public void A_fact_with_no_value_and_a_bad_range_are_reported()
    {
        const string json = """
            {
              "formatVersion": "1.0",
              "persons": [
                {
                  "id": "fox",
                  "facts": [
                    { "value": { "property": "age" }, "citations": [ { "source": "s1", "quote": "fox" } ] },
                    { "value": { "property": "age", "quantity": { "amount": 20, "upperAmount": 19, "unit": "year" } }, "citations": [ { "source": "s1", "quote": "fox" } ] },
                    { "value": { "property": "pay", "money": { "amount": 5, "currency": "dollars" } }, "citations": [ { "source": "s1", "quote": "fox" } ] }
                  ]
                }
              ]
            }
            """;
        TestData.Load(json).Diagnostics.Select(d => (d.Code, d.JsonPointer, d.Line)).ShouldBe(
        [
            ("CR1013", "/persons/0/facts/0/value", 7),
            ("CR1011", "/persons/0/facts/1/value/quantity/upperAmount", 8),
            ("CR1011", "/persons/0/facts/2/value/money/currency", 9),
        ]);
    }

    [Fact]
    public void A_bad_record_is_left_out_and_reported_while_the_rest_loads()
    {
        var json = TestData.ValidFile.Replace("\"persons\": [", "\"persons\": [\n    { \"id\": \"Bad Id\" },", StringComparison.Ordinal);
        var result = TestData.Load(json);
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("CR1011");
        result.Dataset.Persons.Select(p => p.Id).ShouldBe(["fox"]);
        Should.Throw<DatasetLoadException>(() => result.GetDatasetOrThrow()).Diagnostics.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("../outside.txt", "goes up")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("texts\\\\s1.txt", "'\\\\'")]
    [InlineData("./s1.txt", "'.'")]
    public void Source_paths_that_leave_the_dataset_are_refused(string path, string problem)
    {
        var d = Single(TestData.Load(ReplaceInValid("\"text\": \"s1.txt\"", $"\"text\": \"{path}\"")));
        d.Code.ShouldBe("CR1014");
        d.JsonPointer.ShouldBe("/sources/0/text");
        d.Line.ShouldBe(8);
        d.Message.ShouldContain(problem.Replace("\\\\", "\\", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_source_text_is_reported_at_the_source()
    {
        var d = Single(TestData.Load(TestData.ValidFile, text: null));
        d.Code.ShouldBe("CR1015");
        d.JsonPointer.ShouldBe("/sources/0/text");
        d.EntityId.ShouldBe("s1");
        d.Line.ShouldBe(8);
    }

    [Fact]
    public void A_source_text_that_is_not_utf8_is_reported()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["case.json"] = Encoding.UTF8.GetBytes(TestData.ValidFile),
            ["s1.txt"] = [0x41, 0xFF, 0x42],
        };
        Single(CaseDatasetLoader.Load(DatasetFiles.FromMemory(files))).Code.ShouldBe("CR1016");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read()
    {
        var files = new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(TestData.ValidFile) };
        var d = CaseDatasetLoader.Load(DatasetFiles.FromMemory(files), new LoadOptions { MaxFileBytes = 100 }).Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("CR1018");
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TestData.ValidFile)];
        TestData.Load(json).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void An_empty_folder_and_a_missing_folder_are_errors()
    {
        var empty = Directory.CreateTempSubdirectory("caserecords-");
        try
        {
            var error = CaseDatasetLoader.LoadFolder(empty.FullName).Diagnostics.ShouldHaveSingleItem();
            error.Code.ShouldBe("CR1020");
            error.Severity.ShouldBe(DiagnosticSeverity.Error);
            CaseDatasetLoader.LoadFolder(Path.Combine(empty.FullName, "nope")).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("CR1017");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_symbolic_link_out_of_the_folder_is_refused()
    {
        var root = Directory.CreateTempSubdirectory("caserecords-");
        var outside = Path.Combine(Path.GetTempPath(), $"caserecords-outside-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(outside, TestData.SourceText);
            File.WriteAllText(Path.Combine(root.FullName, "case.json"), TestData.ValidFile);
            File.CreateSymbolicLink(Path.Combine(root.FullName, "s1.txt"), outside);
            var d = Single(CaseDatasetLoader.LoadFolder(root.FullName));
            d.Code.ShouldBe("CR1014");
            d.JsonPointer.ShouldBe("/sources/0/text");
        }
        finally
        {
            root.Delete(recursive: true);
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_folder_where_a_source_text_should_be_is_unreadable()
    {
        var root = Directory.CreateTempSubdirectory("caserecords-");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, "case.json"), TestData.ValidFile);
            Directory.CreateDirectory(Path.Combine(root.FullName, "s1.txt"));
            Single(CaseDatasetLoader.LoadFolder(root.FullName)).Code.ShouldBe("CR1017");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Loading_from_streams_reads_the_records_and_the_texts()
    {
        using var records = new MemoryStream(Encoding.UTF8.GetBytes(TestData.ValidFile));
        using var text = new MemoryStream(Encoding.UTF8.GetBytes(TestData.SourceText));
        var result = CaseDatasetLoader.Load(records, "my.json", new Dictionary<string, Stream> { ["s1.txt"] = text });
        result.Diagnostics.ShouldBeEmpty();
        result.Dataset.Files.ShouldHaveSingleItem().Path.ShouldBe("my.json");
    }

    [Fact]
    public void Every_code_the_library_can_report_is_in_the_documented_table_once()
    {
        DiagnosticCodes.All.Select(d => d.Code).ShouldBeUnique();
        DiagnosticCodes.All.ShouldAllBe(d => (d.Code.StartsWith("CR1", StringComparison.Ordinal) || d.Code.StartsWith("CR2", StringComparison.Ordinal)) && d.Help.Length > 20);
        typeof(DiagnosticCodes).GetFields().Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().ShouldBe(DiagnosticCodes.All, ignoreOrder: true);
        var doc = File.ReadAllText(Path.Combine(TestData.SeedsFolder, "..", "docs", "diagnostics.md"));
        foreach (var descriptor in DiagnosticCodes.All)
        {
            doc.ShouldContain($"| {descriptor.Code} |");
        }
    }
}

/// <summary>
/// A loaded dataset keeps a fingerprint of each record file, not its bytes; the validator reads a file again to
/// place its findings, and only if the file is unchanged.
/// </summary>
public sealed class FindingPositionTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("caserecords-positions-");

    public FindingPositionTests()
    {
        foreach (var file in Directory.GetFiles(TestData.SeedsFolder))
        {
            File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
        }
    }

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Findings_in_an_unchanged_file_have_line_and_column()
    {
        var report = Validation.CaseValidator.Validate(CaseDatasetLoader.LoadFolder(folder.FullName));
        report.Diagnostics.ShouldNotBeEmpty();
        report.Diagnostics.ShouldAllBe(d => d.Line > 0 && d.Column > 0 && d.JsonPointer != null);
    }

    [Fact]
    public void Findings_in_a_file_changed_after_loading_keep_their_pointer_but_no_position()
    {
        var load = CaseDatasetLoader.LoadFolder(folder.FullName);
        File.AppendAllText(Path.Combine(folder.FullName, "milwaukee-1991.json"), "\n");
        var report = Validation.CaseValidator.Validate(load);
        report.Diagnostics.ShouldNotBeEmpty();
        report.Diagnostics.ShouldAllBe(d => d.Line == null && d.Column == null && d.JsonPointer != null && d.JsonPointer.StartsWith('/'));
    }

    [Fact]
    public void Findings_in_a_file_deleted_after_loading_keep_their_pointer_but_no_position()
    {
        var load = CaseDatasetLoader.LoadFolder(folder.FullName);
        File.Delete(Path.Combine(folder.FullName, "milwaukee-1991.json"));
        var report = Validation.CaseValidator.Validate(load);
        report.Diagnostics.ShouldNotBeEmpty();
        report.Diagnostics.ShouldAllBe(d => d.Line == null && d.JsonPointer != null);
    }
}
