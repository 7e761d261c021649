using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CaseRecords.Export;
using CaseRecords.Loading;

namespace CaseRecords.ExportTests;

/// <summary>
/// Every citation as a W3C Web Annotation: the shape the Web Annotation Data Model requires, and quotes that can be
/// found again in their sources' texts from the selectors alone.
/// </summary>
public sealed class WebAnnotationTests
{
    /// <summary>A source text with characters outside the Basic Multilingual Plane (two UTF-16 units each) and typographic quotes.</summary>
    private const string Emoji = "🚓 Night shift, 𝟐𝟎𝟏𝟗.\nOfficer “Reyes” stopped the van 🚐 on Mill Street.\nReyes stopped the van again.\n";

    private static JsonObject Annotations(CaseDataset dataset, CaseExportOptions? options = null)
    {
        using var output = new MemoryStream();
        var count = CaseExport.WriteAnnotations(dataset, output, options);
        var json = JsonNode.Parse(output.ToArray())!.AsObject();
        json["total"]!.GetValue<long>().ShouldBe(count);
        return json;
    }

    private static JsonArray Items(JsonObject collection) => collection["first"]!["items"]!.AsArray();

    /// <summary>The text of the source an annotation targets, by the target's IRI (the source's URL, or its id under the base IRI).</summary>
    private static string TextOf(CaseDataset dataset, JsonNode annotation, string baseIri)
    {
        var target = (string)annotation["target"]!["source"]!;
        var source = dataset.Sources.Single(s => s.Url?.AbsoluteUri == target || baseIri + "source/" + s.Id == target);
        return dataset.GetText(source)!.Text;
    }

