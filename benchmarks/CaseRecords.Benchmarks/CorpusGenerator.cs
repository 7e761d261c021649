using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CaseRecords.Benchmarks;

/// <summary>
/// Writes a deterministic synthetic dataset (seeded <see cref="Random"/>): several source texts of 50–200 KB with
/// typographic quotes, dashes and wrapped lines, and record files whose claims (persons, organizations, incidents,
/// proceedings; names, EDTF dates, places, references, facts) cite 1–3 verbatim quotes of those texts. The same
/// seed and size always give the same bytes. Record files hold up to <see cref="ClaimsPerFile"/> claims each.
/// </summary>
public static class CorpusGenerator
{
    public const int Seed = 20260707;
    public const int ClaimsPerFile = 10_000;
    public const int SourceCount = 6;

    private const string Version = "v2"; // v2: counts cite the sentence that states them (CR2020)

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
        var folder = Path.Combine(root, $"{Version}-{claims}");
        if (File.Exists(Path.Combine(folder, ".complete")))
        {
            return folder;
        }

        var staging = folder + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Generate(staging, claims);
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
            var (sentence, date, asStated, birth) = MakeSentence(random);
            if (inParagraph > 0)
            {
                AppendSeparator();
            }

            var start = text.Length;
            foreach (var word in sentence.Split(' '))
            {
                if (text.Length > start)
                {
                    AppendSeparator();
                }

                text.Append(word);
                column += word.Length;
            }

            var present = System.Text.RegularExpressions.Regex.Match(sentence, @"about (\d+) people were present");
            sentences.Add(new Sentence(start, text.Length - start, date, asStated, birth, present.Success ? int.Parse(present.Groups[1].Value, CultureInfo.InvariantCulture) : null));
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

    private static (string Text, string? Date, string? AsStated, bool Birth) MakeSentence(Random random)
    {
        var name = Name(random);
        var other = Name(random);
        var org = Pick(random, Organizations);
        switch (random.Next(9))
        {
            case 0:
            {
                var (edtf, stated) = MonthDate(random, 1930, 1962);
                return ($"{name} was born in {stated} in {Pick(random, Cities)}, the {Ordinal(random.Next(2, 9))} of {random.Next(3, 11)} children.", edtf, stated, true);
            }

            case 1:
            {
                var (edtf, stated) = DayDate(random, 1975, 2015);
                return ($"On {stated}, {name} and {other} responded to a 911 call about a “disturbance” on {Pick(random, Streets)}.", edtf, stated, false);
            }

            case 2:
            {
                var (edtf, stated) = MonthDate(random, 1975, 2015);
                return ($"In {stated}, the {org} opened an inquiry into the conduct of {name} — an inquiry that lasted {random.Next(2, 30)} months.", edtf, stated, false);
            }

            case 3:
            {
                var year = random.Next(1975, 2016).ToString(CultureInfo.InvariantCulture);
                return ($"In {year}, {name} filed a complaint with the {org}, saying the officers had “ignored the neighbours’ calls”.", year, year, false);
            }

            case 4:
                return ($"{name}’s lawyer told reporters that the {org} had “failed every test it set itself” – a claim the city disputed.", null, null, false);
            case 5:
                return ($"According to {name}, about {random.Next(2, 40)} people were present when the officers arrived at {Pick(random, Streets)}.", null, null, false);
            case 6:
                return ($"{name} worked as a {Pick(random, Occupations)} for the {org} for {random.Next(2, 35)} years before {other} replaced them.", null, null, false);
            case 7:
                return ($"The hearing before the {org} ended in {Pick(random, Outcomes)}, {random.Next(2, 20)} weeks after {name} first testified.", null, null, false);
            default:
                return ($"{name} later said: “I didn’t think it was my place to question {other}; nobody did, not in {Pick(random, Cities)}.”", null, null, false);
        }
    }

    private static string Name(Random random) => $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

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

    private sealed record Sentence(int Start, int Length, string? Date, string? AsStated, bool Birth, int? Present = null);

    private sealed record GeneratedSource(string Id, string TextPath, string Kind, string Text, List<Sentence> Sentences)
    {
        public string Sha256 { get; set; } = string.Empty;

        public Sentence[] Births { get; } = [.. Sentences.Where(s => s.Birth)];

