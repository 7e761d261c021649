using NJsonSchema;

namespace CaseRecords.Tests;

/// <summary>The published JSON Schema, checked with an independent validator (NJsonSchema).</summary>
public class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(TestData.SeedsFolder, "..", "schema", "caserecords.schema.json");

    [Fact]
    public async Task The_seed_record_files_satisfy_the_published_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath, TestContext.Current.CancellationToken);
        foreach (var file in Directory.GetFiles(TestData.SeedsFolder, "*.json"))
        {
            schema.Validate(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).ShouldBeEmpty(file);
        }
    }

    [Theory]
    [InlineData("\"quote\": \"quick brown fox\"", "\"quote\": \"\"")]
    [InlineData("\"id\": \"fox\"", "\"id\": \"Fox\"")]
    [InlineData("\"kind\": \"news-article\"", "\"kind\": \"newspaper\"")]
    [InlineData("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\"")]
    [InlineData("\"title\": \"A test source\",", "\"title\": \"A test source\", \"extra\": 1,")]
    public async Task Files_the_loader_rejects_also_fail_the_schema(string from, string to)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath, TestContext.Current.CancellationToken);
        schema.Validate(TestData.ValidFile).ShouldBeEmpty();
        var broken = TestData.ValidFile.Replace(from, to, StringComparison.Ordinal);
        broken.ShouldNotBe(TestData.ValidFile);
        schema.Validate(broken).ShouldNotBeEmpty();
        TestData.Load(broken).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void The_schema_is_embedded_in_the_package()
    {
        using var stream = typeof(CaseDataset).Assembly.GetManifestResourceStream("CaseRecords.Schema/caserecords.schema.json");
        stream.ShouldNotBeNull();
        new StreamReader(stream).ReadToEnd().ShouldBe(File.ReadAllText(SchemaPath));
    }
}

/// <summary>The broken files that ajv must reject (see .ci/run) are rejected by the loader too.</summary>
public class SchemaCaseTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(Path.Combine(TestData.SeedsFolder, "..", "tests", "schema-cases"), "*.json").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_loader_rejects_each_broken_file(string name)
    {
        var json = File.ReadAllText(Path.Combine(TestData.SeedsFolder, "..", "tests", "schema-cases", name));
        var result = TestData.LoadRaw(json, name, ("s1.txt", "the fox"));
        result.Diagnostics.ShouldContain(d => d.Severity == Diagnostics.DiagnosticSeverity.Error && d.Code != "CR1015", name);
    }
}