    private static CaseDataset EmojiCase()
    {
        var sha = Source.ComputeSha256(Encoding.UTF8.GetBytes(Emoji));
        var json = $$"""
            {
              "formatVersion": "1.1",
              "sources": [ { "id": "night-log", "title": "Night log", "kind": "report", "url": "https://example.org/night-log", "text": "log.txt", "sha256": "{{sha}}" } ],
              "persons": [
                {
                  "id": "reyes",
                  "names": [ { "value": "Reyes", "citations": [ { "source": "night-log", "quote": "Officer \"Reyes\" stopped the van" }, { "source": "night-log", "quote": "Reyes stopped the van" } ] } ]
                }
              ]
            }
            """;
        return CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(json), ["log.txt"] = Encoding.UTF8.GetBytes(Emoji) })).GetDatasetOrThrow();
    }

    [Fact]
    public void Each_annotation_has_the_shape_the_data_model_requires()
    {
        var dataset = CaseDataset.Bundled;
        var collection = Annotations(dataset);
        ((string)collection["@context"]!).ShouldBe("http://www.w3.org/ns/anno.jsonld");
        ((string)collection["type"]!).ShouldBe("AnnotationCollection");
        ((string)collection["first"]!["type"]!).ShouldBe("AnnotationPage");
        var items = Items(collection);
        items.Count.ShouldBe(dataset.Claims.Sum(c => c.Claim.Citations.Count));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var annotation = item!.AsObject();
            ((string)annotation["@context"]!).ShouldBe("http://www.w3.org/ns/anno.jsonld");
            ((string)annotation["type"]!).ShouldBe("Annotation");
            var id = (string)annotation["id"]!;
            Uri.IsWellFormedUriString(id, UriKind.Absolute).ShouldBeTrue(id); // exactly one IRI that identifies it
            ids.Add(id).ShouldBeTrue($"{id} is not unique");

            var target = annotation["target"]!.AsObject();
            Uri.IsWellFormedUriString((string)target["source"]!, UriKind.Absolute).ShouldBeTrue();
            var selectors = target["selector"]!.AsArray();
            var quote = selectors.Single(s => (string)s!["type"]! == "TextQuoteSelector")!;
            ((string)quote["exact"]!).ShouldNotBeNullOrEmpty();
            quote["prefix"].ShouldNotBeNull();
            quote["suffix"].ShouldNotBeNull();
            var position = selectors.Single(s => (string)s!["type"]! == "TextPositionSelector")!;
            var start = position["start"]!.GetValue<int>();
            var end = position["end"]!.GetValue<int>();
            start.ShouldBeGreaterThanOrEqualTo(0);
            end.ShouldBeGreaterThan(start);

            var body = annotation["body"]!.AsArray();
            var link = body.Single(b => (string?)b!["purpose"] == "linking")!;
            ((string)link["id"]!).ShouldStartWith("urn:caserecords:claim/");
            var pointer = link["selector"]!;
            ((string)pointer["type"]!).ShouldBe("FragmentSelector");
            ((string)pointer["conformsTo"]!).ShouldBe("http://tools.ietf.org/rfc/rfc6901");
            ((string)pointer["value"]!).ShouldStartWith("/");
            body.ShouldContain(b => (string?)b!["type"] == "TextualBody" && (string?)b["purpose"] == "describing");
        }
    }

    [Fact]
    public void Each_quote_is_found_again_from_its_selectors_alone()
    {
        foreach (var dataset in new[] { CaseDataset.Bundled, EmojiCase(), Repository.Riverton().GetDatasetOrThrow() })
        {
            foreach (var item in Items(Annotations(dataset)))
            {
                var text = TextOf(dataset, item!, "urn:caserecords:");
                var selectors = item!["target"]!["selector"]!.AsArray();
                var quote = selectors.Single(s => (string)s!["type"]! == "TextQuoteSelector")!;
                var exact = (string)quote["exact"]!;
                var whole = (string)quote["prefix"]! + exact + (string)quote["suffix"]!;

                // The quote selector: prefix, exact and suffix occur once in the text ...
                var at = text.IndexOf(whole, StringComparison.Ordinal);
                at.ShouldBeGreaterThanOrEqualTo(0, exact);
                text.IndexOf(whole, at + 1, StringComparison.Ordinal).ShouldBe(-1, $"\"{exact}\" is not told apart by its prefix and suffix");
                var found = at + ((string)quote["prefix"]!).Length;

                // ... and the position selector, counted in code points, selects exactly that passage.
                var position = selectors.Single(s => (string)s!["type"]! == "TextPositionSelector")!;
                var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToList();
                var start = position["start"]!.GetValue<int>();
                var end = position["end"]!.GetValue<int>();
                string.Concat(codePoints.Skip(start).Take(end - start)).ShouldBe(exact);
                text[..found].EnumerateRunes().Count().ShouldBe(start);
            }
        }
    }

    [Fact]
    public void Positions_are_counted_in_code_points_not_utf16_units()
    {
        var items = Items(Annotations(EmojiCase()));
        var first = items[0]!["target"]!["selector"]!.AsArray();
        var quote = first[0]!;
        ((string)quote["exact"]!).ShouldBe("Officer “Reyes” stopped the van"); // the passage as stored, typographic quotes and all
        var start = first[1]!["start"]!.GetValue<int>();
        var utf16 = Emoji.IndexOf("Officer", StringComparison.Ordinal);
        start.ShouldBe(utf16 - 5); // 🚓 and the four mathematical digits are two UTF-16 units each, one code point
        first[1]!["end"]!.GetValue<int>().ShouldBe(start + "Officer “Reyes” stopped the van".Length);

        // "Reyes stopped the van" occurs twice (inside the first passage too): its prefix and suffix tell it apart.
        var second = items[1]!["target"]!["selector"]!.AsArray()[0]!;
        ((string)second["exact"]!).ShouldBe("Reyes stopped the van");
        Emoji.Split((string)second["prefix"]! + "Reyes stopped the van" + (string)second["suffix"]!).Length.ShouldBe(2);
    }

    [Fact]
    public void The_tables_count_quote_positions_in_code_points_too()
    {
        var dataset = EmojiCase();
        using var export = new Exported(dataset, Validation.CaseValidator.Validate(dataset));
        using var duck = export.Open(ExportFormat.Parquet);
        // DuckDB's substring counts characters (code points): the positions select the passage in the texts table.
        var rows = duck.Rows("SELECT c.passage, substring(t.text, c.quote_start + 1, c.quote_end - c.quote_start), c.quote_line, c.quote_column FROM citations c JOIN sources s USING (source_id) JOIN texts t USING (text_path) ORDER BY c.position");
        rows.Count.ShouldBe(2);
        foreach (var row in rows)
        {
            row[1].ShouldBe(row[0]);
        }

        rows[0][2].ShouldBe(2);
        rows[0][3].ShouldBe(1);
        Convert.ToInt32(duck.Rows("SELECT length FROM texts")[0][0], CultureInfo.InvariantCulture).ShouldBe(Emoji.EnumerateRunes().Count());
    }

    [Fact]
    public void A_quote_not_found_is_still_an_annotation_with_its_quote_and_no_position()
    {
        var dataset = EmojiCase();
        var broken = CaseDataset.Create(
            [dataset.Files[0] with { Persons = [dataset.Persons[0] with { Names = [new Claim<string>("Reyes", new Citation("night-log", "Reyes drove off"))] }] }],
            dataset.Texts);
        var item = Items(Annotations(broken)).ShouldHaveSingleItem()!;
        var selector = item["target"]!["selector"]!.AsArray().ShouldHaveSingleItem()!;
        ((string)selector["type"]!).ShouldBe("TextQuoteSelector");
        ((string)selector["exact"]!).ShouldBe("Reyes drove off");
    }

    [Fact]
    public void Ids_are_made_from_the_base_iri_and_the_target_is_the_sources_url_or_its_id()
    {
        var options = new CaseExportOptions { BaseUri = new Uri("https://example.org/cases/riverton/") };
        var item = Items(Annotations(Repository.Riverton().GetDatasetOrThrow(), options))[0]!;
        ((string)item["id"]!).ShouldStartWith("https://example.org/cases/riverton/citation/");
        ((string)item["target"]!["source"]!).ShouldStartWith("https://example.org/cases/riverton/source/"); // no URL

        var withUrl = Items(Annotations(EmojiCase(), options))[0]!;
        ((string)withUrl["target"]!["source"]!).ShouldBe("https://example.org/night-log");
        ((string)withUrl["body"]![1]!["id"]!).ShouldBe("https://example.org/cases/riverton/claim/reyes/names/0");
    }
}
