using System.Text.Json.Nodes;

namespace CaseRecords.Tests;

/// <summary>
/// The format is named once, in <see cref="RecordFormat"/>: the published JSON Schema and docs/format.md must
/// name the same properties, in the same order, with the same required sets. (The reader and the writer take
/// their names from it directly; <c>SchemaAgreementTests</c> hold the schema to the reader's behaviour.)
/// </summary>
public class FormatDescriptionTests
{
    private static readonly string Root = Path.Combine(TestData.SeedsFolder, "..");

    private static JsonObject Schema() => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "schema", "caserecords.schema.json")))!.AsObject();

    /// <summary>Where each object type of the format is described in the schema (claims: every claim list).</summary>
    private static IEnumerable<(ObjectShape Shape, string Path, JsonObject Node)> Described(JsonObject schema)
    {
        var definitions = schema["definitions"]!.AsObject();
        yield return (RecordFormat.File, "/", schema);
        yield return (RecordFormat.Source, "/definitions/source", definitions["source"]!.AsObject());
        yield return (RecordFormat.Citation, "/definitions/citation", definitions["citation"]!.AsObject());
        yield return (RecordFormat.Reference, "/definitions/reference", definitions["reference"]!.AsObject());
        yield return (RecordFormat.Fact, "/definitions/fact", definitions["fact"]!.AsObject());
        yield return (RecordFormat.Quantity, "/definitions/quantity", definitions["quantity"]!.AsObject());
        yield return (RecordFormat.Money, "/definitions/money", definitions["money"]!.AsObject());
        var entities = new (ObjectShape Shape, FileField List)[]
        {
            (RecordFormat.Person, FileField.Persons), (RecordFormat.Organization, FileField.Organizations),
            (RecordFormat.Incident, FileField.Incidents), (RecordFormat.Proceeding, FileField.Proceedings),
        };
        foreach (var (shape, list) in entities)
        {
            var name = RecordFormat.File[list];
            var entity = schema["properties"]![name]!["items"]!.AsObject();
            yield return (shape, $"/properties/{name}/items", entity);
            foreach (var (property, value) in entity["properties"]!.AsObject())
            {
                if (value?["items"] is JsonObject { } items && items["properties"]?["citations"] is not null)
                {
                    yield return (RecordFormat.Claim, $"/properties/{name}/items/properties/{property}/items", items);
                }
            }
        }
    }

    [Fact]
    public void The_schema_names_every_object_type_with_the_formats_properties_in_order_and_its_required_set()
    {
        var described = Described(Schema()).ToList();
        described.Select(d => d.Shape).Distinct().Count().ShouldBe(RecordFormat.All.Count);
        foreach (var (shape, path, node) in described)
        {
            node["properties"]!.AsObject().Select(p => p.Key).ShouldBe(shape.Names, path);
            node["required"]!.AsArray().Select(r => (string)r!).ShouldBe(shape.Names.Where((_, i) => shape.IsRequired(i)), ignoreOrder: true, path);
            ((bool?)node["additionalProperties"]).ShouldBe(false, path);
        }
    }

    [Fact]
    public void Every_claim_list_of_every_entity_is_described_as_a_list_of_claims()
    {
        var schema = Schema();
        foreach (var entity in CaseDataset.Bundled.Entities.DistinctBy(e => e.Kind))
        {
            var list = RecordFormat.Lists[(int)entity.Kind + 1];
            var properties = schema["properties"]![RecordFormat.File[list]]!["items"]!["properties"]!.AsObject();
            foreach (var (property, _) in entity.ClaimLists)
            {
                properties[property]?["items"]?["properties"]?["citations"].ShouldNotBeNull($"{entity.Kind} {property}");
            }
        }
    }

    [Fact]
    public void The_format_documentation_names_every_property()
    {
        var doc = File.ReadAllText(Path.Combine(Root, "docs", "format.md"));
        foreach (var shape in RecordFormat.All)
        {
            foreach (var name in shape.Names)
            {
                (doc.Contains($"`{name}`", StringComparison.Ordinal) || doc.Contains($"\"{name}\":", StringComparison.Ordinal))
                    .ShouldBeTrue($"docs/format.md does not name the {shape.Noun} property \"{name}\"");
            }
        }
    }

    [Theory]
    [InlineData("qoute", "quote")]
    [InlineData("Names", "names")]
    [InlineData("asstated", "asStated")]
    [InlineData("relayed", null)]
    [InlineData("colour", null)]
    public void A_misspelled_property_is_matched_to_the_one_it_most_likely_means(string written, string? meant)
    {
        var shapes = new ObjectShape[] { RecordFormat.Citation, RecordFormat.Person, RecordFormat.Claim, RecordFormat.Citation, RecordFormat.Claim };
        shapes.Select(s => s.Suggest(written)).FirstOrDefault(s => s is not null).ShouldBe(meant);
    }
}
