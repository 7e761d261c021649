using System.Text.Json.Nodes;
using CaseRecords.Cli;
using CaseRecords.Export;
using PublicApiGenerator;

namespace CaseRecords.ExportTests;

/// <summary><c>caserecords export --format …</c>, and the export package's public API.</summary>
public sealed class CliExportTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("caserecords-cli-export-");

    public void Dispose() => folder.Delete(recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("parquet", ".parquet")]
    [InlineData("csv", ".csv")]
    [InlineData("ndjson", ".ndjson")]
    public void Export_writes_one_file_a_table_into_the_folder(string format, string extension)
    {
        var output = Path.Combine(folder.FullName, "case");
        var (code, stdout, stderr) = Run("export", "--format", format, "--output", output);
        code.ShouldBe(CliApp.Clean, stderr);
        stdout.ShouldBeEmpty();
        Directory.GetFiles(output).Select(Path.GetFileName).ShouldBe(CaseExport.TableNames.Select(t => t + extension), ignoreOrder: true);
        stderr.ShouldContain($"claims{extension}: 300 rows");
        stderr.ShouldContain($"citations{extension}: 401 rows");
        stderr.ShouldContain("0 error(s), 0 warning(s)");
    }

    [Fact]
    public void A_table_format_needs_a_folder()
    {
        var (code, stdout, stderr) = Run("export", "--format", "parquet");
        code.ShouldBe(CliApp.UsageOrIoError);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("--output DIR");
    }

    [Fact]
    public void An_unknown_format_or_a_relative_base_iri_is_a_usage_error()
    {
        Run("export", "--format", "xlsx").Code.ShouldBe(CliApp.UsageOrIoError);
        Run("export", "--format", "annotations", "--base-uri", "cases/mine").Code.ShouldBe(CliApp.UsageOrIoError);
    }

    [Fact]
    public void Annotations_go_to_standard_output_or_to_a_file()
    {
        var (code, stdout, stderr) = Run("export", "--format", "annotations", "--base-uri", "https://example.org/milwaukee/");
        code.ShouldBe(CliApp.Clean);
        var collection = JsonNode.Parse(stdout)!;
        collection["total"]!.GetValue<int>().ShouldBe(401);
        ((string)collection["first"]!["items"]![0]!["id"]!).ShouldStartWith("https://example.org/milwaukee/citation/");
        stderr.ShouldContain("401 annotations");

        var file = Path.Combine(folder.FullName, "case.jsonld");
        Run("export", "--format", "annotations", "--output", file).Code.ShouldBe(CliApp.Clean);
        JsonNode.Parse(File.ReadAllText(file))!["total"]!.GetValue<int>().ShouldBe(401);
    }

    [Fact]
    public void Json_is_still_the_default_and_unchanged()
    {
        var (code, stdout, _) = Run("export");
        code.ShouldBe(CliApp.Clean);
        stdout.ShouldBe(File.ReadAllText(Repository.PathOf("seeds/milwaukee-1991.json")));
        Run("export", "--format", "json").Out.ShouldBe(stdout);
    }

    [Fact]
    public void The_public_api_is_approved()
    {
        var api = typeof(CaseExport).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        });
        api.ShouldMatchApproved(options => options.NoDiff().WithFileExtension("txt").SubFolder("Approved"));
    }
}
