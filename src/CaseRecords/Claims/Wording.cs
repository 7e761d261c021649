using System.Buffers;
using System.Globalization;

namespace CaseRecords;

/// <summary>
/// The words of a text, for the support checks and the evidence they give: does a quote state this name, name this
/// person, mention this place? The one place words are read and compared.
/// </summary>
/// <remarks>
/// A word is a run of letters and digits; an apostrophe inside a word is kept ("O'Brien"), a possessive ending is
/// not ("Dahmer's" is "dahmer"). Words compare without regard to case. Names compare word by word, exactly: a
/// different spelling is a different name. Places and free text compare by stem, so that simple inflection
/// ("ran a tavern", "running a tavern"; "apartment", "apartments") still matches.
/// </remarks>
internal static class Wording
{
    /// <summary>Words that say nothing about a place or a text: articles, prepositions, pronouns, auxiliaries.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without",
        "into", "onto", "upon", "over", "under", "near", "about", "after", "before", "as", "than", "then", "that", "this",
        "these", "those", "there", "here", "it", "its", "he", "she", "his", "her", "hers", "him", "they", "them", "their",
        "we", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "be", "is", "are", "was",
        "were", "been", "being", "has", "have", "had", "do", "does", "did", "not", "no", "so", "also", "any", "all",
        "some", "one", "s", "st", "out", "up", "off", "via", "per", "against", "between", "during", "while", "if",
    };

    /// <summary>Irregular forms common in case reporting, by their stem.</summary>
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["ran"] = "run", ["said"] = "say", ["went"] = "go", ["gone"] = "go", ["took"] = "take", ["taken"] = "take",
        ["gave"] = "give", ["given"] = "give", ["found"] = "find", ["told"] = "tell", ["left"] = "leave",
        ["held"] = "hold", ["paid"] = "pay", ["fled"] = "flee", ["shot"] = "shoot", ["brought"] = "bring",
        ["caught"] = "catch", ["knew"] = "know", ["known"] = "know", ["saw"] = "see", ["seen"] = "see", ["came"] = "come",
        ["made"] = "make", ["got"] = "get", ["kept"] = "keep", ["sought"] = "seek", ["won"] = "win", ["lost"] = "lose",
        ["fought"] = "fight", ["bought"] = "buy", ["sold"] = "sell", ["wrote"] = "write", ["written"] = "write",
        ["spoke"] = "speak", ["spoken"] = "speak", ["began"] = "begin", ["begun"] = "begin", ["became"] = "become",
        ["struck"] = "strike", ["met"] = "meet", ["led"] = "lead", ["fell"] = "fall", ["fallen"] = "fall",
        ["drove"] = "drive", ["driven"] = "drive", ["stood"] = "stand", ["sat"] = "sit", ["threw"] = "throw",
        ["thrown"] = "throw", ["chose"] = "choose", ["chosen"] = "choose", ["hid"] = "hide", ["hidden"] = "hide",
        ["sent"] = "send", ["spent"] = "spend", ["heard"] = "hear", ["felt"] = "feel", ["thought"] = "think",
        ["understood"] = "understand", ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw", ["upheld"] = "uphold",
        ["overturned"] = "overturn", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["people"] = "person",
        ["lives"] = "life", ["wives"] = "wife",
    };

    /// <summary><see cref="Irregular"/>, looked up by a span (a word folded in a buffer).</summary>
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularBySpan = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One word of a text: where it is, and its folded (lower-case, possessive removed) form.</summary>
    /// <param name="Start">The word's offset in the text.</param>
    /// <param name="Length">Its length in the text, possessive ending included.</param>
    /// <param name="Folded">Its folded form.</param>
    internal readonly record struct Word(int Start, int Length, string Folded);

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>Its words.</returns>
    public static List<Word> Words(string text)
    {
        var words = new List<Word>();
        char[]? rented = null;
        var folded = text.Length <= StackLimit ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var i = 0;
        while (NextWord(text, ref i, folded, out var start, out var length, out var foldedLength))
        {
            words.Add(new Word(start, length, new string(folded[..foldedLength])));
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return words;
    }

    /// <summary>Texts up to this length are folded in a buffer on the stack; longer ones in a pooled array.</summary>
    private const int StackLimit = 256;

    /// <summary>
    /// Reads the next word of <paramref name="text"/> from <paramref name="i"/> on, without allocating: where it is,
    /// and its folded form written to <paramref name="folded"/> (as long as the text at least).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="i">Where to read from; moved past the word.</param>
    /// <param name="folded">Receives the folded word.</param>
    /// <param name="start">The word's offset in the text.</param>
    /// <param name="length">Its length in the text, possessive ending included.</param>
    /// <param name="foldedLength">The length of its folded form.</param>
    /// <returns><see langword="false"/> when no word is left.</returns>
    private static bool NextWord(string text, ref int i, Span<char> folded, out int start, out int length, out int foldedLength)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            start = length = foldedLength = 0;
            return false;
        }

        start = i;
        var end = i;
        var n = 0;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c))
            {
                folded[n++] = char.ToLowerInvariant(c);
                end++;
            }
            else if (IsApostrophe(c) && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                // "Dahmer's" is "dahmer"; "O'Brien" is "o'brien".
                if (char.ToLowerInvariant(text[end + 1]) == 's' && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2])))
                {
                    end += 2;
                    break;
                }

                folded[n++] = '\'';
                end++;
            }
            else
            {
                break;
            }
        }

        // "Sanchez'" (a possessive after s) keeps its word and drops the apostrophe.
        if (end < text.Length && IsApostrophe(text[end]) && end > start && char.ToLowerInvariant(text[end - 1]) == 's')
        {
            end++;
        }

        length = end - start;
        foldedLength = n;
        i = end;
        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u2032';

    /// <summary>
    /// Whether <paramref name="text"/> names <paramref name="name"/>: the name occurs as whole words, without regard to
    /// case, punctuation or white space. Most checks end at a plain search; only a miss reads the words.
    /// </summary>
    /// <param name="text">A quote.</param>
    /// <param name="name">A name or a distinctive part of one.</param>
    /// <returns><see langword="true"/> when the text names it.</returns>
    public static bool Mentions(string text, string name) => MentionsAsTyped(text, name) || FindName(text, name) is not null;

    /// <summary>
    /// Whether <paramref name="text"/> names one of <paramref name="forms"/> (as <see cref="Mentions"/> says for each),
    /// reading the text's words at most once: first every form as typed, then word by word.
    /// </summary>
    /// <param name="text">A quote.</param>
    /// <param name="forms">Names or distinctive parts of them.</param>
    /// <returns><see langword="true"/> when the text names one of them.</returns>
    public static bool MentionsAny(string text, IReadOnlyList<string> forms)
    {
        for (var i = 0; i < forms.Count; i++)
        {
            if (MentionsAsTyped(text, forms[i]))
            {
                return true;
            }
        }

        var words = Words(text);
        for (var i = 0; i < forms.Count; i++)
        {
            if (FindSequence(words, Words(forms[i])) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> contains <paramref name="name"/> as typed, without regard to case, as whole
    /// words: the plain search that <see cref="Mentions"/> tries first.
    /// </summary>
    /// <param name="text">A quote.</param>
    /// <param name="name">A name, not empty.</param>
    /// <returns><see langword="true"/> when the text contains it.</returns>
    public static bool MentionsAsTyped(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + name.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the words of <paramref name="name"/> occur in <paramref name="text"/> in sequence, without regard to case,
    /// punctuation or white space: the span of the text that names it, or <see langword="null"/>.
    /// </summary>
    /// <param name="text">A quote.</param>
    /// <param name="name">A name, for example "Konerak Sinthasomphone".</param>
    /// <returns>The offset and length in <paramref name="text"/> of the first occurrence.</returns>
    public static (int Start, int Length)? FindName(string text, string name) => FindSequence(Words(text), Words(name));

    /// <summary>The first occurrence of <paramref name="sought"/> in <paramref name="words"/>, as a span of the text.</summary>
    private static (int Start, int Length)? FindSequence(List<Word> words, List<Word> sought)
    {
        if (sought.Count == 0)
        {
            return null;
        }

        for (var i = 0; i + sought.Count <= words.Count; i++)
        {
            var match = true;
            for (var k = 0; k < sought.Count && match; k++)
            {
                match = string.Equals(words[i + k].Folded, sought[k].Folded, StringComparison.Ordinal);
            }

            if (match)
            {
                var last = words[i + sought.Count - 1];
                return (words[i].Start, last.Start + last.Length - words[i].Start);
            }
        }

        return null;
    }

    /// <summary>
    /// The forms by which a text may name a person or an organization: each of its names in full, and each
    /// distinctive word of a name (a surname, a given name, "Balcerzak", "Milwaukee"), but not a word so common it names
    /// nothing ("the", "of", "Department").
    /// </summary>
    /// <param name="names">The entity's names (and label).</param>
    /// <returns>The names, then the distinctive words, each once.</returns>
    public static List<string> NamingForms(IEnumerable<string> names)
    {
        var forms = new List<string>();
        foreach (var name in names)
        {
            if (!forms.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                forms.Add(name);
            }
        }

        foreach (var name in forms.ToArray())
        {
            foreach (var word in Words(name))
            {
                if (word.Folded.Length >= 3 && !StopWords.Contains(word.Folded) && !GenericNameWords.Contains(word.Folded)
                    && !forms.Contains(name.Substring(word.Start, word.Length), StringComparer.OrdinalIgnoreCase))
                {
                    forms.Add(name.Substring(word.Start, word.Length));
                }
            }
        }

        return forms;
    }

    /// <summary>The names a quote may call an entity by: its names, then its label.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The names.</returns>
    public static IEnumerable<string> NamesOf(Entity entity)
    {
        var names = entity.Names.Select(n => n.Value);
        return entity.Label is { } label ? names.Append(label) : names;
    }

    /// <summary>Words in organizations' and proceedings' names that alone name none of them.</summary>
    private static readonly HashSet<string> GenericNameWords = new(StringComparer.Ordinal)
    {
        "department", "office", "board", "commission", "committee", "council", "court", "city", "county", "state",
        "states", "united", "national", "federal", "district", "circuit", "appeals", "supreme", "association", "union",
        "company", "corporation", "inc", "llc", "ltd", "news", "service", "services", "agency", "bureau", "division",
        "police", "fire", "public", "school", "university", "church", "hospital", "group", "jr", "sr", "mr", "mrs", "ms",
        "dr", "officer", "sergeant", "detective", "judge", "justice", "local",
    };

    /// <summary>The first of <paramref name="forms"/> that <paramref name="text"/> names, with where; null when none.</summary>
    /// <param name="text">A quote or as-stated wording.</param>
    /// <param name="forms">The forms from <see cref="NamingForms"/>.</param>
    /// <returns>The form found and its span in the text.</returns>
    public static (string Form, int Start, int Length)? FindNaming(string text, IReadOnlyList<string> forms)
    {
        var words = Words(text);
        foreach (var form in forms)
        {
            if (FindSequence(words, Words(form)) is { } span)
            {
                return (form, span.Start, span.Length);
            }
        }

        return null;
    }

    /// <summary>The words of a place or a text that say something: not stop words, not punctuation.</summary>
    /// <param name="text">The value.</param>
    /// <returns>Its significant words, each once, in order.</returns>
    public static List<Word> SignificantWords(string text)
    {
        var significant = new List<Word>();
        foreach (var word in Words(text))
        {
            if (!StopWords.Contains(word.Folded) && !Contains(significant, word.Folded))
            {
                significant.Add(word);
            }
        }

        return significant;
    }

    private static bool Contains(List<Word> words, string folded)
    {
        foreach (var word in words)
        {
            if (string.Equals(word.Folded, folded, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Which significant words of <paramref name="value"/> occur (by stem) in <paramref name="texts"/>, and where:
    /// each found word with its text's index and span; the missing ones apart.
    /// </summary>
    /// <param name="value">A place or a free-text value.</param>
    /// <param name="texts">The claim's quotes and as-stated wording.</param>
    /// <returns>The value's significant words found (with the index of the text and the span in it) and those not found.</returns>
    public static (List<(string Word, int Text, int Start, int Length)> Found, List<string> Missing) Cover(string value, IReadOnlyList<string> texts)
    {
        var stems = new List<Dictionary<string, Word>>(texts.Count);
        foreach (var text in texts)
        {
            var byStem = new Dictionary<string, Word>(StringComparer.Ordinal);
            foreach (var word in Words(text))
            {
                byStem.TryAdd(Stem(word.Folded), word);
            }

            stems.Add(byStem);
        }

        var found = new List<(string, int, int, int)>();
        var missing = new List<string>();
        foreach (var word in SignificantWords(value))
        {
            var stem = Stem(word.Folded);
            var index = stems.FindIndex(s => s.ContainsKey(stem));
            if (index < 0)
            {
                missing.Add(value.Substring(word.Start, word.Length));
            }
            else
            {
                var at = stems[index][stem];
                found.Add((value.Substring(word.Start, word.Length), index, at.Start, at.Length));
            }
        }

        return (found, missing);
    }

    /// <summary>The stems of <paramref name="value"/>'s significant words, each once: what <see cref="CountCovered"/> looks for.</summary>
    /// <param name="value">A place or a free-text value.</param>
    /// <returns>The stems, in the order of the words.</returns>
    public static string[] SignificantStems(string value)
    {
        var significant = SignificantWords(value);
        var stems = new string[significant.Count];
        for (var k = 0; k < stems.Length; k++)
        {
            stems[k] = Stem(significant[k].Folded);
        }

        return stems;
    }

    /// <summary>
    /// How many of a value's significant stems occur in <paramref name="texts"/>, and how many it has: the counts of
    /// <see cref="Cover"/>'s found words and of all its words, without building its lists. Reads the texts word by word
    /// without allocating, and stops as soon as every word is found (the usual case). The stems come from
    /// <see cref="SignificantStems"/> (the validator keeps them per value: values repeat).
    /// </summary>
    /// <param name="stems">The value's significant stems, from <see cref="SignificantStems"/>.</param>
    /// <param name="texts">The claim's quotes and as-stated wording.</param>
    /// <returns>The number of the value's significant words found, and their number.</returns>
    public static (int Found, int Total) CountCovered(string[] stems, IReadOnlyList<string> texts)
    {
        var total = stems.Length;
        if (total == 0)
        {
            return (0, 0);
        }

        Span<bool> covered = total <= 64 ? stackalloc bool[total] : new bool[total];
        var remaining = total;

        // One buffer for a folded word and one for its stem, as long as the longest text.
        var longest = 0;
        for (var t = 0; t < texts.Count; t++)
        {
            longest = Math.Max(longest, texts[t].Length);
        }

        char[]? rented = null;
        var buffer = longest <= StackLimit ? stackalloc char[2 * longest] : (rented = ArrayPool<char>.Shared.Rent(2 * longest));
        var folded = buffer[..longest];
        var scratch = buffer[longest..(2 * longest)];
        for (var t = 0; t < texts.Count && remaining > 0; t++)
        {
            var text = texts[t];
            var i = 0;
            while (remaining > 0 && NextWord(text, ref i, folded, out _, out _, out var foldedLength))
            {
                var stem = Stem(folded[..foldedLength], scratch);
                for (var k = 0; k < total; k++)
                {
                    if (!covered[k] && stem.SequenceEqual(stems[k]))
                    {
                        covered[k] = true;
                        remaining--;
                    }
                }
            }
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return (total - remaining, total);
    }

    /// <summary>
    /// A word's stem, for simple inflection only: plurals, -ed, -ing, -ies, a doubled final consonant, a final e, and
    /// common irregular forms ("ran", "running" and "run" are "run").
    /// </summary>
    /// <param name="word">A folded word.</param>
    /// <returns>Its stem.</returns>
    public static string Stem(string word)
    {
        char[]? rented = null;
        var scratch = word.Length <= StackLimit ? stackalloc char[word.Length] : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        var stem = Stem(word, scratch);
        var result = stem.SequenceEqual(word) ? word : stem.ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>The stem of a folded word (see <see cref="Stem(string)"/>), without allocating.</summary>
    /// <param name="word">A folded word.</param>
    /// <param name="scratch">Room for the stem when it is not a part of the word (as long as the word at least).</param>
    /// <returns>The stem: an irregular form's stem, a part of <paramref name="word"/>, or a part of <paramref name="scratch"/>.</returns>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (IrregularBySpan.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) || stem.EndsWith("ied", StringComparison.Ordinal))
        {
            stem[..^3].CopyTo(scratch);
            scratch[stem.Length - 3] = 'y';
            stem = scratch[..(stem.Length - 2)];
        }
        else if (stem.EndsWith("ing", StringComparison.Ordinal) && stem.Length > 5)
        {
            stem = Undouble(stem[..^3]);
        }
        else if (stem.EndsWith("ed", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = Undouble(stem[..^2]);
        }
        else if (stem.EndsWith("es", StringComparison.Ordinal) && stem.Length > 4 && (stem[^3] is 's' or 'x' or 'z' || stem.EndsWith("ches", StringComparison.Ordinal) || stem.EndsWith("shes", StringComparison.Ordinal)))
        {
            stem = stem[..^2];
        }
        else if (stem[^1] == 's' && stem[^2] is not ('s' or 'u' or 'i'))
        {
            stem = stem[..^1];
        }

        // "charge" and "charg(ed)" meet at "charg".
        return stem.Length > 3 && stem[^1] == 'e' ? stem[..^1] : stem;
    }

    private static ReadOnlySpan<char> Undouble(ReadOnlySpan<char> stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'e' or 'o') && !char.IsDigit(stem[^1]) ? stem[..^1] : stem;

    /// <summary>The texts of a claim that may state its value: its quotes, then its as-stated wording if any.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The texts.</returns>
    public static List<string> TextsOf(Claim claim)
    {
        var texts = new List<string>(claim.Citations.Count + 1);
        foreach (var citation in claim.Citations)
        {
            texts.Add(citation.Quote);
        }

        if (claim.AsStated is { } asStated)
        {
            texts.Add(asStated);
        }

        return texts;
    }

    /// <summary>Joins words for a message: "Dahmer", "apartment" as "\"Dahmer\" and \"apartment\"".</summary>
    /// <param name="words">The words.</param>
    /// <returns>The list in words.</returns>
    public static string Join(IReadOnlyList<string> words) => words.Count switch
    {
        0 => string.Empty,
        1 => $"\"{words[0]}\"",
        _ => string.Join(", ", words.Take(words.Count - 1).Select(w => $"\"{w}\"")) + " and " + $"\"{words[^1]}\"",
    };

    /// <summary>Formats a share as a percentage, for messages.</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole.</param>
    /// <returns>For example "1 of 4".</returns>
    public static string Share(int part, int whole) => string.Create(CultureInfo.InvariantCulture, $"{part} of {whole}");
}
