using System.Text;
using CaseRecords.Dates;

namespace CaseRecords.Tests.Properties;

/// <summary>Builds a random valid dataset from a seed: texts of words, and claims whose quotes are passages of them.</summary>
internal sealed class RandomDataset
{
    private static readonly string[] Words =
    [
        "the", "officer", "said", "court", "ruled", "in", "May", "1991", "fox", "hound", "appeal", "was", "dismissed", "city",
        "Milwaukee", "café", "naïve", "“quoted”", "don’t", "—", "résumé", "Zoë", "judge", "union", "2005", "vote", "back", "pay",
    ];

    private static readonly string[] DateForms = ["1991", "1991-05", "1991-05-27", "199X", "199X~", "2005/2009", "2001-21", "1984?", "[1991..1994]", "2005/..", "/2009"];

    private readonly Random random;
    private readonly List<(string Id, string Text)> sources = [];
    private readonly List<string> persons = [];
    private readonly List<string> organizations = [];
    private readonly List<string> incidents = [];
    private readonly List<string> proceedings = [];

    private RandomDataset(int seed) => random = new Random(seed);

    public static (RecordFile File, SourceText[] Texts) Create(int seed, int size)
    {
        var builder = new RandomDataset(seed);
        return builder.Build(Math.Max(1, size));
    }

    private (RecordFile, SourceText[]) Build(int size)
    {
        var sourceCount = random.Next(1, 4);
        var sourceRecords = new List<Source>();
        var texts = new List<SourceText>();
        for (var i = 0; i < sourceCount; i++)
        {
            var text = string.Join(random.Next(4) == 0 ? "\n" : " ", Enumerable.Range(0, random.Next(20, 120)).Select(_ => Words[random.Next(Words.Length)]));
            var id = $"s{i}";
            sources.Add((id, text));
            var path = $"texts/{id}.txt";
            texts.Add(SourceText.FromText(path, text));
            sourceRecords.Add(new Source(id, Phrase(), (SourceKind)random.Next(0, 10), path, Source.ComputeSha256(Encoding.UTF8.GetBytes(text)))
            {
                Language = random.Next(2) == 0 ? "en" : null,
                Published = random.Next(3) == 0 ? Date() : null,
            });
        }

        for (var i = 0; i < random.Next(0, size + 1); i++) persons.Add($"person-{i}");
        for (var i = 0; i < random.Next(0, size / 2 + 1); i++) organizations.Add($"org-{i}");
        for (var i = 0; i < random.Next(0, size / 2 + 1); i++) incidents.Add($"incident-{i}");
        for (var i = 0; i < random.Next(0, size / 2 + 1); i++) proceedings.Add($"proceeding-{i}");

        var file = new RecordFile("case.json")
        {
            Sources = [.. sourceRecords],
            Persons = [.. persons.Select(id => new Person(id) { Sensitivity = (Sensitivity)random.Next(0, 16), Names = Claims(Phrase), Facts = Claims(Fact) })],
            Organizations = [.. organizations.Select(id => new Organization(id) { Names = Claims(Phrase), Facts = Claims(Fact) })],
            Incidents =
            [
                .. incidents.Select(id => new Incident(id)
                {
                    Names = Claims(Phrase),
                    Dates = Claims(Date),
                    Places = Claims(Phrase),
                    Participants = Claims(() => Ref(persons.Concat(organizations).ToList(), Roles.Witness)),
                    Facts = Claims(Fact),
                }),
            ],
            Proceedings =
            [
                .. proceedings.Select((id, index) => new Proceeding(id, (ProceedingKind)random.Next(0, 10))
                {
                    Names = Claims(Phrase),
                    Forums = Claims(() => Ref(organizations, null)),
                    Parties = Claims(() => Ref(persons, Roles.Defendant)),
                    Filed = Claims(Date),
                    Outcomes = Claims(Phrase),
                    Concerns = Claims(() => Ref(incidents, null)),
                    Reviews = Claims(() => Ref(proceedings.Take(index).ToList(), null)),
                    Facts = Claims(Fact),
                }),
            ],
        };
        return (file, [.. texts]);
    }

    private EquatableArray<Claim<T>> Claims<T>(Func<T?> value)
        where T : class
    {
        var claims = new List<Claim<T>>();
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            if (value() is not { } v)
            {
                continue;
            }

            var citations = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Cite()).ToEquatableArray();
            claims.Add(new Claim<T>(v, citations)
            {
                Rank = random.Next(5) == 0 ? (ClaimRank)random.Next(0, 3) : ClaimRank.Normal,
                Note = random.Next(4) == 0 ? Phrase() : null,
                AsStated = random.Next(4) == 0 ? citations[0].Quote.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() : null,
                Sensitivity = random.Next(6) == 0 ? Sensitivity.Minor : Sensitivity.None,
            });
        }

        return [.. claims];
    }

    public Citation Cite()
    {
        var (id, text) = sources[random.Next(sources.Count)];
        var start = random.Next(text.Length - 1);
        var length = random.Next(1, Math.Min(40, text.Length - start) + 1);
        var quote = text.Substring(start, length);
        if (string.IsNullOrWhiteSpace(quote))
        {
            quote = text.Trim();
        }

        return new Citation(id, quote)
        {
            Locator = random.Next(5) == 0 ? "p. " + random.Next(1, 99) : null,
            RelayedFrom = random.Next(6) == 0 && persons.Count > 0 ? persons[random.Next(persons.Count)] : null,
        };
    }

    private string Phrase() => string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)]));

    private CaseDate Date() => CaseDate.Parse(DateForms[random.Next(DateForms.Length)]).GetValueOrThrow();

    private Reference? Ref(List<string> ids, string? role) => ids.Count == 0 ? null : new Reference(ids[random.Next(ids.Count)], role);

    private Fact Fact() => random.Next(5) switch
    {
        0 => new Fact(FactProperties.Age) { Quantity = new Quantity(random.Next(1, 90), "year") { UpperAmount = random.Next(2) == 0 ? 95 : null } },
        1 => new Fact("back-pay") { Money = new Money(random.Next(1, 100_000) + 0.5m, "USD") },
        2 => new Fact(FactProperties.Position) { Text = Phrase(), Date = Date(), Related = Ref(organizations, "employer") },
        3 => new Fact(FactProperties.Residence) { Place = Phrase() },
        _ => new Fact(FactProperties.Statement) { Text = Phrase(), Related = Ref(persons, "speaker") },
    };
}
