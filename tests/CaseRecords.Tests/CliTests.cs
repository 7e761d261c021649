using System.Text;
using System.Text.Json.Nodes;
using CaseRecords.Cli;

namespace CaseRecords.Tests;

public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("caserecords-cli-");
    private readonly DirectoryInfo elsewhere = Directory.CreateTempSubdirectory("caserecords-cli-out-");

    public void Dispose()
    {
        folder.Delete(recursive: true);
        elsewhere.Delete(recursive: true);
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A records folder: the validation fixture, broken or not.</summary>
    private string Records(string json)
    {
        File.WriteAllText(Path.Combine(folder.FullName, "case.json"), json);
        File.WriteAllText(Path.Combine(folder.FullName, "s1.txt"), ValidationFixture.Text1);
        File.WriteAllText(Path.Combine(folder.FullName, "s2.txt"), ValidationFixture.Text2);
        return folder.FullName;
    }

    [Fact]
    public void Validate_without_a_path_checks_the_bundled_dataset_and_exits_0()
    {
        var (code, output, error) = Run("validate", "--min-severity", "warning");
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain("0 error(s), 0 warning(s)");
        output.ShouldContain("Where the sources disagree");
        output.ShouldNotContain("info CR2015");
        error.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_lists_warnings_and_errors_by_default_and_information_when_asked()
    {
        var (_, quiet, _) = Run("validate");
        quiet.ShouldNotContain("info CR2015");
        quiet.ShouldContain("below the minimum severity are counted, not listed.");
        var (code, all, _) = Run("validate", "--min-severity", "information");
        code.ShouldBe(CliApp.Clean);
        all.ShouldContain("info CR2015");
        all.ShouldNotContain("not listed");
        quiet[quiet.LastIndexOf("0 error(s)", StringComparison.Ordinal)..].ShouldStartWith(all[all.LastIndexOf("0 error(s)", StringComparison.Ordinal)..].TrimEnd('\n'));
    }

    [Fact]
    public void Validate_exits_1_on_errors_and_lists_them_with_their_positions()
    {
        var path = Records(ValidationFixture.Break("\"the fox was seen\"", "\"the fox was sighted\""));
        var (code, output, _) = Run("validate", path);
        code.ShouldBe(CliApp.ValidationErrors);
        output.ShouldContain("case.json(");
        output.ShouldContain("error CR2001");
        output.ShouldContain("[/persons/0/names/0/citations/0/quote]");
    }

    [Fact]
    public void Validate_a_single_record_file()
    {
        var path = Records(ValidationFixture.Json);
        Run("validate", Path.Combine(path, "case.json")).Code.ShouldBe(CliApp.Clean);
    }

    [Fact]
    public void Warnings_as_errors_turns_a_warning_into_exit_code_1()
    {
        var path = Records(ValidationFixture.Break("\"value\": \"1991-05\"", "\"value\": \"1991-05-03\""));
        Run("validate", path).Code.ShouldBe(CliApp.Clean);
        Run("validate", path, "--warnings-as-errors").Code.ShouldBe(CliApp.ValidationErrors);
    }

    [Fact]
    public void Json_and_sarif_go_to_stdout_or_to_a_file_with_the_summary_on_stderr()
    {
        var path = Records(ValidationFixture.Break("\"the fox was seen\"", "\"the fox was sighted\""));
        var (code, output, error) = Run("validate", path, "--format", "json");
        code.ShouldBe(CliApp.ValidationErrors);
        JsonNode.Parse(output)!["summary"]!["errors"]!.GetValue<int>().ShouldBe(1);
        error.ShouldContain("1 error(s)");

        var sarifFile = Path.Combine(folder.FullName, "out", "..", "report.sarif");
        var sarif = Run("validate", path, "--format", "sarif", "--output", sarifFile);
        sarif.Out.ShouldBeEmpty();
        ((string?)JsonNode.Parse(File.ReadAllText(sarifFile))!["version"]).ShouldBe("2.1.0");
    }

    [Fact]
    public void Waivers_from_a_file_are_counted_and_a_bad_waivers_file_exits_2()
    {
        var path = Records(ValidationFixture.Json);
        var waivers = Path.Combine(elsewhere.FullName, "waivers.json");
        File.WriteAllText(waivers, "{ \"waivers\": [ { \"code\": \"CR2015\", \"entity\": \"court\", \"reason\": \"Not in dispute.\" } ] }");
        var (code, output, _) = Run("validate", path, "--waivers", waivers);
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain("Waived (1):");
        output.ShouldContain("waived: Not in dispute.");

        File.WriteAllText(waivers, "{ \"waivers\": [ { \"code\": \"CR2015\", \"entity\": \"Court!\", \"reason\": \"x\" } ] }");
        var bad = Run("validate", path, "--waivers", waivers);
        bad.Code.ShouldBe(CliApp.UsageOrIoError);
        bad.Err.ShouldContain("waiver 0 is invalid");
        Run("validate", path, "--waivers", Path.Combine(elsewhere.FullName, "none.json")).Code.ShouldBe(CliApp.UsageOrIoError);
    }

    [Theory]
    [InlineData("validate", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("show")]
    [InlineData("validate", "--no-such-option")]
    public void Usage_errors_exit_2_with_a_message_on_stderr(params string[] args)
    {
        var (code, output, error) = Run(args);
        code.ShouldBe(CliApp.UsageOrIoError);
        output.ShouldBeEmpty();
        error.ShouldStartWith("caserecords: ");
    }

    [Fact]
    public void A_path_that_does_not_exist_exits_2()
    {
        var (code, _, error) = Run("validate", Path.Combine(folder.FullName, "missing"));
        code.ShouldBe(CliApp.UsageOrIoError);
        error.ShouldContain("neither a folder nor a file");
    }

    [Fact]
    public void Help_documents_the_exit_codes()
    {
        var (code, output, _) = Run("--help");
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain("0 = clean, 1 = validation errors, 2 = usage or input/output errors");
        foreach (var command in new[] { "validate", "stats", "show", "timeline", "export" })
        {
            output.ShouldContain(command);
        }
    }

    [Fact]
    public void Stats_counts_records_sources_conflicts_and_single_source_claims()
    {
        var (code, output, _) = Run("stats");
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain($"Records: 3 sources, {CaseDataset.Bundled.Persons.Count} persons");
        output.ShouldContain("wikipedia-john-balcerzak");
        output.ShouldContain("Conflicts: ");
        output.ShouldContain("Single-source claims: ");
    }

    [Fact]
    public void Show_prints_a_record_with_its_claims_and_citations()
    {
        var (code, output, _) = Run("show", "tina-spivey");
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain("person tina-spivey: Tina Spivey");
        output.ShouldContain("— wikipedia-john-balcerzak: \"Three women, Sandra Smith, Tina Spivey and Nicole Childress, discovered the victim\"");
        Run("show", "wikipedia-john-balcerzak").Out.ShouldContain("sha256: ");
        Run("show", "nobody").Code.ShouldBe(CliApp.UsageOrIoError);
    }

    [Fact]
    public void Show_works_on_a_folder_of_custom_records()
    {
        var path = Records(ValidationFixture.Json);
        var (code, output, _) = Run("show", "chase", path);
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain("dates: May 1991 (1991-05) (as stated: \"May 1991\")");
    }

    [Fact]
    public void Timeline_shows_each_date_as_precisely_as_it_was_written()
    {
        var (code, output, _) = Run("timeline");
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain("May 1991\n");
        output.ShouldContain("sometime between 1996 and 1999 (\"the late 90s\")");
        output.ShouldContain("22 July 1991 (\"22nd July 1991\")");
        output.ShouldNotContain("1 May 1991");
        output.ShouldContain("Undated:");
    }

    [Fact]
    public void Export_writes_canonical_json_that_reloads_equal()
    {
        Run("export").Out.ShouldBe(File.ReadAllText(Path.Combine(TestData.SeedsFolder, "milwaukee-1991.json")));
        var path = Records(ValidationFixture.Json);
        var target = Path.Combine(elsewhere.FullName, "case.json");
        Run("export", path, "--output", target).Code.ShouldBe(CliApp.Clean);
        File.Copy(Path.Combine(path, "s1.txt"), Path.Combine(elsewhere.FullName, "s1.txt"));
        File.Copy(Path.Combine(path, "s2.txt"), Path.Combine(elsewhere.FullName, "s2.txt"));
        var reloaded = Loading.CaseDatasetLoader.LoadFolder(elsewhere.FullName).GetDatasetOrThrow();
        reloaded.Files.ShouldBe(Loading.CaseDatasetLoader.LoadFolder(path).GetDatasetOrThrow().Files);
    }

    // ---- export --format (issue 16) ----------------------------------------------------------------------------

    [Theory]
    [InlineData("parquet", ".parquet")]
    [InlineData("csv", ".csv")]
    [InlineData("ndjson", ".ndjson")]
    public void Export_writes_one_file_a_table_into_the_folder(string format, string extension)
    {
        var output = Path.Combine(elsewhere.FullName, "case");
        var (code, stdout, stderr) = Run("export", "--format", format, "--output", output);
        code.ShouldBe(CliApp.Clean, stderr);
        stdout.ShouldBeEmpty();
        Directory.GetFiles(output).Select(Path.GetFileName).ShouldBe(Export.CaseExport.TableNames.Select(t => t + extension), ignoreOrder: true);
        stderr.ShouldContain($"claims{extension}: 300 rows");
        stderr.ShouldContain($"citations{extension}: 401 rows");
        stderr.ShouldContain("0 error(s), 0 warning(s)");
    }

    [Fact]
    public void Export_to_tables_needs_a_folder()
    {
        var (code, stdout, stderr) = Run("export", "--format", "parquet");
        code.ShouldBe(CliApp.UsageOrIoError);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("--output DIR");
    }

    [Fact]
    public void Export_of_an_unknown_format_or_to_a_relative_base_iri_is_a_usage_error()
    {
        Run("export", "--format", "xlsx").Code.ShouldBe(CliApp.UsageOrIoError);
        Run("export", "--format", "annotations", "--base-uri", "cases/mine").Code.ShouldBe(CliApp.UsageOrIoError);
    }

    [Fact]
    public void Export_of_annotations_goes_to_standard_output_or_to_a_file()
    {
        var (code, stdout, stderr) = Run("export", "--format", "annotations", "--base-uri", "https://example.org/milwaukee/");
        code.ShouldBe(CliApp.Clean);
        var collection = JsonNode.Parse(stdout)!;
        collection["total"]!.GetValue<int>().ShouldBe(401);
        ((string)collection["first"]!["items"]![0]!["id"]!).ShouldStartWith("https://example.org/milwaukee/citation/");
        stderr.ShouldContain("401 annotations");

        var file = Path.Combine(elsewhere.FullName, "case.jsonld");
        Run("export", "--format", "annotations", "--output", file).Code.ShouldBe(CliApp.Clean);
        JsonNode.Parse(File.ReadAllText(file))!["total"]!.GetValue<int>().ShouldBe(401);
    }

    [Fact]
    public void Export_as_json_is_still_the_default()
    {
        Run("export", "--format", "json").Out.ShouldBe(Run("export").Out);
    }

    [Fact]
    public void Reading_commands_on_broken_records_print_the_problems_and_exit_1()
    {
        var path = Records(ValidationFixture.Json.Replace("\"kind\": \"book\"", "\"kind\": \"pamphlet\"", StringComparison.Ordinal));
        var (code, _, error) = Run("stats", path);
        code.ShouldBe(CliApp.ValidationErrors);
        error.ShouldContain("CR1011");
    }
}
