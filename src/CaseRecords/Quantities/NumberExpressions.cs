using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseRecords;

/// <summary>
/// Finds the numbers a text states in English: digits with separators and decimals ("14", "55,000", "$1.5 million"),
/// number words ("two", "fourteen", "twenty-one", "three hundred", "a dozen"), and "a quarter of a million",
/// "half a million". Never throws on any text.
/// </summary>
internal static partial class NumberExpressions
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["dozen"] = 12,
    };

    // Looked up by span: the word reader reads every word of every quote, and a string per word cost more than the lookup.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordSpans = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> ScaleSpans = Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What one word is to the number reader.</summary>
    private enum WordKind
    {
        Other, Unit, Scale, And, Article,
    }

    private static WordKind Classify(ReadOnlySpan<char> word, out int unit, out decimal scale)
    {
        scale = 0;
        if (WordSpans.TryGetValue(word, out unit))
        {
            return WordKind.Unit;
        }

        return ScaleSpans.TryGetValue(word, out scale) ? WordKind.Scale
            : word.Equals("and", StringComparison.OrdinalIgnoreCase) ? WordKind.And
            : word is "a" or "an" or "A" or "An" ? WordKind.Article
            : WordKind.Other;
    }

    [GeneratedRegex(@"(?<![\w.,$])\$?(?<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<fraction>\d+))?(?:\s+(?<scale>thousand|million|billion)\b)?(?![\w,]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?<quarter>a\s+quarter\s+of\s+a\s+million)\b|\b(?<half>half\s+a\s+million)\b|\b[a-z]+\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex WordTokens();

    /// <summary>The numbers <paramref name="text"/> states, each once per place it states it.</summary>
    public static IEnumerable<decimal> Find(string text) => FindWords(text).Select(n => n.Value);

    /// <summary>The numbers <paramref name="text"/> states, each with the words that state it ("$55,000", "twenty-one").</summary>
    public static IEnumerable<(decimal Value, string Words)> FindWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in Digits().Matches(text))
        {
            var digits = m.Groups["digits"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            var number = digits + (m.Groups["fraction"].Success ? "." + m.Groups["fraction"].Value : string.Empty);
            if (decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                yield return (m.Groups["scale"].Success ? Scale(value, Scales[m.Groups["scale"].Value]) : value, m.Value);
            }
        }

        // Runs of number words: "three hundred and five", "twenty-one", "a dozen", "two million".
        decimal total = 0, current = 0;
        var inRun = false;
        int runStart = 0, runEnd = 0;
        var previousIsArticle = false;
        var previousStart = 0;
        foreach (Match m in WordTokens().Matches(text))
        {
            if (m.Groups["quarter"].Success || m.Groups["half"].Success)
            {
                yield return (m.Groups["quarter"].Success ? 250_000 : 500_000, m.Value);
                continue;
            }

            var kind = Classify(m.ValueSpan, out var unit, out var scale);
            if (kind == WordKind.Unit)
            {
                runStart = inRun ? runStart : m.Index;
                current += unit;
                inRun = true;
                runEnd = m.Index + m.Length;
            }
            else if (kind == WordKind.Scale && (inRun || previousIsArticle))
            {
                runStart = inRun ? runStart : previousStart;
                runEnd = m.Index + m.Length;
                current = Scale(current == 0 ? 1 : current, scale);
                if (scale >= 1_000)
                {
                    total += current;
                    current = 0;
                }

                inRun = true;
            }
            else if (inRun && kind != WordKind.And)
            {
                yield return (total + current, text[runStart..runEnd]);
                (total, current, inRun) = (0, 0, false);
            }

            previousIsArticle = kind == WordKind.Article;
            previousStart = m.Index;
        }

        if (inRun)
        {
            yield return (total + current, text[runStart..runEnd]);
        }
    }

    /// <summary>Whether <paramref name="text"/> states one thing by the article or "single" alone ("a police trainee").</summary>
    public static bool StatesOne(string text) => OneByArticle().IsMatch(text);

    [GeneratedRegex(@"\b(?:a|an|single|sole|lone)\s+[a-z]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OneByArticle();

    private static decimal Scale(decimal value, decimal scale) => value <= decimal.MaxValue / scale ? value * scale : value;
}
