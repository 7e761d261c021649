using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CaseRecords;

/// <summary>
/// Finds quotes in source texts, folding only what is safe to fold: every run of white space (spaces, tabs,
/// line breaks, no-break spaces) matches any other run; typographic double quotes (“ ” „ ‟ ″) match '"';
/// typographic apostrophes and single quotes (‘ ’ ‚ ‛ ′) match '\''; dashes (‐ ‑ ‒ – — ― −) match '-'.
/// Nothing else is folded: letters, case, digits and other punctuation must match exactly.
/// </summary>
/// <remarks>
/// Each text is folded and indexed once, on its first search. A finder keeps the indexes of the texts it searched for
/// as long as it lives (the validator uses one per run, so nothing outlives the run); <see cref="SourceText.Find"/>
/// keeps each text's index with the text instead (<see cref="FindAttached"/>).
/// </remarks>
internal sealed class QuoteFinder
{
    // Indexes kept with their texts, for SourceText.Find: each lives as long as its text (keyed by reference).
    private static readonly ConditionalWeakTable<SourceText, Lazy<FoldedText>> Attached = new();

    // Lazy: when several threads validate at once, each text is still folded and indexed once.
    private readonly ConcurrentDictionary<SourceText, Lazy<FoldedText>> folded = new(ReferenceEqualityComparer.Instance);

    /// <summary>Folds and indexes <paramref name="text"/> now, as its first search would: so that several threads can each index a text, rather than wait for one that indexes them all as its searches come to them.</summary>
    /// <param name="text">The source's stored text.</param>
    public void Prepare(SourceText text) => _ = Index(text);

