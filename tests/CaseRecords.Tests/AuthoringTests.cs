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
