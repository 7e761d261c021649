using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Validation;
using CsCheck;

namespace CaseRecords.Tests.Properties;

/// <summary>
/// The support rules catch what they should: over random datasets whose quotes state every value, changing one claim's
/// value to something its quotes do not state (a date shifted by years, a count changed, a participant swapped for a
/// person the quote does not name, a name replaced, a place replaced) is flagged, at warning or error, at that claim's
/// JSON Pointer, at least 90% of the time; the datasets as generated get no support finding at all.
/// </summary>
public class SupportPropertyTests(ITestOutputHelper output)
{
    private static readonly string[] SupportCodes = ["CR2006", "CR2018", "CR2019", "CR2020", "CR2021", "CR2022", "CR2023", "CR2024"];

    [Fact]
    public void A_value_its_quotes_do_not_state_is_flagged_at_its_claim_and_a_supported_one_is_not()
    {
        var tried = new Dictionary<string, (int Tried, int Flagged)>(StringComparer.Ordinal);
        var missed = new List<string>();
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var generated = SupportedCase.Create(seed);
            var clean = Validate(generated.Json, generated);
            clean.Diagnostics.Where(d => SupportCodes.Contains(d.Code) || d.Severity != DiagnosticSeverity.Information)
                .ShouldBeEmpty($"seed {seed}:\n{ReportWriter.ToText(clean)}\n{generated.Json}");

            foreach (var mutation in generated.Mutations())
            {
                var report = Validate(mutation.Json, generated);
                var flagged = report.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning && d.JsonPointer is { } p
                    && (p == mutation.Pointer || p.StartsWith(mutation.Pointer + "/", StringComparison.Ordinal)));
                var (n, f) = tried.GetValueOrDefault(mutation.Kind);
                tried[mutation.Kind] = (n + 1, f + (flagged ? 1 : 0));
                if (!flagged)
                {
                    missed.Add($"seed {seed}, {mutation.Kind} at {mutation.Pointer}: {mutation.Description}");
                }
            }
        }, iter: 60, threads: 1);

        var summary = string.Join("\n", tried.Select(t => $"{t.Key}: {t.Value.Flagged} of {t.Value.Tried}")) + "\nmissed:\n" + string.Join("\n", missed.Take(20));
        output.WriteLine(summary);
        string.Join(",", tried.Keys.Order()).ShouldBe("count,date,name,participant,place", summary);
        foreach (var (kind, (n, f)) in tried)
        {
            n.ShouldBeGreaterThan(20, summary);
            ((double)f / n).ShouldBeGreaterThanOrEqualTo(0.9, $"{kind}\n{summary}");
        }
    }

    private static ValidationReport Validate(string json, SupportedCase generated)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["case.json"] = Encoding.UTF8.GetBytes(json) };
        foreach (var (path, text) in generated.Texts)
        {
            files[path] = Encoding.UTF8.GetBytes(text);
        }

        return CaseValidator.Validate(CaseDatasetLoader.Load(DatasetFiles.FromMemory(files)));
    }

    /// <summary>One change of one claim's value.</summary>
    private sealed record Mutation(string Kind, string Pointer, string Json, string Description);

    /// <summary>
    /// A random case whose texts are written from its facts, sentence by sentence, and whose claims each cite the
    /// sentence that states them: persons named, incidents dated and placed with their participants, counts stated.
    /// </summary>
    private sealed class SupportedCase
    {
        private static readonly string[] FirstNames = ["Maria", "Dana", "Tomas", "Aisha", "Keiko", "Olga", "Jamal", "Ingrid", "Walter", "Priya", "Quentin", "Rosa", "Samuel", "Vera", "Yusuf", "Lena"];
        private static readonly string[] LastNames = ["Velasquez", "Reyes", "Okafor", "Kowalski", "Tanaka", "Petrov", "Haddad", "Lindqvist", "Brennan", "Moreau", "Delgado", "Sato", "Whitfield", "Zielinski", "Castellano", "Mwangi"];
        private static readonly string[] Places = ["Elm Street", "Harbor Road", "Mill Lane", "Cedar Avenue", "Quarry Park", "Lantern Square", "Birch Court", "Foundry Wharf", "Orchard Terrace", "Willow Bridge"];
        private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        private static readonly string[] Numbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

        private readonly Random random;
        private readonly JsonObject root;

        private SupportedCase(int seed)
        {
            random = new Random(seed);
            var firsts = Shuffle(FirstNames);
            var lasts = Shuffle(LastNames);
            var places = Shuffle(Places);
            var sentences = new List<string>[] { [], [] };
            string Say(int source, string sentence)
            {
                sentences[source].Add(sentence);
                return sentence.TrimEnd('.');
            }

            var persons = new JsonArray();
            var count = random.Next(3, 7);
            var names = new List<string>();
            for (var i = 0; i < count; i++)
            {
                var name = $"{firsts[i]} {lasts[i]}";
                names.Add(name);
                var source = random.Next(2);
                var quote = Say(source, $"{name} lived near {places[(i + 5) % places.Length]}.");
                persons.Add(new JsonObject
                {
                    ["id"] = $"person-{i}",
                    ["names"] = new JsonArray(Claim(name, source, quote)),
                });
            }

            var incidents = new JsonArray();
            for (var i = 0; i < random.Next(1, 4); i++)
            {
                var source = random.Next(2);
                var (a, b) = (random.Next(count), random.Next(count));
                b = b == a ? (a + 1) % count : b;
                var (year, month, day) = (random.Next(1950, 2020), random.Next(1, 13), random.Next(1, 29));
                var place = places[i];
                var quote = Say(source, $"On {Months[month - 1]} {day}, {year}, {names[a]} met {names[b]} at {place}.");
                var officers = random.Next(Numbers.Length);
                var countQuote = Say(1 - source, $"{char.ToUpperInvariant(Numbers[officers][0])}{Numbers[officers][1..]} officers came to {place} that day.");
                incidents.Add(new JsonObject
                {
                    ["id"] = $"incident-{i}",
                    ["label"] = $"Meeting {i}",
                    ["dates"] = new JsonArray(Claim(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"), source, quote)),
                    ["places"] = new JsonArray(Claim(place, source, quote)),
                    ["participants"] = new JsonArray(Claim(new JsonObject { ["id"] = $"person-{a}" }, source, quote), Claim(new JsonObject { ["id"] = $"person-{b}" }, source, quote)),
                    ["facts"] = new JsonArray(Claim(new JsonObject { ["property"] = "count", ["text"] = "officers", ["quantity"] = new JsonObject { ["amount"] = officers + 2, ["unit"] = "officer" } }, 1 - source, countQuote)),
                });
            }

            Texts = [.. sentences.Select((s, i) => ($"texts/s{i}.txt", s.Count == 0 ? "Nothing to report." : string.Join(random.Next(2) == 0 ? " " : "\n", s)))];
            root = new JsonObject
            {
                ["formatVersion"] = "1.1",
                ["sources"] = new JsonArray([.. Texts.Select((t, i) => (JsonNode)new JsonObject
                {
                    ["id"] = $"s{i}",
                    ["title"] = $"Source {i}",
                    ["kind"] = "news-article",
                    ["text"] = t.Path,
                    ["sha256"] = Source.ComputeSha256(Encoding.UTF8.GetBytes(t.Text)),
                })]),
                ["persons"] = persons,
                ["incidents"] = incidents,
            };
            Json = root.ToJsonString();
        }

        public (string Path, string Text)[] Texts { get; }

        public string Json { get; }

        public static SupportedCase Create(int seed) => new(seed);

        /// <summary>One mutation of each kind the dataset allows, each of one claim chosen at random.</summary>
        public IEnumerable<Mutation> Mutations()
        {
            var persons = root["persons"]!.AsArray();
            var incidents = root["incidents"]!.AsArray();
            var p = random.Next(persons.Count);
            var i = random.Next(incidents.Count);
            var incident = incidents[i]!;

            yield return Change("name", $"/persons/{p}/names/0", _ => $"{FirstNames[random.Next(FirstNames.Length)]} Fairweather");

            yield return Change("date", $"/incidents/{i}/dates/0", value =>
            {
                var date = value!.GetValue<string>();
                var shift = random.Next(1, 30) * (random.Next(2) == 0 ? -1 : 1);
                return string.Create(CultureInfo.InvariantCulture, $"{int.Parse(date[..4], CultureInfo.InvariantCulture) + shift:D4}{date[4..]}");
            });

            yield return Change("count", $"/incidents/{i}/facts/0", value =>
            {
                var fact = value!.DeepClone().AsObject();
                var amount = fact["quantity"]!["amount"]!.GetValue<int>();
                fact["quantity"]!["amount"] = amount + random.Next(1, 6);
                return fact;
            });

            var place = incident["places"]![0]!["value"]!.GetValue<string>();
            yield return Change("place", $"/incidents/{i}/places/0", _ => Places.Where(x => x != place).ElementAt(random.Next(Places.Length - 1)));

            // Swapped for a person the quote does not name: not one of the two who met.
            var named = incident["participants"]!.AsArray().Select(c => c!["value"]!["id"]!.GetValue<string>()).ToHashSet();
            var others = Enumerable.Range(0, persons.Count).Select(k => $"person-{k}").Where(id => !named.Contains(id)).ToList();
            if (others.Count > 0)
            {
                var k = random.Next(2);
                yield return Change("participant", $"/incidents/{i}/participants/{k}", _ => new JsonObject { ["id"] = others[random.Next(others.Count)] });
            }
        }

        private Mutation Change(string kind, string pointer, Func<JsonNode?, JsonNode> change)
        {
            var copy = root.DeepClone();
            var claim = Resolve(copy, pointer).AsObject();
            var before = claim["value"]!.ToJsonString();
            claim["value"] = change(claim["value"]);
            return new Mutation(kind, pointer, copy.ToJsonString(), $"{before} → {claim["value"]!.ToJsonString()} (quote: {claim["citations"]![0]!["quote"]})");
        }

        private static JsonNode Resolve(JsonNode node, string pointer)
        {
            foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                node = int.TryParse(part, CultureInfo.InvariantCulture, out var index) ? node[index]! : node[part]!;
            }

            return node;
        }

        private static JsonObject Claim(JsonNode value, int source, string quote) => new()
        {
            ["value"] = value,
            ["citations"] = new JsonArray(new JsonObject { ["source"] = $"s{source}", ["quote"] = quote }),
        };

        private string[] Shuffle(string[] items)
        {
            var copy = items.ToArray();
            random.Shuffle(copy);
            return copy;
        }
    }
}
