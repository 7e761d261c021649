using System.Text;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Reading;
using CaseRecords.Validation;
using CsCheck;

namespace CaseRecords.Tests;

/// <summary>
/// The support rules for names (CR2021), persons and organizations referred to (CR2022), places (CR2023) and free text
/// (CR2024), name forms (CR2025) and inferences: each with input that breaks it and input that satisfies it.
/// </summary>
public class SupportRuleTests
{
    private const string Gazette =
        "On August 21, 2016, Officer Dana Reyes of the Riverton Police Department stopped a van on Elm Street. " +
        "Two officers searched the van. The driver, Maria Velasquez, said she was running a bakery on Mill Road.\n" +
        "Velasquez sued the city in 2017, according to her lawyer, Tom Okafor.";

    private const string Radio =
        "Maria Velázquez was stopped by Reyes on Elm Street in August 2016. The Riverton police called it routine. " +
        "Thomas Okafor filed the suit for her.";

    /// <summary>Loads a dataset of two sources and the given persons, organizations and incidents.</summary>
    private static LoadResult Load(string persons, string incidents = "[]", string organizations = "[]")
    {
        var json = $$"""
            {
              "formatVersion": "1.1",
              "sources": [
                { "id": "gazette", "title": "Gazette", "kind": "news-article", "text": "gazette.txt", "sha256": "{{Sha(Gazette)}}" },
                { "id": "radio", "title": "Radio", "kind": "broadcast", "text": "radio.txt", "sha256": "{{Sha(Radio)}}" }
              ],
              "persons": {{persons}},
              "organizations": {{organizations}},
              "incidents": {{incidents}}
            }
            """;
        return CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]>
        {
            ["case.json"] = Encoding.UTF8.GetBytes(json),
            ["gazette.txt"] = Encoding.UTF8.GetBytes(Gazette),
            ["radio.txt"] = Encoding.UTF8.GetBytes(Radio),
        }));
    }

    private static string Sha(string text) => Source.ComputeSha256(Encoding.UTF8.GetBytes(text));

    private static string Claim(string value, string quote, string source = "gazette", string extra = "") =>
        $$"""{ "value": {{value}}, "citations": [ { "source": "{{source}}", "quote": "{{quote}}" } ]{{extra}} }""";

    private static string Person(string id, params string[] names) =>
        $$"""{ "id": "{{id}}", "names": [ {{string.Join(", ", names)}} ] }""";

    private static readonly string Persons = $"""
        [
          {Person("dana-reyes", Claim("\"Dana Reyes\"", "Officer Dana Reyes"))},
          {Person("maria-velasquez", Claim("\"Maria Velasquez\"", "The driver, Maria Velasquez"), Claim("\"Maria Velázquez\"", "Maria Velázquez was stopped", "radio"))},
          {Person("tom-okafor", Claim("\"Tom Okafor\"", "her lawyer, Tom Okafor", extra: ", \"form\": \"nickname\""), Claim("\"Thomas Okafor\"", "Thomas Okafor filed", "radio"))}
        ]
        """;

    private static string Stop(string participants = "", string places = "", string facts = "") => $$"""
        [
          {
            "id": "stop",
            "label": "The Elm Street stop",
            "dates": [ {{Claim("\"2016-08-21\"", "On August 21, 2016")}} ],
            "places": [ {{(places.Length == 0 ? Claim("\"Elm Street\"", "stopped a van on Elm Street") : places)}} ],
            "participants": [ {{(participants.Length == 0 ? Claim("{ \"id\": \"dana-reyes\", \"role\": \"officer\" }", "Officer Dana Reyes") : participants)}} ],
            "facts": [ {{(facts.Length == 0 ? Claim("{ \"property\": \"count\", \"text\": \"officers\", \"quantity\": { \"amount\": 2, \"unit\": \"officer\" } }", "Two officers searched the van") : facts)}} ]
          }
        ]
        """;

    private static ValidationReport Validate(LoadResult load) => CaseValidator.Validate(load);

    private static string[] SupportFindings(ValidationReport report) =>
        [.. report.Diagnostics.Where(d => d.Code is "CR2018" or "CR2019" or "CR2020" or "CR2021" or "CR2022" or "CR2023" or "CR2024" or "CR2025").Select(d => $"{d.Code} {d.JsonPointer}")];

    [Fact]
    public void A_case_whose_quotes_state_every_value_gets_no_support_finding()
    {
        var load = Load(Persons, Stop());
        load.Diagnostics.ShouldBeEmpty();
        var report = Validate(load);
        SupportFindings(report).ShouldBeEmpty(ReportWriter.ToText(report));
        report.ErrorCount.ShouldBe(0);
        report.WarningCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("\"Dana Reyes\"", "Officer Dana Reyes", null)]
    [InlineData("\"dana reyes\"", "Officer Dana Reyes", null)] // case is not a spelling
    [InlineData("\"Dana  Reyes\"", "Officer Dana Reyes", null)] // nor is white space
    [InlineData("\"Dana Reyes\"", "Officer Dana", "CR2021")]
    [InlineData("\"Dana Reyas\"", "Officer Dana Reyes", "CR2021")] // another spelling is another name
    [InlineData("\"Officer Reyes\"", "Officer Dana Reyes", "CR2021")] // words must be in sequence
    public void CR2021_a_name_must_occur_in_a_quote(string name, string quote, string? code)
    {
        var report = Validate(Load($"[ {Person("dana-reyes", Claim(name, quote))} ]", Stop()));
        if (code is null)
        {
            SupportFindings(report).ShouldBeEmpty(ReportWriter.ToText(report));
        }
        else
        {
            var d = report.Diagnostics.Single(d => d.Code == code);
            d.Severity.ShouldBe(DiagnosticSeverity.Error);
            d.JsonPointer.ShouldBe("/persons/0/names/0/value");
            d.Line.ShouldNotBeNull();
            d.Message.ShouldContain(name.Trim('"'));
        }
    }

    [Fact]
    public void CR2021_a_title_written_as_an_incidents_name_is_pointed_to_the_label()
    {
        var incident = Stop().Replace("\"label\": \"The Elm Street stop\",", $"\"names\": [ {Claim("\"The Elm Street stop\"", "stopped a van on Elm Street")} ],", StringComparison.Ordinal);
        var d = Validate(Load(Persons, incident)).Diagnostics.Single(d => d.Code == "CR2021");
        d.JsonPointer.ShouldBe("/incidents/0/names/0/value");
        d.Message.ShouldContain("make it the \"label\"");

        // As a label it is uncited and unchecked, and it is what the reading API shows.
        var load = Load(Persons, Stop());
        Validate(load).Diagnostics.ShouldNotContain(d => d.Code == "CR2021");
        load.Dataset.Get<Incident>("stop").DisplayName().ShouldBe("The Elm Street stop");
    }

    [Theory]
    [InlineData("dana-reyes", "Officer Dana Reyes", null)]
    [InlineData("dana-reyes", "stopped by Reyes on Elm Street", null)] // a surname names her
    [InlineData("maria-velasquez", "Velasquez sued the city", null)]
    [InlineData("tom-okafor", "Thomas Okafor filed the suit", null)] // any of the names
    [InlineData("maria-velasquez", "Officer Dana Reyes", "CR2022")] // swapped for someone the quote does not name
    [InlineData("dana-reyes", "Two officers searched the van", "CR2022")] // "Officer" alone names no one
    public void CR2022_a_person_referred_to_must_be_named_in_the_quote(string id, string quote, string? code)
    {
        var source = quote.Contains("Velasquez sued", StringComparison.Ordinal) || quote.StartsWith("Officer", StringComparison.Ordinal) || quote.StartsWith("Two", StringComparison.Ordinal) ? "gazette" : "radio";
        var report = Validate(Load(Persons, Stop(participants: Claim($$"""{ "id": "{{id}}" }""", quote, source))));
        var found = report.Diagnostics.Where(d => d.Code == "CR2022").ToList();
        if (code is null)
        {
            found.ShouldBeEmpty(ReportWriter.ToText(report));
        }
        else
        {
            var d = found.ShouldHaveSingleItem();
            d.Severity.ShouldBe(DiagnosticSeverity.Warning);
            d.JsonPointer.ShouldBe("/incidents/0/participants/0/value/id");
            d.Message.ShouldContain("looked for");
        }
    }

    [Fact]
    public void CR2022_a_relayed_party_must_be_named_in_the_quote()
    {
        var relayed = Claim("{ \"id\": \"maria-velasquez\" }", "Velasquez sued the city in 2017").Replace("\"quote\":", "\"relayedFrom\": \"tom-okafor\", \"quote\":", StringComparison.Ordinal);
        var d = Validate(Load(Persons, Stop(participants: relayed))).Diagnostics.Single(d => d.Code == "CR2022");
        d.JsonPointer.ShouldBe("/incidents/0/participants/0/citations/0/relayedFrom");
        d.Message.ShouldContain("\"Okafor\"");

        var attributed = relayed.Replace("Velasquez sued the city in 2017", "Velasquez sued the city in 2017, according to her lawyer, Tom Okafor", StringComparison.Ordinal);
        Validate(Load(Persons, Stop(participants: attributed))).Diagnostics.ShouldNotContain(d => d.Code == "CR2022");
    }

    [Theory]
    [InlineData("\"Elm Street\"", "stopped a van on Elm Street", null)]
    [InlineData("\"Elm Street, Riverton\"", "stopped a van on Elm Street", "CR2023")]
    [InlineData("\"the bakery on Mill Road\"", "running a bakery on Mill Road", null)]
    [InlineData("\"the bakeries on Mill Road\"", "running a bakery on Mill Road", null)] // simple inflection
    [InlineData("\"Oak Street\"", "stopped a van on Elm Street", "CR2023")]
    public void CR2023_a_places_words_must_occur_in_the_quotes(string place, string quote, string? code)
    {
        var report = Validate(Load(Persons, Stop(places: Claim(place, quote))));
        var found = report.Diagnostics.Where(d => d.Code == "CR2023").ToList();
        if (code is null)
        {
            found.ShouldBeEmpty(ReportWriter.ToText(report));
        }
        else
        {
            var d = found.ShouldHaveSingleItem();
            d.Severity.ShouldBe(DiagnosticSeverity.Warning);
            d.JsonPointer.ShouldBe("/incidents/0/places/0/value");
        }
    }

    [Theory]
    [InlineData("ran a bakery", "she was running a bakery", null)] // "ran" and "running" are "run"
    [InlineData("ran two bakeries", "she was running a bakery", null)] // two of three words: enough
    [InlineData("was a retired schoolteacher", "she was running a bakery", "CR2024")]
    public void CR2024_free_text_whose_words_barely_occur_in_its_quotes_is_information(string text, string quote, string? code)
    {
        var fact = Claim($$"""{ "property": "occupation", "text": "{{text}}" }""", quote);
        var persons = Persons.Replace(Person("dana-reyes", Claim("\"Dana Reyes\"", "Officer Dana Reyes")), $$"""{ "id": "dana-reyes", "names": [ {{Claim("\"Dana Reyes\"", "Officer Dana Reyes")}} ], "facts": [ {{fact}} ] }""", StringComparison.Ordinal);
        var found = Validate(Load(persons, Stop())).Diagnostics.Where(d => d.Code == "CR2024").ToList();
        if (code is null)
        {
            found.ShouldBeEmpty();
        }
        else
        {
            var d = found.ShouldHaveSingleItem();
            d.Severity.ShouldBe(DiagnosticSeverity.Information);
            d.JsonPointer.ShouldBe("/persons/0/facts/0/value/text");
            d.Message.ShouldContain("\"retired\"");
        }
    }

    [Fact]
    public void CR2025_only_names_have_a_form()
    {
        var place = Claim("\"Elm Street\"", "stopped a van on Elm Street", extra: ", \"form\": \"short\"");
        var d = Validate(Load(Persons, Stop(places: place))).Diagnostics.Single(d => d.Code == "CR2025");
        d.JsonPointer.ShouldBe("/incidents/0/places/0/form");
        Validate(Load(Persons, Stop())).Diagnostics.ShouldNotContain(d => d.Code == "CR2025");
    }

    [Fact]
    public void An_inferred_claim_is_exempt_from_the_support_rules_listed_and_corroborates_nothing()
    {
        // The gazette does not name Velasquez in the sentence about the search: an inference, marked as one.
        const string Inferred = ", \"inferredFrom\": \"the driver named in the next sentence was in the van searched\"";
        var participant = Claim("{ \"id\": \"maria-velasquez\", \"role\": \"driver\" }", "Two officers searched the van", extra: Inferred);
        var unmarked = Validate(Load(Persons, Stop(participants: Claim("{ \"id\": \"maria-velasquez\", \"role\": \"driver\" }", "Two officers searched the van"))));
        unmarked.Diagnostics.ShouldContain(d => d.Code == "CR2022");

        var load = Load(Persons, Stop(participants: participant));
        var report = Validate(load);
        SupportFindings(report).ShouldBeEmpty(ReportWriter.ToText(report));
        var corroboration = report.Diagnostics.Single(d => d.Code == "CR2015" && d.JsonPointer == "/incidents/0/participants/0");
        corroboration.Message.ShouldContain("inferred");
        corroboration.Message.ShouldContain("0 independent sources");

        var inferred = load.Dataset.InferredClaims().ShouldHaveSingleItem();
        inferred.Claim.InferredFrom.ShouldStartWith("the driver named");
        load.Dataset.SingleSourceClaims().ShouldContain(inferred);
    }

    [Fact]
    public void Labels_inferences_and_forms_are_written_back_as_they_were_read()
    {
        var participant = Claim("{ \"id\": \"maria-velasquez\" }", "Two officers searched the van", extra: ", \"inferredFrom\": \"the next sentence\"");
        var load = Load(Persons, Stop(participants: participant));
        var file = load.Dataset.Files.ShouldHaveSingleItem();
        var json = Serialization.CaseDatasetWriter.ToJson(file);
        json.ShouldContain("\"formatVersion\": \"1.1\"");
        json.ShouldContain("\"label\": \"The Elm Street stop\"");
        json.ShouldContain("\"inferredFrom\": \"the next sentence\"");
        json.ShouldContain("\"form\": \"nickname\"");
        var again = CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]>
        {
            ["case.json"] = Encoding.UTF8.GetBytes(json),
            ["gazette.txt"] = Encoding.UTF8.GetBytes(Gazette),
            ["radio.txt"] = Encoding.UTF8.GetBytes(Radio),
        }));
        again.Dataset.Files.ShouldHaveSingleItem().ShouldBe(file);
    }

    [Fact]
    public void A_format_10_file_still_loads()
    {
        var json = """{ "formatVersion": "1.0", "sources": [] }""";
        var load = CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(json) }));
        load.Diagnostics.ShouldBeEmpty();
        var other = CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(json.Replace("1.0", "2.0", StringComparison.Ordinal)) }));
        other.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("reads \"1.0\" and \"1.1\"");
    }

    [Fact]
    public void Evidence_gives_the_words_that_name_the_person_and_the_place()
    {
        var load = Load(Persons, Stop(participants: Claim("{ \"id\": \"dana-reyes\" }", "stopped by Reyes on Elm Street", "radio")));
        var stop = load.Dataset.Get<Incident>("stop");
        load.Dataset.EvidenceFor(stop.Participants[0]).ShouldHaveSingleItem().Support.ShouldBe(["Reyes"]);
        load.Dataset.EvidenceFor(stop.Places[0]).ShouldHaveSingleItem().Support.ShouldBe(["Elm Street"]);
        load.Dataset.EvidenceFor(load.Dataset.Get<Person>("maria-velasquez").Names[1]).ShouldHaveSingleItem().Support.ShouldBe(["Maria Velázquez"]);
    }

    [Fact]
    public void A_short_form_or_nickname_does_not_disagree_with_the_full_name_but_another_spelling_does()
    {
        var conflicts = Load(Persons, Stop()).Dataset.Conflicts();
        conflicts.ShouldHaveSingleItem().SubjectId.ShouldBe("maria-velasquez");

        var unmarked = Load(Persons.Replace(", \"form\": \"nickname\"", string.Empty, StringComparison.Ordinal), Stop()).Dataset.Conflicts();
        unmarked.Select(c => c.SubjectId).ShouldBe(["maria-velasquez", "tom-okafor"]);
    }

    [Theory]
    [InlineData("{ \"amount\": 30, \"unit\": \"day\" }", "{ \"amount\": 20, \"unit\": \"day\" }", true)]
    [InlineData("{ \"amount\": 30, \"unit\": \"day\" }", "{ \"amount\": 30, \"unit\": \"days\" }", false)]
    [InlineData("{ \"amount\": 2, \"unit\": \"week\" }", "{ \"amount\": 14, \"unit\": \"day\" }", false)]
    [InlineData("{ \"amount\": 30, \"unit\": \"day\" }", "{ \"amount\": 1, \"unit\": \"month\" }", true)]
    [InlineData("{ \"amount\": 19, \"upperAmount\": 20, \"unit\": \"day\" }", "{ \"amount\": 20, \"unit\": \"day\" }", false)]
    public void Durations_are_compared_with_their_units(string first, string second, bool disagree)
    {
        string Duration(string quantity) => Claim($$"""{ "property": "duration", "quantity": {{quantity}} }""", "Two officers searched the van");
        var facts = Duration(first) + ", " + Duration(second);
        var conflicts = Load(Persons, Stop(facts: facts)).Dataset.Conflicts().Where(c => c.SubjectId == "stop").ToList();
        if (disagree)
        {
            conflicts.ShouldHaveSingleItem().Property.ShouldBe("facts/duration");
        }
        else
        {
            conflicts.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Odd_text_never_crashes_the_word_reader_and_every_span_it_gives_lies_in_the_text()
    {
        var text = Gen.String[Gen.Char["ab’'s -.\u00A0\u0301éÉ\uD83D\uDE00Zz19"], 0, 60];
        Gen.Select(text, text).Sample(
            (quote, value) =>
            {
                foreach (var word in Wording.Words(quote))
                {
                    (word.Start + word.Length).ShouldBeLessThanOrEqualTo(quote.Length);
                    Wording.Stem(word.Folded).ShouldNotBeNull();
                }

                if (Wording.FindName(quote, value) is { } name)
                {
                    (name.Start + name.Length).ShouldBeLessThanOrEqualTo(quote.Length);
                    Wording.Mentions(quote, value).ShouldBeTrue();
                }

                foreach (var (_, _, start, length) in Wording.Cover(value, [quote]).Found)
                {
                    (start + length).ShouldBeLessThanOrEqualTo(quote.Length);
                }

                if (Wording.FindNaming(quote, Wording.NamingForms([value])) is { } naming)
                {
                    (naming.Start + naming.Length).ShouldBeLessThanOrEqualTo(quote.Length);
                }
            },
            iter: 20_000,
            threads: 1);
    }

    [Fact]
    public void An_unknown_id_gets_the_closest_id_and_the_person_the_quote_names()
    {
        var typo = Validate(Load(Persons, Stop(participants: Claim("{ \"id\": \"maria-velazquez\" }", "The driver, Maria Velasquez")))).Diagnostics.Single(d => d.Code == "CR2008");
        typo.JsonPointer.ShouldBe("/incidents/0/participants/0/value/id");
        typo.Message.ShouldContain("Did you mean \"maria-velasquez\"?");

        var role = Validate(Load(Persons, Stop(participants: Claim("{ \"id\": \"the-driver\" }", "The driver, Maria Velasquez")))).Diagnostics.Single(d => d.Code == "CR2008");
        role.Message.ShouldNotContain("Did you mean");
        role.Message.ShouldContain("The quote names \"Maria Velasquez\" (maria-velasquez).");

        var source = Validate(Load(Persons, Stop(participants: Claim("{ \"id\": \"dana-reyes\" }", "Officer Dana Reyes", source: "gazete")))).Diagnostics.Single(d => d.Code == "CR2002");
        source.Message.ShouldContain("Did you mean \"gazette\"?");

        var relayed = Claim("{ \"id\": \"maria-velasquez\" }", "Velasquez sued the city in 2017, according to her lawyer, Tom Okafor").Replace("\"quote\":", "\"relayedFrom\": \"tom-okafr\", \"quote\":", StringComparison.Ordinal);
        var party = Validate(Load(Persons, Stop(participants: relayed))).Diagnostics.Single(d => d.Code == "CR2008");
        party.JsonPointer.ShouldBe("/incidents/0/participants/0/citations/0/relayedFrom");
        party.Message.ShouldContain("Did you mean \"tom-okafor\"?");

        // Nothing close and nobody named: no guess.
        var far = Validate(Load(Persons, Stop(participants: Claim("{ \"id\": \"zz-top\" }", "Two officers searched the van")))).Diagnostics.Single(d => d.Code == "CR2008");
        far.Message.ShouldNotContain("Did you mean");
        far.Message.ShouldNotContain("The quote names");
    }
}
