using System.Text;
using System.Text.Json.Nodes;
using CaseRecords.Loading;
using CaseRecords.Serialization;
using CaseRecords.Tests.Properties;
using CaseRecords.Validation;
using CsCheck;

namespace CaseRecords.Tests;

/// <summary>
/// The one reader keeps every good unit and leaves out only the smallest broken one (a citation, a claim, a
/// source or an entity), says what it left out, and reports each problem once.
/// </summary>
public class OneReaderTests
{
    /// <summary>Ways to break a claim by itself, each one problem (and one error) in the claim's own fields.</summary>
    private static readonly (string Name, string Code, Action<JsonObject> Break)[] ClaimBreakers =
    [
        ("null value", "CR1007", c => c["value"] = null),
        ("unknown rank", "CR1011", c => c["rank"] = "prefered"),
        ("empty asStated", "CR1008", c => c["asStated"] = "  "),
        ("unknown property", "CR1003", c => c["confidence"] = 0.9),
        ("misspelled property", "CR1003", c => c["nte"] = "a note"),
        ("no citations", "CR1012", c => c["citations"] = new JsonArray()),
        ("citations missing", "CR1012", c => c.Remove("citations")),
        ("bad sensitivity", "CR1011", c => c["sensitivity"] = new JsonArray("secret")),
        ("note of the wrong type", "CR1005", c => c["note"] = 7),
        ("value missing", "CR1006", c => c.Remove("value")),
    ];

    private static Dictionary<string, byte[]> Files(string json, SourceText[] texts)
    {
        var files = new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(json) };
        foreach (var text in texts)
        {
            files[text.Path] = Encoding.UTF8.GetBytes(text.Text);
        }

