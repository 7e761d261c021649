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
}