        public Sentence[] Events { get; } = [.. Sentences.Where(s => s.Date is not null && !s.Birth)];

        public Sentence[] Plain { get; } = [.. Sentences.Where(s => s.Date is null)];

        public Sentence[] Counts { get; } = [.. Sentences.Where(s => s.Present is not null)];
    }

    private sealed class RecordWriter(Random random, List<GeneratedSource> sources, string folder, int claims)
    {
        private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private readonly List<string> persons = [];
        private readonly List<string> organizations = [];
        private readonly List<string> incidents = [];
        private readonly List<string> proceedings = [];
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
            TextClaim(w, Name(random), two ? "preferred" : null);
            if (two)
            {
                TextClaim(w, Name(random), null, "The spelling of a single source.");
            }

            w.WriteEndArray();
            w.WriteStartArray("facts");
            if (random.Next(10) < 7)
            {
                DateClaim(w, births: true, fact: "birth");
            }

            Claim(w, () =>
            {
                w.WriteStartObject("value");
                w.WriteString("property", "occupation");
                w.WriteString("text", Pick(random, Occupations));
                w.WriteEndObject();
            });
            w.WriteEndArray();
            w.WriteEndObject();
            persons.Add(id);
        }

        private void Organization()
        {
            var id = $"organization-{organizations.Count}";
            var w = Begin(Kind.Organizations, id);
            w.WriteStartArray("names");
            TextClaim(w, Pick(random, Organizations) + " " + organizations.Count.ToString(CultureInfo.InvariantCulture), null);
            w.WriteEndArray();
            w.WriteStartArray("facts");
            Claim(w, () =>
            {
                w.WriteStartObject("value");
                w.WriteString("property", "description");
                w.WriteString("text", "a public body of the city");
                w.WriteEndObject();
            });
            w.WriteEndArray();
            w.WriteEndObject();
            organizations.Add(id);
        }

        private void Incident()
        {
            var id = $"incident-{incidents.Count}";
            var w = Begin(Kind.Incidents, id);
            w.WriteStartArray("names");
            TextClaim(w, $"Call to {Pick(random, Streets)}", null);
            w.WriteEndArray();
            w.WriteStartArray("dates");
            DateClaim(w, births: false, fact: null);
            w.WriteEndArray();
            w.WriteStartArray("places");
            TextClaim(w, Pick(random, Streets) + ", " + Pick(random, Cities), null);
            w.WriteEndArray();
            w.WriteStartArray("participants");
            var first = random.Next(persons.Count);
            ReferenceClaim(w, persons[first], "responder");
            ReferenceClaim(w, persons[(first + 1 + random.Next(persons.Count - 1)) % persons.Count], "caller");
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
            w.WriteStartArray("names");
            TextClaim(w, $"Hearing {proceedings.Count} before the {Pick(random, Organizations)}", null);
            w.WriteEndArray();
            w.WriteStartArray("forums");
            ReferenceClaim(w, organizations[random.Next(organizations.Count)], null);
            w.WriteEndArray();
            w.WriteStartArray("parties");
            ReferenceClaim(w, persons[random.Next(persons.Count)], "defendant");
            ReferenceClaim(w, persons[random.Next(persons.Count)], "plaintiff");
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
            TextClaim(w, Pick(random, Outcomes), null);
            w.WriteEndArray();
            w.WriteStartArray("concerns");
            ReferenceClaim(w, incidents[random.Next(incidents.Count)], null);
            w.WriteEndArray();
            if (proceedings.Count > 0 && random.Next(10) < 3)
            {
                w.WriteStartArray("follows");
                ReferenceClaim(w, proceedings[random.Next(proceedings.Count)], null);
                w.WriteEndArray();
            }

            w.WriteEndObject();
            proceedings.Add(id);
        }

        private void TextClaim(Utf8JsonWriter w, string value, string? rank, string? note = null) =>
            Claim(w, () => w.WriteString("value", value), rank: rank, note: note);

        private void ReferenceClaim(Utf8JsonWriter w, string id, string? role) => Claim(w, () =>
        {
            w.WriteStartObject("value");
            w.WriteString("id", id);
            if (role is not null)
            {
                w.WriteString("role", role);
            }

            w.WriteEndObject();
        });

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