        return files;
    }

    /// <summary>The pointers of every claim in a record file's JSON tree.</summary>
    private static List<string> ClaimPointers(JsonObject root)
    {
        var pointers = new List<string>();
        foreach (var list in RecordFormat.Lists.Select(l => RecordFormat.File[l]))
        {
            if (root[list] is not JsonArray entities)
            {
                continue;
            }

            for (var e = 0; e < entities.Count; e++)
            {
                foreach (var (property, value) in entities[e]!.AsObject())
                {
                    if (value is JsonArray claims && claims.Count > 0 && claims[0] is JsonObject first && first.ContainsKey("citations"))
                    {
                        pointers.AddRange(Enumerable.Range(0, claims.Count).Select(i => $"/{list}/{e}/{property}/{i}"));
                    }
                }
            }
        }

        return pointers;
    }

    private static JsonObject At(JsonObject root, string pointer)
    {
        JsonNode node = root;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        }

        return node.AsObject();
    }

    [Fact]
    public void A_file_with_N_independent_broken_claims_gives_exactly_N_errors_and_keeps_every_other_claim() =>
        Gen.Select(Gen.Int, Gen.Int[2, 6], Gen.Int[1, 8]).Sample(input =>
        {
            var (seed, size, wanted) = input;
            var (file, texts) = RandomDataset.Create(seed, size);
            var root = JsonNode.Parse(CaseDatasetWriter.ToJson(file))!.AsObject();
            var pointers = ClaimPointers(root);
            if (pointers.Count == 0)
            {
                return;
            }

            var random = new Random(seed);
            var broken = pointers.OrderBy(_ => random.Next()).Take(Math.Min(wanted, pointers.Count)).Order(StringComparer.Ordinal).ToList();
            var expectedCodes = new List<string>();
            var kept = JsonNode.Parse(root.ToJsonString())!.AsObject();
            foreach (var pointer in broken)
            {
                var (name, code, breakIt) = ClaimBreakers[random.Next(ClaimBreakers.Length)];
                breakIt(At(root, pointer));
                expectedCodes.Add(code);
            }

            // The same file without the broken claims: what the loader must keep, and nothing else.
            foreach (var pointer in broken.OrderByDescending(p => int.Parse(p[(p.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture)))
            {
                var cut = pointer.LastIndexOf('/');
                var list = pointer[..cut];
                var owner = list[..list.LastIndexOf('/')];
                At(kept, owner)[list[(list.LastIndexOf('/') + 1)..]]!.AsArray().RemoveAt(int.Parse(pointer[(cut + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            }

            var result = CaseDatasetLoader.Load(DatasetFiles.FromMemory(Files(root.ToJsonString(), texts)));
            var expected = CaseDatasetLoader.Load(DatasetFiles.FromMemory(Files(kept.ToJsonString(), texts)));
            var report = string.Join("\n", result.Diagnostics);
            expected.Diagnostics.ShouldBeEmpty();
            result.Diagnostics.Select(d => d.Code).Order().ShouldBe(expectedCodes.Order(), report);
            result.Diagnostics.Select(d => d.JsonPointer![..broken.First(b => d.JsonPointer!.StartsWith(b, StringComparison.Ordinal)).Length]).Distinct().Order(StringComparer.Ordinal).ToList().ShouldBe(broken, customMessage: report);
            result.LeftOut.Select(l => (l.Kind, l.JsonPointer)).ShouldBe(broken.Select(p => (LeftOutKind.Claim, p)), ignoreOrder: true);
            result.Dataset.Files.ShouldHaveSingleItem().ShouldBe(expected.Dataset.Files.ShouldHaveSingleItem());
        }, iter: 200, threads: 1);

    [Fact]
    public void A_citation_read_again_after_a_left_out_one_is_still_reported_at_its_own_index()
    {
        // The reader shares a citation it reads again (same source and quote), and the list of one citation. The
        // second name cites the same passage after a broken citation: its finding must point at index 1, the first
        // name's at index 0, and each name keeps exactly its own citations.
        var cited = "{ \"source\": \"s1\", \"quote\": \"quick brown cat\" }";
        var json = TestData.ValidFile.Replace(
            "\"names\": [",
            $"\"names\": [\n{{ \"value\": \"Cat\", \"citations\": [{cited}] }},\n{{ \"value\": \"Kat\", \"citations\": [{{ \"source\": \"s1\" }}, {cited}] }},\n{{ \"value\": \"Catt\", \"citations\": [{cited}] }},",
            StringComparison.Ordinal);
        var load = TestData.Load(json);
        load.LeftOut.ShouldHaveSingleItem().JsonPointer.ShouldBe("/persons/0/names/1/citations/0");
        var names = load.Dataset.Persons.ShouldHaveSingleItem().Names;
        names.Select(n => n.Citations.Count).ShouldBe([1, 1, 1, 1]);
        names[0].Citations.ShouldBe(names[2].Citations);
        names[1].Citations.ShouldBe(names[0].Citations);

        var report = CaseValidator.Validate(load);
        report.Diagnostics.Where(d => d.Code == "CR2001").Select(d => d.JsonPointer).Order(StringComparer.Ordinal).ShouldBe(
            ["/persons/0/names/0/citations/0/quote", "/persons/0/names/1/citations/1/quote", "/persons/0/names/2/citations/0/quote"]);
    }

    [Fact]
    public void A_date_read_again_is_the_same_date_and_a_wrong_one_is_reported_each_time()
    {
        // The reader keeps the dates it parsed lately, by the string read: a recurring date is read once, but a wrong
        // date is never kept, so each occurrence has its own finding.
        string Dated(string date) => $"{{ \"value\": \"{date}\", \"citations\": [{{ \"source\": \"s1\", \"quote\": \"May 1991\" }}] }}";
        var json = TestData.ValidFile.Replace(
            "\"persons\": [",
            $"\"incidents\": [{{ \"id\": \"walk\", \"dates\": [{Dated("1991-05")}, {Dated("1991-13")}, {Dated("1991-05")}, {Dated("1991-13")}, {Dated("1991-06")}] }}],\n\"persons\": [",
            StringComparison.Ordinal);
        var load = TestData.Load(json);
        load.Diagnostics.Where(d => d.Code == "CR1009").Select(d => d.JsonPointer).ShouldBe(["/incidents/0/dates/1/value", "/incidents/0/dates/3/value"]);
        var dates = load.Dataset.Incidents.ShouldHaveSingleItem().Dates.Select(d => d.Value.ToString()).ToList();
        dates.ShouldBe(["1991-05", "1991-05", "1991-06"]);
    }

    [Fact]
    public void A_misspelled_quote_is_one_problem_that_names_the_property_it_meant_and_leaves_out_only_its_citation()
    {
        var json = TestData.ValidFile.Replace(
            "\"quote\": \"quick brown fox\"\n            }",
            "\"quote\": \"quick brown fox\"\n            },\n            { \"source\": \"s1\", \"qoute\": \"lazy dog\" }",
            StringComparison.Ordinal);
        var result = TestData.Load(json);
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("CR1003");
        d.JsonPointer.ShouldBe("/persons/0/names/0/citations/1/qoute");
        d.Message.ShouldContain("did you mean \"quote\"? It is required");
        d.Message.ShouldContain("The citation is left out.");
        result.LeftOut.ShouldHaveSingleItem().ShouldBe(new LeftOutRecord("case.json", "/persons/0/names/0/citations/1", LeftOutKind.Citation) { Line = 23, Column = 13 });
        result.Dataset.Get<Person>("fox").Names.ShouldHaveSingleItem().Citations.ShouldHaveSingleItem().Quote.ShouldBe("quick brown fox");
    }

    [Fact]
    public void A_source_with_one_bad_field_is_one_error_and_the_claims_citing_it_are_not_told_it_is_undefined()
    {
        foreach (var (from, to) in new[] { ("\"kind\": \"news-article\"", "\"kind\": \"blog-post\""), (TestData.SourceSha, TestData.SourceSha.ToUpperInvariant()) })
        {
            var load = TestData.Load(TestData.ValidFile.Replace(from, to, StringComparison.Ordinal));
            var report = CaseValidator.Validate(load);
            var error = report.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).ShouldHaveSingleItem(ReportWriter.ToText(report));
            error.Code.ShouldBe("CR1011");
            error.Message.ShouldContain("The source \"s1\" is left out; references to it still resolve.");
            report.Diagnostics.ShouldNotContain(d => d.Code == "CR2002" || d.Code == "CR2008");
            load.LeftOut.ShouldHaveSingleItem().Id.ShouldBe("s1");
            load.Dataset.Get<Person>("fox").Names.ShouldHaveSingleItem();
        }
    }

    [Fact]
    public void An_entity_with_a_bad_field_is_left_out_but_references_to_it_still_resolve()
    {
        var json = TestData.ValidFile.Replace("\"persons\": [", """
            "incidents": [ { "id": "chase", "participants": [ { "value": { "id": "fox" }, "citations": [ { "source": "s1", "quote": "fox" } ] } ] } ],
            "persons": [
            """, StringComparison.Ordinal).Replace("\"id\": \"fox\",", "\"id\": \"fox\", \"sensitivity\": [ \"secret\" ],", StringComparison.Ordinal);
        var report = CaseValidator.Validate(TestData.Load(json));
        report.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).ShouldHaveSingleItem(ReportWriter.ToText(report)).Code.ShouldBe("CR1011");
        report.Diagnostics.ShouldNotContain(d => d.Code == "CR2008");
    }

    [Fact]
    public void Malformed_json_keeps_what_came_before_it_and_says_the_rest_is_not_read()
    {
        var json = """
            {
              "formatVersion": "1.0",
              "persons": [
                { "id": "first" },
                { "id": "second" },
                { "id": "third", "names": [ { "value": "Third" "citations": [] } ] },
                { "id": "fourth" }
              ]
            }
            """;
        var result = TestData.Load(json);
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("CR1001");
        d.Line.ShouldBe(6);
        d.Message.ShouldContain("Nothing after this point is read.");
        result.Dataset.Persons.Select(p => p.Id).ShouldBe(["first", "second"]);
        result.LeftOut.Select(l => (l.Kind, l.JsonPointer, l.Id)).ShouldBe([(LeftOutKind.Person, "/persons/2", "third"), (LeftOutKind.Remainder, string.Empty, null)]);
        LeftOutRecord.Summarize(result.LeftOut).ShouldBe("1 person and 1 file cut short by malformed JSON left out because of errors (case.json: 1 person and 1 file cut short by malformed JSON)");
    }

    [Fact]
    public void Pointers_of_later_elements_are_those_of_the_file_when_an_earlier_one_is_left_out()
    {
        var json = TestData.ValidFile.Replace("\"persons\": [", "\"persons\": [\n    { \"id\": \"Bad Id\" },", StringComparison.Ordinal)
            .Replace("\"quote\": \"quick brown fox\"", "\"quote\": \"quick red fox\"", StringComparison.Ordinal);
        var report = CaseValidator.Validate(TestData.Load(json));
        report.Diagnostics.Single(d => d.Code == "CR2001").JsonPointer.ShouldBe("/persons/1/names/0/citations/0/quote");
        report.Diagnostics.Single(d => d.Code == "CR2001").Line.ShouldBe(22);
    }

    [Fact]
    public void The_summary_counts_what_was_left_out_per_file()
    {
        LeftOutRecord[] leftOut =
        [
            new("a.json", "/persons/0/names/1", LeftOutKind.Claim),
            new("a.json", "/persons/2", LeftOutKind.Person),
            new("a.json", "/persons/3/names/0", LeftOutKind.Claim),
            new("b.json", string.Empty, LeftOutKind.File),
            new("a.json", "/persons/4/facts/0", LeftOutKind.Claim),
        ];
        LeftOutRecord.Summarize(leftOut).ShouldBe("1 person, 3 claims and 1 whole file left out because of errors (a.json: 1 person and 3 claims; b.json: 1 whole file)");
        LeftOutRecord.Summarize([]).ShouldBeEmpty();
    }

    [Fact]
    public void Random_damage_to_a_valid_file_never_throws_and_every_problem_and_every_unit_left_out_has_a_position() =>
        Gen.Select(Gen.Int, Gen.Int[1, 4], Gen.Int[1, 6]).Sample(input =>
        {
            var (seed, size, edits) = input;
            var (file, texts) = RandomDataset.Create(seed, size);
            var bytes = Encoding.UTF8.GetBytes(CaseDatasetWriter.ToJson(file)).ToList();
            var random = new Random(seed);
            var alphabet = "{}[],:\"\\ 0a-nulltrue\u00e9"u8.ToArray();
            for (var e = 0; e < edits && bytes.Count > 0; e++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes.RemoveAt(at); break;
                    case 1: bytes.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: bytes[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            var files = Files(string.Empty, texts);
            files["case.json"] = [.. bytes];
            var result = CaseDatasetLoader.Load(DatasetFiles.FromMemory(files));
            var report = CaseValidator.Validate(result);
            report.Diagnostics.Where(d => d.Code.StartsWith("CR1", StringComparison.Ordinal)).ShouldAllBe(d => d.Line > 0 && d.Column > 0 && d.JsonPointer != null);
            result.LeftOut.ShouldAllBe(l => l.Line > 0 && l.Column > 0);
            // An error in the records leaves something out; a problem with a source's text (CR1014-CR1017) does not:
            // the source is kept, and the validator says its quotes cannot be checked.
            var recordErrors = result.Diagnostics.Where(d => d.Code is not ("CR1014" or "CR1015" or "CR1016" or "CR1017")).ToList();
            (recordErrors.Count == 0).ShouldBe(result.LeftOut.IsEmpty, string.Join("\n", result.Diagnostics));
        }, iter: 500, threads: 1);
}
