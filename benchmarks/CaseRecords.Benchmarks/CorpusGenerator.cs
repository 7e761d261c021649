using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CaseRecords.Benchmarks;

/// <summary>
/// Writes a deterministic synthetic dataset (seeded <see cref="Random"/>): several source texts of 50–200 KB with
/// typographic quotes, dashes and wrapped lines, and record files whose claims (persons, organizations, incidents,
/// proceedings; names, EDTF dates, places, references, facts) cite 1–3 verbatim quotes of those texts. A claim
/// whose value a quote must state (a date, a count, a name, a place, the person or organization referred to, an
/// occupation, an outcome) cites first the sentence that states it; the texts are written so that such sentences
/// exist. The same seed and size always give the same bytes. Record files hold up to
/// <see cref="ClaimsPerFile"/> claims each, in format 1.0 (no labels, name forms or inferences), so that builds from
/// before format 1.1 read the same files and before/after timings compare like with like.
/// </summary>
public static class CorpusGenerator
{
    public const int Seed = 20260707;
    public const int ClaimsPerFile = 10_000;
    public const int SourceCount = 6;

    // v2: counts cite the sentence that states them (CR2020). v3: names, places, the persons and organizations
    // referred to, and free texts cite a sentence that states them (CR2021-CR2024).
    private const string Version = "v3";

    private static readonly string[] FirstNames =
    [
        "John", "Joseph", "Glenda", "Sandra", "Nicole", "Robert", "Alfonzo", "Maria", "Tomás", "Aisha", "Chen", "Olga",
        "Peter", "Renée", "Kwame", "Lucía", "Dmitri", "Fatima", "Henry", "Ingrid", "Jamal", "Keiko", "Liam", "Mei",
        "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Samuel", "Tanya", "Ulrich", "Vera", "Walter", "Ximena", "Yusuf",
    ];

    private static readonly string[] LastNames =
    [
        "Balcerzak", "Gabrish", "Cleveland", "Smith", "Childress", "Parins", "Glover", "O’Brien", "D’Angelo", "Nguyen",
        "Kowalski", "García", "Okafor", "Schneider", "Novak", "Haddad", "Petrov", "Johansson", "McAllister", "Tanaka",
        "Rossi", "Lindqvist", "Abara", "Fitzgerald", "Moreau", "Kaminski", "Delgado", "Brennan", "Sato", "Whitfield",
        "Zielinski", "Hughes", "Ortega", "Baptiste", "Larsen", "Mwangi", "Castellano", "Friedman", "Yilmaz", "Duarte",
    ];

    private static readonly string[] Cities =
    [
        "Milwaukee, Wisconsin", "Racine, Wisconsin", "Madison, Wisconsin", "Chicago, Illinois", "Green Bay, Wisconsin",
        "Kenosha, Wisconsin", "Waukesha, Wisconsin", "Gary, Indiana", "Detroit, Michigan", "Duluth, Minnesota",
    ];

    private static readonly string[] Streets =
    [
        "North 25th Street", "West State Street", "Wisconsin Avenue", "Oakland Avenue", "North Avenue", "Lincoln Drive",
        "West Juneau Avenue", "Kinnickinnic Avenue", "South 16th Street", "Capitol Drive", "Burleigh Street",
    ];

    private static readonly string[] Organizations =
    [
        "Milwaukee Police Department", "Fire and Police Commission", "Milwaukee Police Association", "Circuit Court",
        "Court of Appeals", "District Attorney’s Office", "City Council", "Federal Bureau of Investigation",
        "County Sheriff’s Office", "State Supreme Court", "Civil Rights Division", "Board of Police Commissioners",
    ];

    private static readonly string[] Occupations =
    [
        "patrol officer", "detective", "sergeant", "tavern owner", "union president", "court clerk", "night-shift nurse",
        "bus driver", "schoolteacher", "reporter", "paralegal", "mechanic", "social worker", "dispatcher",
    ];

