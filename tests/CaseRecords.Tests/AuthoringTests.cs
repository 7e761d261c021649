using System.Text;
using CaseRecords.Loading;
using CaseRecords.Serialization;

namespace CaseRecords.Tests;

/// <summary>Writing records by hand: what an editor and a curator need from the format and the loader.</summary>
public class AuthoringTests
{
    [Fact]
    public void A_schema_reference_for_editors_is_accepted_and_written_back()
    {
        const string Json = """{ "$schema": "caserecords.schema.json", "formatVersion": "1.1" }""";
        var load = CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(Json) }));
        load.Diagnostics.ShouldBeEmpty();
        var file = load.Dataset.Files.ShouldHaveSingleItem();
        file.Schema.ShouldBe("caserecords.schema.json");
        CaseDatasetWriter.ToJson(file).ShouldStartWith("{\n  \"$schema\": \"caserecords.schema.json\",\n  \"formatVersion\": \"1.1\"");

        var wrong = CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(Json.Replace("\"caserecords.schema.json\"", "42", StringComparison.Ordinal)) }));
        wrong.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("CR1005");
    }

    [Fact]
    public void A_json_schema_beside_the_record_files_is_not_read_as_one()
    {
        var folder = Directory.CreateTempSubdirectory("caserecords-schema-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "case.json"), """{ "$schema": "caserecords.schema.json", "formatVersion": "1.1" }""");
            using (var embedded = RecordSchema.Open())
            using (var schema = File.Create(Path.Combine(folder.FullName, RecordSchema.FileName)))
            {
                embedded.CopyTo(schema);
            }

            DatasetFiles.FromFolder(folder.FullName).ListRecordFiles().ShouldBe(["case.json"]);
            CaseDatasetLoader.LoadFolder(folder.FullName).Diagnostics.ShouldBeEmpty();
            DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["a.json"] = [], ["b.Schema.JSON"] = [] }).ListRecordFiles().ShouldBe(["a.json"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_embedded_schema_is_the_published_one_byte_for_byte()
    {
        using var embedded = RecordSchema.Open();
        using var bytes = new MemoryStream();
        embedded.CopyTo(bytes);
        bytes.ToArray().ShouldBe(File.ReadAllBytes(Path.Combine(TestData.SeedsFolder, "..", "schema", RecordSchema.FileName)));
    }
}

/// <summary>The loader fails closed: it reads only what is meant as records, and a path with none is an error.</summary>
public class FailClosedTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("caserecords-");

    public void Dispose() => folder.Delete(recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(folder.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private const string Empty = """{ "formatVersion": "1.1" }""";

    [Fact]
    public void Build_output_packages_version_control_and_schemas_are_not_read_as_records()
    {
        Write("case.json", Empty);
        foreach (var skipped in new[] { "bin/Debug/x.json", "obj/project.assets.json", "node_modules/ajv/package.json", ".git/x.json", "caserecords.schema.json" })
        {
            Write(skipped, "{ \"not\": \"a record file\" }");
        }

        var load = CaseDatasetLoader.LoadFolder(folder.FullName);
        load.Diagnostics.ShouldBeEmpty();
        load.Dataset.Files.Select(f => f.Path).ShouldBe(["case.json"]);
    }

    [Fact]
    public void Include_patterns_choose_the_record_files_in_a_folder_that_holds_other_json()
    {
        Write("cases/a.json", Empty);
        Write("cases/deep/b.json", Empty);
        Write("config/settings.json", "{ \"theme\": \"dark\" }");

        CaseDatasetLoader.LoadFolder(folder.FullName).Diagnostics.ShouldContain(d => d.Code == "CR1002" && d.File == "config/settings.json");
        var only = CaseDatasetLoader.Load(DatasetFiles.FromFolder(folder.FullName, ["cases/**/*.json"]));
        only.Diagnostics.ShouldBeEmpty();
        only.Dataset.Files.Select(f => f.Path).ShouldBe(["cases/a.json", "cases/deep/b.json"]);

        var none = CaseDatasetLoader.Load(DatasetFiles.FromFolder(folder.FullName, ["records/*.json"])).Diagnostics.ShouldHaveSingleItem();
        none.Code.ShouldBe("CR1020");
        none.Message.ShouldContain("include patterns");
        Should.Throw<ArgumentException>(() => DatasetFiles.FromFolder(folder.FullName, []));
    }

    [Fact]
    public void Validating_a_folder_with_no_record_files_exits_1()
    {
        var stdout = new StringWriter();
        CaseRecords.Cli.CliApp.Run(["validate", folder.FullName], stdout, new StringWriter()).ShouldBe(CaseRecords.Cli.CliApp.ValidationErrors);
        stdout.ToString().ShouldContain("error CR1020");
    }
}

/// <summary>The CLI's --include option.</summary>
public class IncludeOptionTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("caserecords-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Validate_reads_only_the_files_include_matches()
    {
        Directory.CreateDirectory(Path.Combine(folder.FullName, "cases"));
        File.WriteAllText(Path.Combine(folder.FullName, "cases", "a.json"), """{ "formatVersion": "1.1" }""");
        File.WriteAllText(Path.Combine(folder.FullName, "settings.json"), """{ "theme": "dark" }""");
        var run = (string[] args) => CaseRecords.Cli.CliApp.Run(args, new StringWriter(), new StringWriter());
        run(["validate", folder.FullName]).ShouldBe(CaseRecords.Cli.CliApp.ValidationErrors);
        run(["validate", folder.FullName, "--include", "cases/*.json"]).ShouldBe(CaseRecords.Cli.CliApp.Clean);
    }
}

/// <summary>Messages a curator can act on: the value to write, the fix to make.</summary>
public class ActionableMessageTests
{
    private static LoadResult Load(string json) =>
        CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(json) }));

    private static string Incident(string date) => $$"""
        { "formatVersion": "1.1", "incidents": [ { "id": "i", "dates": [ { "value": "{{date}}", "citations": [ { "source": "s", "quote": "q" } ] } ] } ] }
        """;

    [Theory]
    [InlineData("June 2017", "2017-06")]
    [InlineData("May 30, 2006", "2006-05-30")]
    [InlineData("30 May 2006", "2006-05-30")]
    [InlineData("the late 90s", "[1996..1999]")]
    [InlineData("the 1990s", "199X")]
    public void A_date_in_words_gets_the_edtf_to_write(string written, string edtf)
    {
        var d = Load(Incident(written)).Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("CR1009");
        d.Message.ShouldContain($"Did you mean \"{edtf}\"?");
        Dates.CaseDate.Parse(edtf).Success.ShouldBeTrue();
    }

    [Fact]
    public void A_date_that_is_no_date_gets_no_guess() =>
        Load(Incident("sometime")).Diagnostics.ShouldHaveSingleItem().Message.ShouldNotContain("Did you mean");

    [Theory]
    [InlineData("""{ "formatVersion": "1.1", "sources": [], }""", "trailing comma")]
    [InlineData("""{ "formatVersion": "1.1" /* the case */ }""", "JSON has none")]
    public void Malformed_json_gets_advice_for_the_author_not_the_programmer(string json, string advice)
    {
        var d = Load(json).Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("CR1001");
        d.Message.ShouldContain(advice);
        d.Message.ShouldNotContain("reader options");
    }
}
