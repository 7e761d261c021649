using System.Text;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Serialization;
using CaseRecords.Validation;

namespace CaseRecords.Tests;

/// <summary>
/// Loading reads several record files at once and validation checks chunks of entities on several threads,
/// unless the options say 1. Either way the result must be the same, finding for finding.
/// </summary>
public class ParallelismTests
{
    private const string Text = "The court ruled in May 1991. Officer Smith said “no” — twice.\nThe union appealed in 1992.";

    /// <summary>Files of many persons and incidents, with findings of several kinds scattered through them.</summary>
    private static Dictionary<string, byte[]> Files(int fileCount, int personsPerFile)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["texts/s1.txt"] = Encoding.UTF8.GetBytes(Text) };
        var source = new Source("s1", "Source", SourceKind.NewsArticle, "texts/s1.txt", Source.ComputeSha256(Encoding.UTF8.GetBytes(Text)));
        for (var f = 0; f < fileCount; f++)
        {
            var persons = Enumerable.Range(0, personsPerFile).Select(i =>
            {
                var n = (f * personsPerFile) + i;
                var quote = (n % 7) switch
                {
                    0 => "The court ruled in May 1991.",
                    1 => "Officer Smith said \"no\" - twice.",
                    2 => "not in the text at all",
                    _ => "The union appealed",
                };
                var names = n % 5 == 0
                    ? new[] { new Claim<string>("Smith", new Citation("s1", quote)), new Claim<string>("Smyth", new Citation(n % 11 == 0 ? "s9" : "s1", "The union appealed")) }
                    : [new Claim<string>("Smith", new Citation("s1", quote))];
                return new Person($"person-{n}") { Names = names };
            });
            var incidents = Enumerable.Range(0, personsPerFile / 4).Select(i => new Incident($"incident-{f}-{i}")
            {
                Dates = [new Claim<Dates.CaseDate>(Dates.CaseDate.Parse(i % 2 == 0 ? "1991-05" : "1991-05-27").Value!, new Citation("s1", "The court ruled in May 1991."))],
                Participants = [new Claim<Reference>(new Reference(i % 3 == 0 ? "nobody" : $"person-{f * personsPerFile}"), new Citation("s1", "Officer Smith said"))],
            });
            var file = new RecordFile($"part-{f:D2}.json")
            {
                Sources = f == 0 ? [source] : [],
                Persons = [.. persons],
                Incidents = [.. incidents],
            };
            files[file.Path] = Encoding.UTF8.GetBytes(CaseDatasetWriter.ToJson(file));
        }

        files["part-99-broken.json"] = Encoding.UTF8.GetBytes("""{ "formatVersion": "1.0", "persons": [ { "id": "late", "extra": true } ] }""");
        return files;
    }

    private static List<string> Lines(ValidationReport report) =>
        [.. report.Diagnostics.Select(d => d.ToString()), .. report.Conflicts.Select(c => $"{c.SubjectId} {c.Property} {c.Versions.Count}"), .. report.Quotes.Select(q => $"{q.Subject} {q.JsonPointer} {q.Span}"), $"citations {report.CitationCount}"];

    [Fact]
    public void Loading_many_files_at_once_gives_the_same_dataset_and_diagnostics_as_one_at_a_time()
    {
        var files = DatasetFiles.FromMemory(Files(fileCount: 6, personsPerFile: 40));
        var sequential = CaseDatasetLoader.Load(files, new LoadOptions { MaxDegreeOfParallelism = 1 });
        var parallel = CaseDatasetLoader.Load(files, new LoadOptions { MaxDegreeOfParallelism = 4 });
        // The broken file is loaded without its one broken person, which is reported as left out.
        sequential.Dataset.Files.Count.ShouldBe(7);
        sequential.LeftOut.ShouldHaveSingleItem().ShouldBe(new LeftOutRecord("part-99-broken.json", "/persons/0", LeftOutKind.Person) { Id = "late", Line = 1, Column = 40 });
        sequential.Diagnostics.ShouldNotBeEmpty();
        parallel.Dataset.ShouldBe(sequential.Dataset);
        parallel.Diagnostics.ShouldBe(sequential.Diagnostics);
    }

    [Fact]
    public void Validating_on_several_threads_gives_the_same_report_as_on_one()
    {
        // 3 × 600 persons and 3 × 150 incidents: several chunks of entities, so the parallel path is taken.
        var load = CaseDatasetLoader.Load(DatasetFiles.FromMemory(Files(fileCount: 3, personsPerFile: 600)));
        var one = CaseValidator.Validate(load, new ValidationOptions { MaxDegreeOfParallelism = 1 });
        var several = CaseValidator.Validate(load, new ValidationOptions { MaxDegreeOfParallelism = 3 });
        one.Diagnostics.Select(d => d.Code).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5, string.Join(", ", one.Diagnostics.Select(d => d.Code).Distinct()));
        one.Conflicts.ShouldNotBeEmpty();
        Lines(several).ShouldBe(Lines(one));
    }

    [Fact]
    public void Reading_source_texts_on_several_threads_gives_the_same_texts_and_problems_as_one_at_a_time()
    {
        // Twelve texts named from two record files: good ones (one with a byte-order mark, one named twice), a missing
        // one, one that is not UTF-8, one too large, and a path that leaves the dataset. Each problem is placed at
        // the first source that names the path.
        static string SourceJson(int n, string path) =>
            $$"""{ "id": "s{{n}}", "title": "S{{n}}", "kind": "news-article", "text": "{{path}}", "sha256": "{{new string('0', 64)}}" }""";
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var first = new List<string>();
        for (var n = 0; n < 8; n++)
        {
            files[$"texts/t{n}.txt"] = Encoding.UTF8.GetBytes($"Text number {n}.");
            first.Add(SourceJson(n, $"texts/t{n}.txt"));
        }

        files["texts/bom.txt"] = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("With a mark.")];
        files["texts/latin1.txt"] = [0x43, 0x61, 0x66, 0xE9];
        files["texts/large.txt"] = Encoding.UTF8.GetBytes(new string('x', 5000));
        first.AddRange([SourceJson(8, "texts/bom.txt"), SourceJson(9, "texts/missing.txt"), SourceJson(10, "texts/latin1.txt")]);
        files["a.json"] = Encoding.UTF8.GetBytes($$"""{ "formatVersion": "1.0", "sources": [ {{string.Join(",\n", first)}} ] }""");
        files["b.json"] = Encoding.UTF8.GetBytes($$"""{ "formatVersion": "1.0", "sources": [ {{SourceJson(11, "../outside.txt")}}, {{SourceJson(12, "texts/t3.txt")}}, {{SourceJson(13, "texts/large.txt")}} ] }""");
        var options = new LoadOptions { MaxFileBytes = 4000 };

        var sequential = CaseDatasetLoader.Load(DatasetFiles.FromMemory(files), options with { MaxDegreeOfParallelism = 1 });
        var parallel = CaseDatasetLoader.Load(DatasetFiles.FromMemory(files), options with { MaxDegreeOfParallelism = 4 });

        sequential.Dataset.Texts.Select(t => t.Path).ShouldBe(["texts/bom.txt", .. Enumerable.Range(0, 8).Select(n => $"texts/t{n}.txt")]); // by path
        sequential.Dataset.Texts.Single(t => t.Path == "texts/bom.txt").HasByteOrderMark.ShouldBeTrue();
        sequential.Diagnostics.Select(d => $"{d.Code} {d.File} {d.JsonPointer} {d.EntityId}").ShouldBe(
            [
                "CR1015 a.json /sources/9/text s9",
                "CR1016 a.json /sources/10/text s10",
                "CR1014 b.json /sources/0/text s11",
                "CR1018 b.json /sources/2/text s13",
            ],
            ignoreOrder: true);
        sequential.Diagnostics.ShouldAllBe(d => d.Line > 0 && d.Column > 0);
        parallel.Dataset.ShouldBe(sequential.Dataset);
        parallel.Diagnostics.ShouldBe(sequential.Diagnostics);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Quotes_alike_in_length_ends_and_middle_are_searched_apart(int threads)
    {
        // The two quotes differ only in their eighth character, so the validator's table of searches files them under
        // one key; each must still get its own search, whether or not the string is the one searched before.
        const string Text = "The board met in May and voted at noon.";
        const string Found = "board met in May and voted";
        const string Missing = "board mat in May and voted";
        Citation.KeyOf(Missing).ShouldBe(Citation.KeyOf(Found));
        var source = new Source("s1", "Minutes", SourceKind.NewsArticle, "texts/s1.txt", Source.ComputeSha256(Encoding.UTF8.GetBytes(Text)));
        string[] quotes = [Found, Missing, new string(Found.AsSpan()), new string(Missing.AsSpan()), Missing, Found];
        var persons = quotes.Select((q, i) => new Person($"person-{i}") { Names = [new Claim<string>("Board", new Citation("s1", q))] });
        var file = new RecordFile("case.json") { Sources = [source], Persons = [.. persons] };
        var dataset = CaseDataset.Create([file], [SourceText.FromText("texts/s1.txt", Text)]);

        var report = CaseValidator.Validate(dataset, new ValidationOptions { MaxDegreeOfParallelism = threads });

        report.Diagnostics.Where(d => d.Code == "CR2001").Select(d => d.JsonPointer).ShouldBe(
            ["/persons/1/names/0/citations/0/quote", "/persons/3/names/0/citations/0/quote", "/persons/4/names/0/citations/0/quote"]);
        report.Quotes.Select(q => q.Subject).ShouldBe(["person-0", "person-2", "person-5"]);
    }

    [Fact]
    public void Threads_that_search_and_overwrite_the_same_entries_at_once_find_each_quote_where_it_is()
    {
        // 3,000 distinct quotes, each cited twice, that differ only in characters the quote key does not read (the
        // line's number, and for some a letter that is not in the text): they share two keys, and so two entries of
        // the table of searches, which the threads keep overwriting while the others read them. Every citation must
        // still get its own quote's span, or none.
        const int Lines = 3000;
        var text = string.Concat(Enumerable.Range(0, Lines).Select(n => $"Line {n:D5} was read aloud.\n"));
        var source = new Source("s1", "Minutes", SourceKind.NewsArticle, "texts/s1.txt", Source.ComputeSha256(Encoding.UTF8.GetBytes(text)));
        string QuoteOf(int n) => n % 8 == 7 ? $"Line {n:D5} wxs read aloud" : n % 2 == 0 ? $"Line {n:D5} was read aloud" : $"Line {n:D5} was rxad aloud";
        var persons = Enumerable.Range(0, 2 * Lines).Select(i =>
        {
            // The second half cites the first's quotes again, as strings of its own (as another loader thread reads them).
            var quote = i < Lines ? QuoteOf(i) : new string(QuoteOf(Lines - 1 - (i - Lines)).AsSpan());
            return new Person($"person-{i}") { Names = [new Claim<string>("Board", new Citation("s1", quote))] };
        });
        var dataset = CaseDataset.Create([new RecordFile("case.json") { Sources = [source], Persons = [.. persons] }], [SourceText.FromText("texts/s1.txt", text)]);

        for (var round = 0; round < 3; round++)
        {
            var report = CaseValidator.Validate(dataset, new ValidationOptions { MaxDegreeOfParallelism = 4, MinimumSeverity = DiagnosticSeverity.Error });

            var expected = dataset.Files[0].Persons.Select(p => p.Names[0].Citations[0].Quote).Select(q => (q, Offset: text.IndexOf(q, StringComparison.Ordinal))).ToList();
            report.Quotes.Select(q => (q.Citation.Quote, q.Span.Start)).ShouldBe(expected.Where(e => e.Offset >= 0).Select(e => (e.q, e.Offset)));
            report.Quotes.Select(q => (text.Substring(q.Span.Start, q.Span.Length), q.Span.Line)).ShouldBe(report.Quotes.Select(q => (q.Citation.Quote, text[..q.Span.Start].Count(c => c == '\n') + 1)));
            report.Diagnostics.Count(d => d.Code == "CR2001").ShouldBe(expected.Count(e => e.Offset < 0));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void A_degree_of_parallelism_of_zero_or_below_minus_one_is_refused(int degree)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new LoadOptions { MaxDegreeOfParallelism = degree });
        Should.Throw<ArgumentOutOfRangeException>(() => new ValidationOptions { MaxDegreeOfParallelism = degree });
    }
}
