namespace CaseRecords.Tests;

public class SourceTextTests
{
    private static readonly SourceText Text = SourceText.FromText("texts/s1.txt", "The officers said:\n“the hound’s\u00A0keeper” — left\tat 2 a.m.\n");

    [Fact]
    public void Find_folds_only_white_space_typographic_quotes_apostrophes_and_dashes()
    {
        var span = Text.Find("\"the hound's keeper\" - left at").ShouldNotBeNull();
        (span.Line, span.Column).ShouldBe((2, 1));
        Text.Text.Substring(span.Start, span.Length).ShouldBe("“the hound’s\u00A0keeper” — left\tat");
        Text.Find("  said: \"the  ").ShouldNotBeNull().Start.ShouldBe(13);
        Text.Find("The Officers").ShouldBeNull();
        Text.Find("2 am").ShouldBeNull();
    }

    [Fact]
    public void Find_never_matches_an_empty_quote_and_rejects_null()
    {
        Text.Find(string.Empty).ShouldBeNull();
        Text.Find(" \n ").ShouldBeNull();
        Should.Throw<ArgumentNullException>(() => Text.Find(null!));
    }

    [Fact]
    public void Find_gives_the_same_answer_every_time_and_from_every_thread()
    {
        var expected = Text.Find("left at 2");
        Parallel.For(0, 64, _ => Text.Find("left at 2").ShouldBe(expected));
        new SourceText(Text.Path, Text.Text, Text.Sha256).Find("left at 2").ShouldBe(expected);
    }

    [Fact]
    public void Find_gives_the_first_occurrence_of_the_folded_quote_mapped_back_to_the_text()
    {
        // Texts of a few letters (so that substrings repeat and the index's buckets are shared), runs of every kind of
        // white space, typographic quotes and dashes; quotes cut from the text, from another text, or changed. The
        // answer must be what folding character by character and searching naively gives.
        var random = new Random(42);
        const string Alphabet = "abcab  \n\r\t\u00A0\u201C\u201D\u2019\u2014-\"'";
        for (var round = 0; round < 300; round++)
        {
            var original = new string(Enumerable.Range(0, random.Next(0, 3000)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var text = SourceText.FromText("texts/t.txt", original);
            for (var q = 0; q < 40; q++)
            {
                var quote = Quote(random, original);
                text.Find(quote).ShouldBe(Naive(original, quote), $"round {round}, quote \"{quote}\"");
            }
        }
    }

    private static string Quote(Random random, string text)
    {
        if (text.Length == 0 || random.Next(5) == 0)
        {
            return new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => "ab c"[random.Next(4)]).ToArray());
        }

        var start = random.Next(text.Length);
        var quote = text.Substring(start, random.Next(1, Math.Min(60, text.Length - start) + 1));
        return random.Next(4) == 0 ? quote.Replace('a', 'b') : quote;
    }

    /// <summary>Folds character by character, as documented, keeping each folded character's offset; searches with IndexOf.</summary>
    private static TextSpan? Naive(string text, string quote)
    {
        static char FoldOne(char c) => c switch
        {
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
            _ when char.IsWhiteSpace(c) => ' ',
            _ => c,
        };

        static (string Folded, List<int> Map) Fold(string s)
        {
            var folded = new System.Text.StringBuilder();
            var map = new List<int>();
            for (var i = 0; i < s.Length; i++)
            {
                var c = FoldOne(s[i]);
                if (c == ' ' && folded.Length > 0 && folded[^1] == ' ')
                {
                    continue;
                }

                folded.Append(c);
                map.Add(i);
            }

            return (folded.ToString(), map);
        }

        var (haystack, map) = Fold(text);
        var needle = Fold(quote).Folded.Trim(' ');
        var index = needle.Length == 0 ? -1 : haystack.IndexOf(needle, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var start = map[index];
        var end = map[index + needle.Length - 1] + 1;
        var line = text.Take(start).Count(c => c == '\n') + 1;
        var column = start - (text.LastIndexOf('\n', Math.Max(0, start - 1)) is var nl && nl >= 0 && nl < start ? nl + 1 : 0) + 1;
        return new TextSpan(start, end - start, line, column);
    }
}
