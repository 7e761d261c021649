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

    /// <summary>Where each object type of the format is described in the schema (claims: each claim definition).</summary>
    private static IEnumerable<(ObjectShape Shape, string Path, JsonObject Node)> Described(JsonObject schema)
    {
        var definitions = schema["definitions"]!.AsObject();
        yield return (RecordFormat.File, "/", schema);
        var named = new (ObjectShape Shape, string Name)[]
        {
            (RecordFormat.Source, "source"), (RecordFormat.Person, "person"), (RecordFormat.Organization, "organization"),
            (RecordFormat.Incident, "incident"), (RecordFormat.Proceeding, "proceeding"), (RecordFormat.Citation, "citation"),
            (RecordFormat.Reference, "reference"), (RecordFormat.Fact, "fact"), (RecordFormat.Quantity, "quantity"),
            (RecordFormat.Money, "money"), (RecordFormat.Claim, "textClaim"), (RecordFormat.Claim, "dateClaim"),
            (RecordFormat.Claim, "referenceClaim"), (RecordFormat.Claim, "factClaim"),
        };
        foreach (var (shape, name) in named)
        {
            yield return (shape, $"/definitions/{name}", definitions[name]!.AsObject());
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
            node["required"]!.AsArray().Select(r => (string)r!).ShouldBe(shape.Names.Where((_, i) => (shape.Required & (1 << i)) != 0), ignoreOrder: true, path);
            ((bool?)node["additionalProperties"]).ShouldBe(false, path);
        }
    }

    [Fact]
    public void Every_claim_list_of_every_entity_is_described_as_a_list_of_claims()
    {
        var definitions = Schema()["definitions"]!.AsObject();
        foreach (var entity in CaseDataset.Bundled.Entities.DistinctBy(e => e.Kind))
        {
            var properties = definitions[entity.Kind.ToString().ToLowerInvariant()]!["properties"]!.AsObject();
            foreach (var (property, _) in entity.ClaimLists)
            {
                properties[property]?.ToJsonString().ShouldContain("Claims\"", customMessage: $"{entity.Kind} {property}");
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