    /// <summary>Finds <paramref name="quote"/> in <paramref name="text"/>, with an index kept by this finder.</summary>
    /// <param name="text">The source's stored text.</param>
    /// <param name="quote">The quote.</param>
    /// <returns>Where the first occurrence is, or <see langword="null"/> when the quote does not occur.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TextSpan? Find(SourceText text, string quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quote);
        return Find(Index(text), quote);
    }

    /// <summary>Finds <paramref name="quote"/> in <paramref name="text"/>, with an index kept as long as the text.</summary>
    /// <param name="text">The source's stored text.</param>
    /// <param name="quote">The quote.</param>
    /// <returns>Where the first occurrence is, or <see langword="null"/> when the quote does not occur.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TextSpan? FindAttached(SourceText text, string quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quote);
        return Find(AttachedIndex(text), quote);
    }

    /// <summary>The passages of <paramref name="text"/> nearest to <paramref name="quote"/>, with an index kept by this finder.</summary>
    /// <param name="text">The source's stored text.</param>
    /// <param name="quote">The quote.</param>
    /// <param name="max">How many passages at most.</param>
    /// <param name="maxDistance">The largest distance of a passage returned; null: half the folded quote's length.</param>
    /// <returns>The passages, nearest first.</returns>
    public EquatableArray<QuoteCandidate> FindNearest(SourceText text, string quote, int max, int? maxDistance)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quote);
        return FindNearest(Index(text), text.Text, quote, max, maxDistance);
    }

    /// <summary>The passages of <paramref name="text"/> nearest to <paramref name="quote"/>, with an index kept as long as the text.</summary>
    /// <param name="text">The source's stored text.</param>
    /// <param name="quote">The quote.</param>
    /// <param name="max">How many passages at most.</param>
    /// <param name="maxDistance">The largest distance of a passage returned; null: half the folded quote's length.</param>
    /// <returns>The passages, nearest first.</returns>
    public static EquatableArray<QuoteCandidate> FindNearestAttached(SourceText text, string quote, int max, int? maxDistance)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quote);
        return FindNearest(AttachedIndex(text), text.Text, quote, max, maxDistance);
    }

    /// <summary>The length of <paramref name="quote"/> once folded (as the quote is matched), without copying it when it needs no folding.</summary>
    /// <param name="quote">The quote.</param>
    /// <returns>The folded length.</returns>
    public static int FoldedLength(string quote) => IsFolded(quote) ? quote.Length : Fold(quote, null).Trim(' ').Length;

    private FoldedText Index(SourceText text) => folded.GetOrAdd(text, NewIndex).Value;

    private static FoldedText AttachedIndex(SourceText text) => Attached.GetValue(text, NewIndex).Value;

    private static Lazy<FoldedText> NewIndex(SourceText text) => new(() => new FoldedText(text.Text));

    private static EquatableArray<QuoteCandidate> FindNearest(FoldedText target, string original, string quote, int max, int? maxDistance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (maxDistance is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDistance), maxDistance, "The distance cannot be negative.");
        }

        var folded = IsFolded(quote) ? quote : Fold(quote, null).Trim(' ');
        var passages = NearestPassage.Search(target.Folded, folded, max, maxDistance ?? (folded.Length / 2));
        var candidates = new QuoteCandidate[passages.Count];
        for (var i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            var start = target.Start(p.Start);
            var end = target.Start(p.End - 1) + 1;
            var (line, column) = target.Locate(start);
            candidates[i] = new QuoteCandidate(
                new TextSpan(start, end - start, line, column),
                original[start..end],
                p.Distance,
                p.DiffersOnlyInCase,
                WordDiff(folded, target.Folded[p.Start..p.End]));
        }

        return candidates;
    }

    /// <summary>
    /// The quote and the passage compared word by word (longest common subsequence of words): unchanged stretches and
    /// differences, in order, each difference as long as the words it changes.
    /// </summary>
    private static EquatableArray<QuoteDifference> WordDiff(string quote, string passage)
    {
        var a = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = passage.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var parts = new List<QuoteDifference>();
        var same = new List<string>();
        var quoted = new List<string>();
        var stored = new List<string>();
        void Flush()
        {
            if (quoted.Count + stored.Count > 0)
            {
                parts.Add(new QuoteDifference(string.Join(' ', quoted), string.Join(' ', stored)));
                quoted.Clear();
                stored.Clear();
            }
        }

        void FlushSame()
        {
            if (same.Count > 0)
            {
                var text = string.Join(' ', same);
                parts.Add(new QuoteDifference(text, text));
                same.Clear();
            }
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                Flush();
                same.Add(a[x]);
                x++;
                y++;
            }
            else if (y == b.Length || (x < a.Length && lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                FlushSame();
                quoted.Add(a[x++]);
            }
            else
            {
                FlushSame();
                stored.Add(b[y++]);
            }
        }

        Flush();
        FlushSame();
        return parts.ToEquatableArray();
    }

    private static TextSpan? Find(FoldedText target, string quote)
    {
        if (IsFolded(quote))
        {
            return Search(target, quote);
        }

        char[]? rented = null;
        var buffer = quote.Length <= 256 ? stackalloc char[quote.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(quote.Length));
        try
        {
            return Search(target, Fold(quote, buffer, null).Trim(' '));
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Whether folding would leave <paramref name="quote"/> as it is: printable ASCII only, single spaces, none at
    /// either end (most quotes; checked with vectorized searches, no copy).
    /// </summary>
    private static bool IsFolded(string quote) =>
        quote.Length > 0 && quote[0] != ' ' && quote[^1] != ' '
        && quote.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0
        && !quote.AsSpan().Contains("  ", StringComparison.Ordinal);

    private static TextSpan? Search(FoldedText target, ReadOnlySpan<char> needle)
    {
        if (needle.Length == 0)
        {
            return null;
        }

        var index = target.IndexOf(needle);
        if (index < 0)
        {
            return null;
        }

        var start = target.Start(index);
        var end = target.Start(index + needle.Length - 1) + 1;
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
        // Raw containment implies containment after folding (folding maps characters one by one and collapses
        // only runs that a contained part shares with the whole): the common case needs no folding at all.
        if (whole.Contains(part, StringComparison.Ordinal))
        {
            return true;
        }

        char[]? rented = null;
        var length = whole.Length + part.Length;
        var buffer = length <= 512 ? stackalloc char[length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        try
        {
            var folded = Fold(whole, buffer, null);
            return folded.Contains(Fold(part, buffer[folded.Length..], null).Trim(' '), StringComparison.Ordinal);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
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

    /// <summary>
    /// Folds a text, collapsing white-space runs; <paramref name="shifts"/> receives, at each folded character after
    /// which the original offsets move on by more, the pair (folded index, original offset minus folded index).
    /// </summary>
    private static string Fold(string text, List<int>? shifts)
    {
        if (text.Length <= 256)
        {
            return new string(Fold(text, stackalloc char[text.Length], shifts));
        }

        var rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            return new string(Fold(text, rented, shifts));
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="buffer"/> (at least as long) and returns the folded part of it.</summary>
    private static Span<char> Fold(ReadOnlySpan<char> text, Span<char> buffer, List<int>? shifts)
    {
        var length = 0;
        var previousSpace = false;
        var shift = 0;
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

            if (shifts is not null && i - length != shift)
            {
                shift = i - length;
                shifts.Add(length);
                shifts.Add(shift);
            }

            buffer[length++] = c;
        }

        return buffer[..length];
    }

    /// <summary>
    /// A source text folded once, with an index of its 8-character substrings, so that finding a quote costs about the
    /// quote's length, not the text's. The index is a table of buckets by hash, each bucket's offsets in one stretch of
    /// an array, in ascending order (counting sort: no lists, no pointers to follow, and a bucket's size is the
    /// difference of two starts). Where folding moved the offsets (a run of white space), a pair of numbers says by
    /// how much; a text's offsets are not kept one by one.
    /// </summary>
    private sealed class FoldedText
    {
        private const int Gram = 8;

        /// <summary>About how many of a quote's starting offsets are considered when choosing its rarest substring.</summary>
        private const int MaxProbes = 32;

        private readonly List<int> lineStarts = [0];
        private readonly int[] shiftAt; // folded indexes from which the original offsets are further on, ascending
        private readonly int[] shiftBy; // by how much, from each of those on
        private readonly int[] starts; // where each bucket's offsets start in offsets (one more than there are buckets)
        private readonly int[] offsets; // every substring's offset, by bucket, ascending within each
        private readonly int mask;

        public FoldedText(string text)
        {
            var shifts = new List<int>();
            Folded = Fold(text, shifts);
            shiftAt = new int[shifts.Count / 2];
            shiftBy = new int[shifts.Count / 2];
            for (var k = 0; k < shiftAt.Length; k++)
            {
                shiftAt[k] = shifts[2 * k];
                shiftBy[k] = shifts[(2 * k) + 1];
            }

            for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                lineStarts.Add(i + 1);
            }

            // About one bucket for every two substrings: the buckets of a quote's substrings are read at random, and a
            // smaller table is read from the cache more often; a bucket shared by two substrings only means more
            // offsets to compare, in one stretch.
            var grams = Math.Max(0, Folded.Length - Gram + 1);
            var buckets = (int)Math.Min(1 << 29, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, grams / 2)));
            mask = buckets - 1;
            starts = new int[buckets + 1];
            offsets = GC.AllocateUninitializedArray<int>(grams);
            var folded = Folded.AsSpan();
            for (var i = 0; i < grams; i++)
            {
                starts[Bucket(folded.Slice(i, Gram))]++;
            }

            // Each bucket's end, then filled from its end down with the offsets in descending order: it ends at its
            // start, with its offsets ascending.
            for (var b = 1; b < buckets; b++)
            {
                starts[b] += starts[b - 1];
            }

            starts[buckets] = grams;
            for (var i = grams - 1; i >= 0; i--)
            {
                offsets[--starts[Bucket(folded.Slice(i, Gram))]] = i;
            }
        }

        public string Folded { get; }

        /// <summary>The offset in the original text of the folded character at <paramref name="foldedIndex"/>.</summary>
        public int Start(int foldedIndex)
        {
            var k = Array.BinarySearch(shiftAt, foldedIndex);
            if (k < 0)
            {
                k = ~k - 1;
            }

            return k < 0 ? foldedIndex : foldedIndex + shiftBy[k];
        }

        /// <summary>The first occurrence of <paramref name="needle"/> in the folded text, or -1.</summary>
        // Optimized from the first call: every quote is searched here, and a process that keeps compiling new code
        // (loading, then validating) otherwise runs this loop unoptimized for seconds (benchmarks/README.md).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public int IndexOf(ReadOnlySpan<char> needle)
        {
            if (needle.Length < Gram || needle.Length > Folded.Length)
            {
                return Folded.AsSpan().IndexOf(needle, StringComparison.Ordinal);
            }

            // Go through the offsets of the needle's rarest 8-character substring; they are in ascending order, so the
            // first candidate that matches is the first occurrence.
            var best = 0;
            var bestBucket = Bucket(needle[..Gram]);
            var bestCount = starts[bestBucket + 1] - starts[bestBucket];
            // At most MaxProbes substrings, spread over the quote: each probe is a read at a random place in a table
            // as large as the text, and a long quote's rarest substring is found about as well from a sample.
            var last = needle.Length - Gram;
            var step = Math.Max(1, last / MaxProbes);
            for (var j = step; j <= last && bestCount > 1; j += step)
            {
                var bucket = Bucket(needle.Slice(j, Gram));
                var count = starts[bucket + 1] - starts[bucket];
                if (count < bestCount)
                {
                    best = j;
                    bestBucket = bucket;
                    bestCount = count;
                }
            }

            var folded = Folded.AsSpan();
            foreach (var p in offsets.AsSpan(starts[bestBucket], bestCount))
            {
                var start = p - best;
                if (start >= 0 && folded[start..].StartsWith(needle, StringComparison.Ordinal))
                {
                    return start;
                }
            }

            return -1;
        }

        public (int Line, int Column) Locate(int offset)
        {
            var line = lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return (line + 1, offset - lineStarts[line] + 1);
        }

        private int Bucket(ReadOnlySpan<char> gram)
        {
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(gram);
            var a = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes);
            var b = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes[8..]);
            var h = ((a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL)) * 0x165667B19E3779F9UL;
            return (int)(h >> 32) & mask;
        }
    }
}
