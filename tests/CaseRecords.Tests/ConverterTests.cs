using System.Text.Json;
using System.Text.Json.Serialization;
using CaseRecords.Dates;
using CaseRecords.Serialization;

namespace CaseRecords.Tests;

public sealed record Event(
    [property: JsonConverter(typeof(CaseDateJsonConverter))] CaseDate When,
    [property: JsonConverter(typeof(PartialDateJsonConverter))] PartialDate Reported);

[JsonSerializable(typeof(Event))]
public sealed partial class ConverterTestContext : JsonSerializerContext
{
}

public class ConverterTests
{
    [Fact]
    public void Dates_round_trip_as_edtf_strings_through_a_source_generated_context()
    {
        var value = new Event(CaseDate.Parse("2005/2009").GetValueOrThrow(), PartialDate.FromDecade(1990, DateQualifier.Approximate));
        var json = JsonSerializer.Serialize(value, ConverterTestContext.Default.Event);
        json.ShouldBe("{\"When\":\"2005/2009\",\"Reported\":\"199X~\"}");
        JsonSerializer.Deserialize(json, ConverterTestContext.Default.Event).ShouldBe(value);
    }

    [Theory]
    [InlineData("{\"When\":\"1991-02-30\",\"Reported\":\"1991\"}", "only 28 days")]
    [InlineData("{\"When\":5,\"Reported\":\"1991\"}", "Expected an EDTF date string")]
    [InlineData("{\"When\":\"1991\",\"Reported\":\"1991/1992\"}", "interval")]
    public void Invalid_dates_fail_with_a_json_exception_that_says_why(string json, string expected)
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize(json, ConverterTestContext.Default.Event)).Message.ShouldContain(expected);
    }
}
