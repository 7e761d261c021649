using System.Collections.Concurrent;
using System.Text;

namespace CaseRecords.Validation;

/// <summary>
/// Finds quotes in source texts, folding only what is safe to fold: every run of white space (spaces, tabs,
/// line breaks, no-break spaces) matches any other run; typographic double quotes (“ ” „ ‟ ″) match '"';
/// typographic apostrophes and single quotes (‘ ’ ‚ ‛ ′) match '\''; dashes (‐ ‑ ‒ – — ― −) match '-'.
/// Nothing else is folded: letters, case, digits and other punctuation must match exactly.
/// </summary>
public sealed class QuoteFinder
{
    private readonly ConcurrentDictionary<SourceText, FoldedText> folded = new(ReferenceEqualityComparer.Instance);

    /// <summary>Finds <paramref name="quote"/> in <paramref name="text"/>.</summary>
    /// <param name="text">The source's stored text.</param>
    /// <param name="quote">The quote.</param>
    /// <returns>Where the first occurrence is, or <see langword="null"/> when the quote does not occur.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TextSpan? Find(SourceText text, string quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quote);
        var target = folded.GetOrAdd(text, t => new FoldedText(t.Text));
        var needle = Fold(quote, null).Trim(' ');
        if (needle.Length == 0)
        {
            return null;
        }

        var index = target.Folded.IndexOf(needle, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var start = target.Map[index];
        var end = target.Map[index + needle.Length - 1] + 1;
        var (line, column) = target.Locate(start);
        return new TextSpan(start, end - start, line, column);
    }

    /// <summary>Whether <paramref name="part"/> occurs in <paramref name="whole"/> under the same folding.</summary>
    /// <param name="whole">The text searched.</param>
    /// <param name="part">The text sought.</param>
    /// <returns><see langword="true"/> when it occurs.</returns>
    public static bool Contains(string whole, string part)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(part);
        return Fold(whole, null).Contains(Fold(part, null).Trim(' '), StringComparison.Ordinal);
    }

    /// <summary>Folds one character; white space becomes ' '.</summary>
    private static char FoldChar(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    /// <summary>Folds a text, collapsing white-space runs; <paramref name="map"/> receives each folded character's original offset.</summary>
    private static string Fold(string text, List<int>? map)
    {
        var result = new StringBuilder(text.Length);
        var previousSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = FoldChar(text[i]);
            if (c == ' ')
            {
                if (previousSpace)
                {
                    continue;
                }

                previousSpace = true;
            }
            else
            {
                previousSpace = false;
            }

            result.Append(c);
            map?.Add(i);
        }

        return result.ToString();
    }

    private sealed class FoldedText
    {
        private readonly List<int> lineStarts = [0];

        public FoldedText(string text)
        {
            var map = new List<int>(text.Length);
            Folded = Fold(text, map);
            Map = map;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    lineStarts.Add(i + 1);
                }
            }
        }

        public string Folded { get; }

        public List<int> Map { get; }

        public (int Line, int Column) Locate(int offset)
        {
            var line = lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return (line + 1, offset - lineStarts[line] + 1);
        }
    }
}
