using CsCheck;

namespace CaseRecords.Tests;

/// <summary>The approximate substring search behind <see cref="SourceText.FindNearest"/>.</summary>
public class NearestPassageTests
{
    private static readonly SourceText Text = SourceText.FromText(
        "s1.txt",
        "On 22nd July 1991 the fox was seen. In May 1991 the hound chased the fox.\nThe Officer said the hound’s keeper — a man of\r\n  fifty — was born in 1980.");

    [Fact]
    public void A_typo_finds_the_passage_it_was_taken_from_with_the_words_that_differ_marked()
    {
        var nearest = Text.FindNearest("the fox was sighted").First();
        nearest.Passage.ShouldBe("the fox was seen");
        (nearest.Span.Start, nearest.Span.Line, nearest.Span.Column).ShouldBe((18, 1, 19));
        Text.Text.Substring(nearest.Span.Start, nearest.Span.Length).ShouldBe(nearest.Passage);
        nearest.Distance.ShouldBe(5);
        nearest.DiffersOnlyInCase.ShouldBeFalse();
        nearest.Marked.ShouldBe("the fox was [-sighted-]{+seen+}");
        nearest.Differences.ShouldBe([new QuoteDifference("sighted", "seen")]);
        nearest.ToString().ShouldBe("line 1, column 19 (5 edits): the fox was [-sighted-]{+seen+}");
    }

    [Fact]
    public void A_difference_only_in_case_is_found_first_and_said_to_be_one()
    {
        var nearest = Text.FindNearest("the officer said").First();
        nearest.DiffersOnlyInCase.ShouldBeTrue();
        nearest.Passage.ShouldBe("The Officer said");
        nearest.Distance.ShouldBe(2);
        nearest.Differences.ShouldBe([new QuoteDifference("the officer", "The Officer")]);
        nearest.Differences[0].OnlyInCase.ShouldBeTrue();

        // However many letters differ in case, the passage is found.
        var shouted = Text.FindNearest("THE HOUND CHASED THE FOX", maxDistance: 2).ShouldHaveSingleItem();
        shouted.DiffersOnlyInCase.ShouldBeTrue();
        shouted.Passage.ShouldBe("the hound chased the fox");
    }

    [Fact]
    public void The_text_is_folded_as_quotes_are_matched_and_spans_are_in_the_original_text()
    {
        // Straight apostrophe and hyphen for the typographic ones, single spaces for a line break and indentation; "49" for "fifty".
        var nearest = Text.FindNearest("the hound's keeper - a man of forty - was born").First();
        nearest.Passage.ShouldBe("the hound’s keeper — a man of\r\n  fifty — was born");
        nearest.Span.Line.ShouldBe(2);
        nearest.Marked.ShouldBe("the hound's keeper - a man of [-forty-]{+fifty+} - was born");
    }

    [Fact]
    public void An_occurrence_comes_first_with_distance_0_and_passages_do_not_overlap()
    {
        var all = Text.FindNearest("the fox", max: 5);
        all[0].Distance.ShouldBe(0);
        all.Where(c => c.Distance == 0).Select(c => c.Span.Start).ShouldBe([18, 65]);
        foreach (var a in all)
        {
            all.Where(b => !ReferenceEquals(a, b)).ShouldAllBe(b => b.Span.Start >= a.Span.Start + a.Span.Length || a.Span.Start >= b.Span.Start + b.Span.Length);
        }
    }

    [Fact]
    public void Nothing_is_returned_beyond_the_distance_asked_for_or_for_an_empty_or_overlong_quote()
    {
        Text.FindNearest("a quote that is nowhere near anything in the text").ShouldBeEmpty();
        Text.FindNearest("the fox was sighted", maxDistance: 4).ShouldBeEmpty();
        Text.FindNearest("the fox was sighted", maxDistance: 5).ShouldHaveSingleItem();
        Text.FindNearest("   ").ShouldBeEmpty();
        Text.FindNearest(new string('x', SourceText.MaxNearestQuoteLength + 1), maxDistance: 10_000).ShouldBeEmpty();
        Should.Throw<ArgumentNullException>(() => Text.FindNearest(null!));
        Should.Throw<ArgumentOutOfRangeException>(() => Text.FindNearest("fox", max: 0));
        Should.Throw<ArgumentOutOfRangeException>(() => Text.FindNearest("fox", maxDistance: -1));
    }

