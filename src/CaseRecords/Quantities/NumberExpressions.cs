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

    [GeneratedRegex(@"(?<![\w.,$])\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million|billion)\b)?(?![\w,]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\ba\s+quarter\s+of\s+a\s+million\b|\bhalf\s+a\s+million\b|\b[a-z]+\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordTokens();

    /// <summary>The numbers <paramref name="text"/> states, each once per place it states it.</summary>
    public static List<decimal> Find(string text)
    {
        var found = new List<NumberExpression>();
        Find(text, found);
        return found.ConvertAll(n => n.Value);
    }

    /// <summary>The numbers <paramref name="text"/> states, each with the words that state it ("$55,000", "twenty-one").</summary>
    public static List<(decimal Value, string Words)> FindWords(string text)
    {
        var found = new List<NumberExpression>();
        Find(text, found);
        return found.ConvertAll(n => (n.Value, text.Substring(n.Start, n.Length)));
    }

    /// <summary>
    /// Adds the numbers <paramref name="text"/> states to <paramref name="found"/>: digits first, then number words.
    /// The patterns only find the words; they are read here from the spans matched, without allocating (the validator
    /// reads every word of every quote that gives an amount).
    /// </summary>
    public static void Find(string text, List<NumberExpression> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            foreach (var m in Digits().EnumerateMatches(text))
            {
                if (ReadDigits(text.AsSpan(m.Index, m.Length)) is { } value)
                {
                    found.Add(new NumberExpression(value, m.Index, m.Length));
                }
            }
        }

        // Runs of number words: "three hundred and five", "twenty-one", "a dozen", "two million".
        decimal total = 0, current = 0;
        var inRun = false;
        int runStart = 0, runEnd = 0;
        var previousIsArticle = false;
        var previousStart = 0;
        foreach (var m in WordTokens().EnumerateMatches(text))
        {
            var word = text.AsSpan(m.Index, m.Length);
            if (word.ContainsAnyExcept(Letters))
            {
                // "a quarter of a million", "half a million": the only matches of more than one word.
                found.Add(new NumberExpression(word[0] is 'h' or 'H' ? 500_000 : 250_000, m.Index, m.Length));
                continue;
            }

            var kind = Classify(word, out var unit, out var scale);
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
                found.Add(new NumberExpression(total + current, runStart, runEnd - runStart));
                (total, current, inRun) = (0, 0, false);
            }

            previousIsArticle = kind == WordKind.Article;
            previousStart = m.Index;
        }

        if (inRun)
        {
            found.Add(new NumberExpression(total + current, runStart, runEnd - runStart));
        }
    }

    /// <summary>What a word of one match is made of (a match with anything else is one of the phrases of several words).</summary>
    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u212A\u0130\u0131\u017F");

    /// <summary>The value of digits as matched: "$1.5 million", "55,000", "14".</summary>
    private static decimal? ReadDigits(ReadOnlySpan<char> words)
    {
        if (words[0] == '$')
        {
            words = words[1..];
        }

        var end = 0;
        while (end < words.Length && (char.IsAsciiDigit(words[end]) || words[end] is ',' or '.'))
        {
            end++;
        }

        // Longer than any decimal: not a number read here (as decimal.TryParse would say).
        if (end > 64)
        {
            return null;
        }

        Span<char> number = stackalloc char[end];
        var n = 0;
        foreach (var c in words[..end])
        {
            if (c != ',')
            {
                number[n++] = c;
            }
        }

        if (decimal.TryParse(number[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var scale = words[end..].Trim();
            return scale.IsEmpty ? value : Scale(value, ScaleSpans[scale]);
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> states one thing by the article or "single" alone ("a police trainee").</summary>
    public static bool StatesOne(string text) => OneByArticle().IsMatch(text);

    [GeneratedRegex(@"\b(?:a|an|single|sole|lone)\s+[a-z]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OneByArticle();

    private static decimal Scale(decimal value, decimal scale) => value <= decimal.MaxValue / scale ? value * scale : value;
}

/// <summary>A number a text states: its value, and where the words that state it are.</summary>
/// <param name="Value">The number.</param>
/// <param name="Start">Where the words start in the text.</param>
/// <param name="Length">How long the words are.</param>
internal readonly record struct NumberExpression(decimal Value, int Start, int Length);