    private static readonly string[] Outcomes =
    [
        "a dismissal of both officers", "a reinstatement without back pay", "a settlement of $55,000", "an acquittal",
        "a suspension with pay", "a finding of no misconduct", "a new hearing", "a conviction on two counts",
    ];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] ProceedingKinds =
    [
        "discipline", "dismissal", "investigation", "appeal", "civil-lawsuit", "criminal-trial", "testimony", "other",
    ];

    private static readonly string[] SourceKinds = ["news-article", "encyclopedia-article", "biography", "court-record", "report", "book"];

    /// <summary>The cache folder of the corpus with <paramref name="claims"/> claims, generated on first use.</summary>
    public static string EnsureCorpus(int claims)
    {
        var root = Environment.GetEnvironmentVariable("CASERECORDS_BENCH_CORPUS")
            ?? Path.Combine(Path.GetTempPath(), "caserecords-bench-corpus");
        // CASERECORDS_BENCH_CORPUS_KIND=bundled: the bundled case copied with its ids renamed (BundledCopies).
        var bundled = Environment.GetEnvironmentVariable("CASERECORDS_BENCH_CORPUS_KIND") == BundledCopies.Kind;
        var folder = Path.Combine(root, bundled ? $"{BundledCopies.Kind}-{claims}" : $"{Version}-{claims}");
        if (File.Exists(Path.Combine(folder, ".complete")))
        {
            return folder;
        }

        var staging = folder + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        if (bundled)
        {
            BundledCopies.Generate(staging, claims);
        }
        else
        {
            Generate(staging, claims);
        }

        File.WriteAllText(Path.Combine(staging, ".complete"), string.Empty);
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(staging, folder);
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, ".complete")))
        {
            Directory.Delete(staging, recursive: true); // another process won the race
        }

        return folder;
    }

    /// <summary>The record files (*.json) of a corpus folder, in the loader's order.</summary>
    public static string[] RecordFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Every file the loader reads: record files and source texts.</summary>
    public static string[] AllFiles(string folder) =>
        [.. RecordFiles(folder), .. Directory.EnumerateFiles(Path.Combine(folder, "texts")).Order(StringComparer.Ordinal)];

    /// <summary>Writes the corpus into <paramref name="folder"/>.</summary>
    public static void Generate(string folder, int claims)
    {
        Directory.CreateDirectory(Path.Combine(folder, "texts"));
        var random = new Random(Seed);
        var sources = new List<GeneratedSource>();
        for (var s = 0; s < SourceCount; s++)
        {
            var source = GenerateSource(random, s);
            var bytes = Encoding.UTF8.GetBytes(source.Text);
            File.WriteAllBytes(Path.Combine(folder, source.TextPath), bytes);
            source.Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            sources.Add(source);
        }

        new RecordWriter(random, sources, folder, claims).Run();
    }

    // ---- source texts ---------------------------------------------------------------------------------------

    private static GeneratedSource GenerateSource(Random random, int index)
    {
        var target = random.Next(50_000, 200_001);
        var wrap = index % 2 == 0; // half of the texts are hard-wrapped at ~76 columns, as copied from print
        var text = new StringBuilder(target + 1000);
        var sentences = new List<Sentence>();
        text.Append("Report ").Append(index + 1).Append(": the case as told by this source\n\n");
        var column = 0;
        var inParagraph = 0;
        while (text.Length < target)
        {
            var said = MakeSentence(random);
            if (inParagraph > 0)
            {
                AppendSeparator();
            }

            var start = text.Length;
            foreach (var word in said.Text.Split(' '))
            {
                if (text.Length > start)
                {
                    AppendSeparator();
                }

                text.Append(word);
                column += word.Length;
            }

            sentences.Add(new Sentence(start, text.Length - start, said));
            if (++inParagraph >= random.Next(3, 8))
            {
                text.Append("\n\n");
                column = 0;
                inParagraph = 0;
            }
        }

        text.Append('\n');
        return new GeneratedSource(
            $"source-{index + 1}-{SourceKinds[index % SourceKinds.Length]}",
            $"texts/source-{index + 1}.txt",
            SourceKinds[index % SourceKinds.Length],
            text.ToString(),
            sentences);

        void AppendSeparator()
        {
            if (wrap && column > 70)
            {
                text.Append('\n');
                column = 0;
            }
            else
            {
                text.Append(' ');
                column++;
            }
        }
    }

    /// <summary>One sentence of a source text and what it states, so that claims can cite the sentence that states their value.</summary>
    private sealed record Said(string Text)
    {
        public string? Date { get; init; }

        public string? AsStated { get; init; }

        public bool Birth { get; init; }

        public int? Present { get; init; }

        /// <summary>The persons the sentence names, in full.</summary>
        public string[] Names { get; init; } = [];

        /// <summary>The organization it names, in full.</summary>
        public string? Organization { get; init; }

        /// <summary>A street and a city together: a place.</summary>
        public string? Place { get; init; }

        public string? Street { get; init; }

        /// <summary>The occupation of its first person.</summary>
        public string? Occupation { get; init; }

        public string? Outcome { get; init; }

        /// <summary>The name the papers gave an incident ("Oakland Avenue incident").</summary>
        public string? IncidentName { get; init; }

        /// <summary>A case name ("Smith v. City of Racine").</summary>
        public string? CaseName { get; init; }

        /// <summary>Whether it describes its organization ("a public body of the city").</summary>
        public bool Describes { get; init; }
    }

    private static Said MakeSentence(Random random)
    {
        var name = Name(random);
        var other = Name(random);
        var org = Pick(random, Organizations);
        switch (random.Next(12))
        {
            case 0:
            {
                var (edtf, stated) = MonthDate(random, 1930, 1962);
                return new($"{name} was born in {stated} in {Pick(random, Cities)}, the {Ordinal(random.Next(2, 9))} of {random.Next(3, 11)} children.") { Date = edtf, AsStated = stated, Birth = true, Names = [name] };
            }

            case 1:
            {
                var (edtf, stated) = DayDate(random, 1975, 2015);
                var street = Pick(random, Streets);
                var city = Pick(random, Cities);
                return new($"On {stated}, {name} and {other} responded to a 911 call about a “disturbance” on {street} in {city}.") { Date = edtf, AsStated = stated, Names = [name, other], Place = $"{street}, {city}", Street = street };
            }

            case 2:
            {
                var (edtf, stated) = MonthDate(random, 1975, 2015);
                return new($"In {stated}, the {org} opened an inquiry into the conduct of {name} — an inquiry that lasted {random.Next(2, 30)} months.") { Date = edtf, AsStated = stated, Names = [name], Organization = org };
            }

            case 3:
            {
                var year = random.Next(1975, 2016).ToString(CultureInfo.InvariantCulture);
                return new($"In {year}, {name} filed a complaint with the {org}, saying the officers had “ignored the neighbours’ calls”.") { Date = year, AsStated = year, Names = [name], Organization = org };
            }

            case 4:
                return new($"{name}’s lawyer told reporters that the {org} had “failed every test it set itself” – a claim the city disputed.") { Names = [name], Organization = org };
            case 5:
            {
                var present = random.Next(2, 40);
                return new($"According to {name}, about {present} people were present when the officers arrived at {Pick(random, Streets)}.") { Present = present, Names = [name] };
            }

            case 6:
            {
                var occupation = Pick(random, Occupations);
                return new($"{name} worked as a {occupation} for the {org} for {random.Next(2, 35)} years before {other} replaced them.") { Names = [name, other], Organization = org, Occupation = occupation };
            }

            case 7:
            {
                var outcome = Pick(random, Outcomes);
                return new($"The hearing before the {org} ended in {outcome}, {random.Next(2, 20)} weeks after {name} first testified.") { Names = [name], Organization = org, Outcome = outcome };
            }

            case 8:
                return new($"{name} later said: “I didn’t think it was my place to question {other}; nobody did, not in {Pick(random, Cities)}.”") { Names = [name, other] };
            case 9:
            {
                var street = Pick(random, Streets);
                return new($"What the papers called the {street} incident began with a call from {name}.") { Names = [name], Street = street, IncidentName = $"{street} incident" };
            }

            case 10:
            {
                var city = Pick(random, Cities);
                var caseName = $"{name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..]} v. City of {city[..city.IndexOf(',', StringComparison.Ordinal)]}";
                return new($"{name} sued the city, and {caseName} was argued before the {org}.") { Names = [name], Organization = org, CaseName = caseName };
            }

            default:
                return new($"The {org} describes itself as a public body of the city, answerable in the end to {name}.") { Names = [name], Organization = org, Describes = true };
        }
    }

    private static string Name(Random random) => $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static T Pick<T>(Random random, List<T> items) => items[random.Next(items.Count)];

    private static string Ordinal(int n) => n switch { 2 => "second", 3 => "third", 4 => "fourth", 5 => "fifth", 6 => "sixth", 7 => "seventh", _ => "eighth" };

    private static (string Edtf, string Stated) MonthDate(Random random, int from, int to)
    {
        var year = random.Next(from, to + 1);
        var month = random.Next(1, 13);
        return ($"{year:D4}-{month:D2}", $"{Months[month - 1]} {year}");
    }

    private static (string Edtf, string Stated) DayDate(Random random, int from, int to)
    {
        var year = random.Next(from, to + 1);
        var month = random.Next(1, 13);
        var day = random.Next(1, 29);
        return ($"{year:D4}-{month:D2}-{day:D2}", $"{Months[month - 1]} {day}, {year}");
    }

    // ---- records --------------------------------------------------------------------------------------------

    private sealed record Sentence(int Start, int Length, Said Said)
    {
        public string? Date => Said.Date;

        public string? AsStated => Said.AsStated;

        public bool Birth => Said.Birth;

        public int? Present => Said.Present;
    }

    private sealed record GeneratedSource(string Id, string TextPath, string Kind, string Text, List<Sentence> Sentences)
    {
        public string Sha256 { get; set; } = string.Empty;

        public Sentence[] Births { get; } = [.. Sentences.Where(s => s.Birth)];

        public Sentence[] Events { get; } = [.. Sentences.Where(s => s.Date is not null && !s.Birth)];

        public Sentence[] Plain { get; } = [.. Sentences.Where(s => s.Date is null)];

        public Sentence[] Counts { get; } = [.. Sentences.Where(s => s.Present is not null)];
    }

    /// <summary>
    /// The sentences of all texts by what they state, in text order (so the corpus stays deterministic): a claim
    /// whose quote must state its value (a name, a place, the person referred to, an occupation) cites one of them.
    /// </summary>
    private sealed class Passages
    {
        public Passages(List<GeneratedSource> sources)
        {
            foreach (var source in sources)
            {
                foreach (var sentence in source.Sentences)
                {
                    var said = sentence.Said;
                    var at = (source, sentence);
                    foreach (var name in said.Names)
                    {
                        NameOccurrences.Add((source, sentence, name));
                        Add(ByName, name, at);
                    }

                    if (said.Organization is { } org)
                    {
                        OrganizationOccurrences.Add(at);
                        Add(ByOrganization, org, at);
                        if (said.Describes)
                        {
                            Add(Descriptions, org, at);
                        }
                    }

                    if (said.Place is not null)
                    {
                        Places.Add(at);
                    }

                    if (said.IncidentName is not null)
                    {
                        IncidentNames.Add(at);
                        Add(IncidentNamesByStreet, said.Street!, at);
                    }

                    if (said.Occupation is not null)
                    {
                        Occupations.Add(at);
                        Add(OccupationsByName, said.Names[0], at);
                    }

                    if (said.Birth)
                    {
                        Add(BirthsByName, said.Names[0], at);
                    }

                    if (said.Outcome is not null)
                    {
                        Outcomes.Add(at);
                    }

                    if (said.CaseName is not null)
                    {
                        CaseNames.Add(at);
                    }
                }
            }
        }

        public List<(GeneratedSource Source, Sentence Sentence, string Name)> NameOccurrences { get; } = [];

        public Dictionary<string, List<(GeneratedSource, Sentence)>> ByName { get; } = new(StringComparer.Ordinal);

        public List<(GeneratedSource, Sentence)> OrganizationOccurrences { get; } = [];

        public Dictionary<string, List<(GeneratedSource, Sentence)>> ByOrganization { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<(GeneratedSource, Sentence)>> Descriptions { get; } = new(StringComparer.Ordinal);

        public List<(GeneratedSource, Sentence)> Places { get; } = [];

        public List<(GeneratedSource, Sentence)> IncidentNames { get; } = [];

        public Dictionary<string, List<(GeneratedSource, Sentence)>> IncidentNamesByStreet { get; } = new(StringComparer.Ordinal);

        public List<(GeneratedSource, Sentence)> Occupations { get; } = [];

        public Dictionary<string, List<(GeneratedSource, Sentence)>> OccupationsByName { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<(GeneratedSource, Sentence)>> BirthsByName { get; } = new(StringComparer.Ordinal);

        public List<(GeneratedSource, Sentence)> Outcomes { get; } = [];

        public List<(GeneratedSource, Sentence)> CaseNames { get; } = [];

        private static void Add(Dictionary<string, List<(GeneratedSource, Sentence)>> index, string key, (GeneratedSource, Sentence) at)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(at);
        }
    }

    private sealed class RecordWriter(Random random, List<GeneratedSource> sources, string folder, int claims)
    {
        private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private readonly List<string> persons = [];
        private readonly List<string> organizations = [];
        private readonly List<string> incidents = [];
        private readonly List<string> proceedings = [];
        private readonly List<string> personNames = [];
        private readonly List<string> organizationNames = [];
        private readonly Dictionary<string, List<int>> organizationsByName = new(StringComparer.Ordinal);
        private readonly Passages passages = new(sources);
        private int written;
        private int fileIndex;
        private int inFile;
        private Utf8JsonWriter? json;
        private FileStream? stream;
        private Kind? open;

        private enum Kind
        {
            Persons,
            Organizations,
            Incidents,
            Proceedings,
        }

        public void Run()
        {
            while (written < claims)
            {
                // One file: its records by kind in canonical order, in a realistic mix of claims.
                var budget = Math.Min(ClaimsPerFile, claims - written);
                StartFile();
                Fill(Kind.Organizations, budget * 0.03, Organization);
                Fill(Kind.Persons, budget * 0.40, Person);
                Fill(Kind.Incidents, budget * 0.66, Incident);
                Fill(Kind.Proceedings, budget, Proceeding);
                EndFile();
            }
        }

        private void Fill(Kind kind, double until, Action write)
        {
            while (inFile < until || (kind == Kind.Organizations && organizations.Count < 3) || (kind == Kind.Persons && persons.Count < 3))
            {
                write();
            }
        }

        private void StartFile()
        {
            stream = new FileStream(Path.Combine(folder, $"records-{fileIndex++:D4}.json"), FileMode.CreateNew);
            json = new Utf8JsonWriter(stream, WriterOptions);
            json.WriteStartObject();
            json.WriteString("formatVersion", "1.0");
            if (fileIndex == 1)
            {
                json.WriteStartArray("sources");
                foreach (var source in sources)
                {
                    json.WriteStartObject();
                    json.WriteString("id", source.Id);
                    json.WriteString("title", $"Synthetic {source.Kind.Replace('-', ' ')} number {sources.IndexOf(source) + 1}");
                    json.WriteString("kind", source.Kind);
                    json.WriteString("publisher", "The Benchmark Gazette");
                    json.WriteString("url", $"https://example.org/sources/{source.Id}");
                    json.WriteString("published", "2020-06");
                    json.WriteString("language", "en");
                    json.WriteString("text", source.TextPath);
                    json.WriteString("sha256", source.Sha256);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            inFile = 0;
            open = null;
        }

        private void EndFile()
        {
            if (open is not null)
            {
                json!.WriteEndArray();
            }

            json!.WriteEndObject();
            json.Flush();
            json.Dispose();
            stream!.WriteByte((byte)'\n');
            stream.Dispose();
        }

        private Utf8JsonWriter Begin(Kind kind, string id)
        {
            if (open != kind)
            {
                if (open is not null)
                {
                    json!.WriteEndArray();
                }

                json!.WriteStartArray(kind.ToString().ToLowerInvariant());
                open = kind;
            }

            json!.WriteStartObject();
            json.WriteString("id", id);
            return json;
        }

        private void Person()
        {
            var id = $"person-{persons.Count}";
            var w = Begin(Kind.Persons, id);
            w.WriteStartArray("names");
            var two = random.Next(5) == 0;

            // The name as a sentence gives it, cited to that sentence (CR2021).
            var (nameSource, nameSentence, name) = passages.NameOccurrences[random.Next(passages.NameOccurrences.Count)];
            TextClaim(w, name, (nameSource, nameSentence), two ? "preferred" : null);
            if (two)
            {
                var (otherSource, otherSentence, otherName) = passages.NameOccurrences[random.Next(passages.NameOccurrences.Count)];
                TextClaim(w, otherName, (otherSource, otherSentence), null, "The spelling of a single source.");
            }

            w.WriteEndArray();
            w.WriteStartArray("facts");
            if (random.Next(10) < 7)
            {
                // The birth of this person when a text gives it, otherwise a birth of a namesake.
                DateClaim(w, passages.BirthsByName.TryGetValue(name, out var births) ? Pick(random, births) : PickDated(births: true), fact: "birth");
            }

            // The occupation a sentence gives (CR2024 holds its words to the quotes), this person's if a text gives it.
            var job = passages.OccupationsByName.TryGetValue(name, out var jobs) ? Pick(random, jobs) : Pick(random, passages.Occupations);
            Claim(
                w,
                () =>
                {
                    w.WriteStartObject("value");
                    w.WriteString("property", "occupation");
                    w.WriteString("text", job.Item2.Said.Occupation);
                    w.WriteEndObject();
                },
                first: job);
            w.WriteEndArray();
            w.WriteEndObject();
            persons.Add(id);
            personNames.Add(name);
        }

        private void Organization()
        {
            var id = $"organization-{organizations.Count}";
            var w = Begin(Kind.Organizations, id);
            w.WriteStartArray("names");
            var named = Pick(random, passages.OrganizationOccurrences);
            var name = named.Item2.Said.Organization!;
            TextClaim(w, name, named, null);
            w.WriteEndArray();
            w.WriteStartArray("facts");
            Claim(
                w,
                () =>
                {
                    w.WriteStartObject("value");
                    w.WriteString("property", "description");
                    w.WriteString("text", "a public body of the city");
                    w.WriteEndObject();
                },
                first: Pick(random, passages.Descriptions.TryGetValue(name, out var described) ? described : passages.Descriptions.Values.First()));
            w.WriteEndArray();
            w.WriteEndObject();
            if (!organizationsByName.TryGetValue(name, out var same))
            {
                organizationsByName[name] = same = [];
            }

            same.Add(organizations.Count);
            organizations.Add(id);
            organizationNames.Add(name);
        }

        private void Incident()
        {
            var id = $"incident-{incidents.Count}";
            var w = Begin(Kind.Incidents, id);

            // The place a sentence gives (street and city, CR2023), and the name the papers gave an incident there.
            var place = Pick(random, passages.Places);
            var street = place.Item2.Said.Street!;
            var named = passages.IncidentNamesByStreet.TryGetValue(street, out var there) ? Pick(random, there) : Pick(random, passages.IncidentNames);
            w.WriteStartArray("names");
            TextClaim(w, named.Item2.Said.IncidentName!, named, null);
            w.WriteEndArray();
            w.WriteStartArray("dates");
            DateClaim(w, births: false, fact: null);
            w.WriteEndArray();
            w.WriteStartArray("places");
            TextClaim(w, place.Item2.Said.Place!, place, null);
            w.WriteEndArray();
            w.WriteStartArray("participants");
            var first = random.Next(persons.Count);
            ReferenceClaim(w, first, "responder");
            ReferenceClaim(w, (first + 1 + random.Next(persons.Count - 1)) % persons.Count, "caller");
            w.WriteEndArray();
            w.WriteStartArray("facts");
            var counted = sources.Where(s => s.Counts.Length > 0).ToList() is { Count: > 0 } withCounts ? withCounts[random.Next(withCounts.Count)] : throw new InvalidOperationException("No source states a count.");
            var countSentence = counted.Counts[random.Next(counted.Counts.Length)];
            Claim(
                w,
                () =>
                {
                    w.WriteStartObject("value");
                    w.WriteString("property", "count");
                    w.WriteString("text", "people present");
                    w.WriteStartObject("quantity");
                    w.WriteNumber("amount", countSentence.Present!.Value);
                    w.WriteString("unit", "person");
                    w.WriteEndObject();
                    w.WriteEndObject();
                },
                first: (counted, countSentence));
            w.WriteEndArray();
            w.WriteEndObject();
            incidents.Add(id);
        }

        private void Proceeding()
        {
            var id = $"proceeding-{proceedings.Count}";
            var w = Begin(Kind.Proceedings, id);
            w.WriteString("kind", Pick(random, ProceedingKinds));

            // The case name a sentence gives; the forum it was argued before, cited to the same sentence when an
            // organization of that name is on record, otherwise another forum, cited to a sentence that names it.
            var named = Pick(random, passages.CaseNames);
            w.WriteStartArray("names");
            TextClaim(w, named.Item2.Said.CaseName!, named, null);
            w.WriteEndArray();
            w.WriteStartArray("forums");
            if (organizationsByName.TryGetValue(named.Item2.Said.Organization!, out var forums))
            {
                ReferenceClaim(w, organizations[Pick(random, forums)], null, named);
            }
            else
            {
                OrganizationClaim(w, random.Next(organizations.Count));
            }

            w.WriteEndArray();
            w.WriteStartArray("parties");
            ReferenceClaim(w, random.Next(persons.Count), "defendant");
            ReferenceClaim(w, random.Next(persons.Count), "plaintiff");
            w.WriteEndArray();

            // Filed and decided: the earlier event date is the filing.
            var a = PickDated(births: false);
            var b = PickDated(births: false);
            if (string.CompareOrdinal(a.Sentence.Date, b.Sentence.Date) > 0)
            {
                (a, b) = (b, a);
            }

            w.WriteStartArray("filed");
            DateClaim(w, a, fact: null);
            w.WriteEndArray();
            w.WriteStartArray("decided");
            DateClaim(w, b, fact: null);
            w.WriteEndArray();
            w.WriteStartArray("outcomes");
            var outcome = Pick(random, passages.Outcomes);
            TextClaim(w, outcome.Item2.Said.Outcome!, outcome, null);
            w.WriteEndArray();
            w.WriteStartArray("concerns");
            ReferenceClaim(w, incidents[random.Next(incidents.Count)], null, null);
            w.WriteEndArray();
            if (proceedings.Count > 0 && random.Next(10) < 3)
            {
                w.WriteStartArray("follows");
                ReferenceClaim(w, proceedings[random.Next(proceedings.Count)], null, null);
                w.WriteEndArray();
            }

            w.WriteEndObject();
            proceedings.Add(id);
        }

        /// <summary>A text value cited first to the sentence that states it.</summary>
        private void TextClaim(Utf8JsonWriter w, string value, (GeneratedSource, Sentence) stated, string? rank, string? note = null) =>
            Claim(w, () => w.WriteString("value", value), first: stated, rank: rank, note: note);

        /// <summary>A reference to a person, cited first to a sentence that names them (CR2022).</summary>
        private void ReferenceClaim(Utf8JsonWriter w, int person, string role) =>
            ReferenceClaim(w, persons[person], role, Pick(random, passages.ByName[personNames[person]]));

        /// <summary>A reference to an organization, cited first to a sentence that names it (CR2022).</summary>
        private void OrganizationClaim(Utf8JsonWriter w, int organization) =>
            ReferenceClaim(w, organizations[organization], null, Pick(random, passages.ByOrganization[organizationNames[organization]]));

        /// <summary>A reference, cited first to <paramref name="naming"/> when given (incidents and proceedings need no naming quote).</summary>
        private void ReferenceClaim(Utf8JsonWriter w, string id, string? role, (GeneratedSource, Sentence)? naming) => Claim(
            w,
            () =>
            {
                w.WriteStartObject("value");
                w.WriteString("id", id);
                if (role is not null)
                {
                    w.WriteString("role", role);
                }

                w.WriteEndObject();
            },
            first: naming);

        private void DateClaim(Utf8JsonWriter w, bool births, string? fact) => DateClaim(w, PickDated(births), fact);

        private void DateClaim(Utf8JsonWriter w, (GeneratedSource Source, Sentence Sentence) dated, string? fact) => Claim(
            w,
            () =>
            {
                if (fact is null)
                {
                    w.WriteString("value", dated.Sentence.Date);
                }
                else
                {
                    w.WriteStartObject("value");
                    w.WriteString("property", fact);
                    w.WriteString("date", dated.Sentence.Date);
                    w.WriteEndObject();
                }
            },
            first: dated,
            asStated: dated.Sentence.AsStated);

        private (GeneratedSource Source, Sentence Sentence) PickDated(bool births)
        {
            var source = sources[random.Next(sources.Count)];
            var pool = births ? source.Births : source.Events;
            return (source, pool[random.Next(pool.Length)]);
        }

        /// <summary>Writes one claim with 1–3 citations of distinct sources.</summary>
        private void Claim(Utf8JsonWriter w, Action value, (GeneratedSource Source, Sentence Sentence)? first = null, string? asStated = null, string? rank = null, string? note = null)
        {
            w.WriteStartObject();
            value();
            w.WriteStartArray("citations");
            var roll = random.Next(20);
            var count = roll < 7 ? 1 : roll < 16 ? 2 : 3;
            var used = new HashSet<GeneratedSource>();
            for (var c = 0; c < count; c++)
            {
                GeneratedSource source;
                string quote;
                if (c == 0 && first is { } dated)
                {
                    source = dated.Source;
                    quote = Quote(source, dated.Sentence, whole: true);
                }
                else
                {
                    do
                    {
                        source = sources[random.Next(sources.Count)];
                    }
                    while (used.Contains(source));
                    quote = Quote(source, source.Plain[random.Next(source.Plain.Length)], whole: false);
                }

                used.Add(source);
                w.WriteStartObject();
                w.WriteString("source", source.Id);
                w.WriteString("quote", quote);
                if (random.Next(25) == 0)
                {
                    w.WriteString("locator", $"paragraph {random.Next(1, 60)}");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (rank is not null)
            {
                w.WriteString("rank", rank);
            }

            if (asStated is not null)
            {
                w.WriteString("asStated", asStated);
            }

            if (note is not null)
            {
                w.WriteString("note", note);
            }

            w.WriteEndObject();
            written++;
            inFile++;
        }

        /// <summary>A verbatim quote: the sentence or a word-aligned part of it, line breaks as spaces, and half the time typed with ASCII quotes and dashes.</summary>
        private string Quote(GeneratedSource source, Sentence sentence, bool whole)
        {
            var text = source.Text.AsSpan(sentence.Start, sentence.Length).ToString().Replace('\n', ' ');
            if (!whole && text.Length > 60 && random.Next(2) == 0)
            {
                var words = text.Split(' ');
                var from = random.Next(words.Length / 3);
                var to = Math.Max(from + 6, words.Length - random.Next(words.Length / 3));
                text = string.Join(' ', words[from..Math.Min(to, words.Length)]);
            }

            if (random.Next(2) == 0)
            {
                text = text.Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace('—', '-').Replace('–', '-');
            }

            return text;
        }
    }
}