    [Fact]
    public void A_long_quote_spanning_several_machine_words_is_found_across_a_long_text()
    {
        var random = new Random(7);
        var words = new[] { "the", "officer", "said", "that", "a", "man", "was", "seen", "near", "house", "on", "street" };
        var text = string.Join(' ', Enumerable.Range(0, 200_000).Select(_ => words[random.Next(words.Length)]));
        var source = SourceText.FromText("big.txt", text);
        var start = text.IndexOf(' ', 600_000) + 1;
        var original = text[start..text.IndexOf(' ', start + 300)];   // whole words
        var typo = original[..100] + "XY" + original[103..253] + "Z" + original[253..];
        var nearest = source.FindNearest(typo, max: 1, maxDistance: 10).ShouldHaveSingleItem();
        nearest.Span.Start.ShouldBe(start);
        nearest.Distance.ShouldBe(4);
    }

    [Fact]
    public void The_bit_parallel_scan_gives_the_least_distance_ignoring_case_that_a_plain_dynamic_program_gives() =>
        Gen.Select(Gen.String[Gen.Char["abc "], 0, 300], Gen.String[Gen.Char["abc "], 1, 200], Gen.Int[0, 120]).Sample((text, quote, k) =>
        {
            // Compared on texts that need no folding (single spaces, none at the ends of the quote) and have one case.
            text = Collapse(text);
            quote = Collapse(quote).Trim(' ');
            if (quote.Length == 0)
            {
                return;
            }

            var expected = LeastDistanceIgnoringCase(text, quote);
            k = Math.Min(k, quote.Length - 1);   // as Search does: within the quote's length, everything is near
            var ends = NearestPassage.Scan(text, quote, k, keep: 1);
            if (expected <= k)
            {
                ends.ShouldHaveSingleItem($"text \"{text}\", quote \"{quote}\"").Score.ShouldBe(expected, $"text \"{text}\", quote \"{quote}\"");
            }
            else
            {
                ends.ShouldBeEmpty();
            }
        });

    [Fact]
    public void The_search_never_throws_and_every_span_lies_in_the_text_and_holds_its_passage() =>
        Gen.Select(
            Gen.OneOf(Gen.String[Gen.Char[" \t\n\r\u00A0\u2019'\"\u201C\u2014-aAbBéÉ.1"], 0, 300], Gen.String[0, 300]),
            Gen.OneOf(Gen.String[Gen.Char[" \n\u2019'\u2014-aAbBéÉ.1"], 0, 80], Gen.String[0, 80], Gen.String[Gen.Char["ab "], 60, 140]),
            Gen.Int[1, 4],
            Gen.Int[0, 30]).Sample((text, quote, max, distance) =>
        {
            var source = SourceText.FromText("t.txt", text);
            var nearest = source.FindNearest(quote, max, distance);
            nearest.Count.ShouldBeLessThanOrEqualTo(max);
            foreach (var candidate in nearest)
            {
                candidate.Span.Start.ShouldBeInRange(0, text.Length - 1);
                (candidate.Span.Start + candidate.Span.Length).ShouldBeLessThanOrEqualTo(text.Length);
                candidate.Span.Length.ShouldBeGreaterThan(0);
                text.Substring(candidate.Span.Start, candidate.Span.Length).ShouldBe(candidate.Passage);
                (candidate.Distance <= distance || candidate.DiffersOnlyInCase).ShouldBeTrue();
                if (candidate.Distance == 0)
                {
                    candidate.Differences.ShouldBeEmpty();
                    source.Find(quote).ShouldNotBeNull();
                }
                else
                {
                    candidate.Marked.ShouldNotBeEmpty();
                }
            }
        });

    private static string Collapse(string s)
    {
        while (s.Contains("  ", StringComparison.Ordinal))
        {
            s = s.Replace("  ", " ", StringComparison.Ordinal);
        }

        return s;
    }

    /// <summary>The least edit distance, ignoring case, of the quote to any substring of the text (Sellers' dynamic program).</summary>
    private static int LeastDistanceIgnoringCase(string text, string quote)
    {
        var previous = new int[text.Length + 1];
        var current = new int[text.Length + 1];
        for (var i = 1; i <= quote.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= text.Length; j++)
            {
                var same = char.ToLowerInvariant(quote[i - 1]) == char.ToLowerInvariant(text[j - 1]);
                current[j] = Math.Min(previous[j - 1] + (same ? 0 : 1), Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous.Min();
    }
}
