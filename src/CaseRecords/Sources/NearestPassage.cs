using System.Buffers;

namespace CaseRecords;

/// <summary>
/// Approximate substring search: the passages of a (folded) text nearest to a (folded) quote by edit distance, the way
/// annotation tools re-anchor a W3C TextQuoteSelector whose exact text is gone.
/// </summary>
/// <remarks>
/// <para>
/// The text is scanned once with Myers' bit-parallel algorithm in Hyyrö's block form, as edlib does it: the quote's
/// rows are held 64 to a machine word, a passage may start anywhere in the text (semi-global alignment), and Ukkonen's
/// cut-off computes only the blocks whose cells can still be within the distance sought, which shrinks as good passages
/// are found. The cost is about the text's length times (1 + distance / 64) word operations, with no index. The scan
/// ignores case, so that a passage differing only in case is found first, however many letters differ.
/// </para>
/// <para>
/// Each passage found is then aligned with the quote exactly (a small dynamic program over the passage alone) to find
/// where it starts and its edits, counting a change of case as one edit and preferring it to any other.
/// </para>
/// </remarks>
internal static class NearestPassage
{
    /// <summary>The longest quote (folded) searched for: longer quotes are passages, not typos, and cost more to align.</summary>
    public const int MaxQuoteLength = 500;

    private const int Word = 64;
    private const int MaxWiden = 32;
    private const int EditCost = 1024;   // above the most case changes a quote can have (MaxQuoteLength)
    private const int CaseCost = 1;

    private const byte Diagonal = 0;
    private const byte Up = 1;           // a quote character the text lacks
    private const byte Left = 2;         // a text character the quote lacks

    /// <summary>Each UTF-16 code unit lower-cased (invariant), built once.</summary>
    private static readonly Lazy<char[]> Lower = new(() =>
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    });

    /// <summary>A passage found: folded offsets [<see cref="Start"/>, <see cref="End"/>), its distance, and its distance ignoring case.</summary>
    internal readonly record struct Passage(int Start, int End, int Distance, int DistanceIgnoringCase)
    {
        public bool DiffersOnlyInCase => DistanceIgnoringCase == 0 && Distance > 0;
    }

    /// <summary>
    /// The passages of <paramref name="text"/> nearest to <paramref name="quote"/>, at most <paramref name="max"/>, that
    /// do not overlap: those within <paramref name="maxDistance"/> edits, and those differing only in case. Ranked by
    /// distance ignoring case, then distance, then position.
    /// </summary>
    /// <param name="text">The folded text.</param>
    /// <param name="quote">The folded quote (1 to <see cref="MaxQuoteLength"/> characters; otherwise nothing is found).</param>
    /// <param name="max">How many passages at most.</param>
    /// <param name="maxDistance">The largest distance of a passage returned (lowered to the quote's length - 1).</param>
    /// <returns>The passages.</returns>
    public static List<Passage> Search(string text, string quote, int max, int maxDistance)
    {
        var m = quote.Length;
        if (m == 0 || m > MaxQuoteLength || text.Length == 0 || max < 1)
        {
            return [];
        }

        var k = Math.Clamp(maxDistance, 0, m - 1);
        var ends = Scan(text, quote, k, keep: (2 * max) + 2);
        var found = new List<Passage>(ends.Count);
        var directions = new byte[(m + 1) * (m + k + 1)];   // grown by Align for a passage widened to whole words
        foreach (var (end, score) in ends.OrderBy(e => e.Score).ThenBy(e => e.End))
        {
            var passage = Align(text, quote, Math.Max(0, end + 1 - (m + score)), end + 1, anchored: false, directions);
            if (passage.Distance > 0 && ToWholeWords(text, passage) is var (start, stop) && (start, stop) != (passage.Start, passage.End))
            {
                // "the fox was se" is nearer to "the fox was sighted" than "the fox was seen" is, but it is not what
                // anyone quoted: a passage that differs from the quote begins and ends with whole words of the text,
                // unless that costs more than two edits (the quote itself may begin or end inside a word) or takes it
                // beyond the distance sought.
                var whole = Align(text, quote, start, stop, anchored: true, directions);
                passage = whole.Distance <= passage.Distance + 2 && whole.Distance <= maxDistance ? whole : passage;
            }

            if ((passage.Distance <= maxDistance || passage.DiffersOnlyInCase)
                && !found.Exists(f => f.Start < passage.End && passage.Start < f.End))
            {
                found.Add(passage);
            }
        }

        return [.. found.OrderBy(p => p.DistanceIgnoringCase).ThenBy(p => p.Distance).ThenBy(p => p.Start).Take(max)];
    }

    /// <summary>
    /// The ends (inclusive, in <paramref name="text"/>) of the best passages within <paramref name="k"/> edits ignoring
    /// case, at most <paramref name="keep"/>, one per region of the text, with their distance ignoring case.
    /// </summary>
    internal static List<(int End, int Score)> Scan(string text, string quote, int k, int keep)
    {
        var lower = Lower.Value;
        var m = quote.Length;
        var blocks = (m + Word - 1) / Word;
        var pad = (blocks * Word) - m;

        // Symbols: 0 = a character the quote lacks, 1..n = the quote's characters (ignoring case), n + 1 = past the text's
        // end. symbolOf maps every UTF-16 code unit to its symbol, so that the scan looks each text character up once.
        var pool = ArrayPool<ushort>.Shared;
        var symbolOfLower = pool.Rent(char.MaxValue + 1);
        var symbolOf = pool.Rent(char.MaxValue + 1);
        try
        {
            Array.Clear(symbolOfLower, 0, char.MaxValue + 1);
            var symbols = 0;
            foreach (var c in quote)
            {
                ref var symbol = ref symbolOfLower[lower[c]];
                if (symbol == 0)
                {
                    symbol = (ushort)++symbols;
                }
            }

            for (var c = 0; c <= char.MaxValue; c++)
            {
                symbolOf[c] = symbolOfLower[lower[c]];
            }

            var wildcard = symbols + 1;

            // peq[symbol * blocks + b]: the rows of block b whose quote character is the symbol. The padding rows below the
            // quote match everything, so that the last row's score in column c is the quote's score in column c - pad.
            var peq = new ulong[(wildcard + 1) * blocks];
            for (var r = 0; r < m; r++)
            {
                peq[(symbolOf[quote[r]] * blocks) + (r / Word)] |= 1UL << (r % Word);
            }

            var padding = pad == 0 ? 0UL : ~0UL << (Word - pad);
            for (var s = 0; s <= wildcard; s++)
            {
                peq[(s * blocks) + blocks - 1] |= padding;
            }

            Array.Fill(peq, ~0UL, wildcard * blocks, blocks);

            var found = new List<(int End, int Score)>(keep + 1);
            var limit = k;
            var columns = text.Length + pad;
            if (blocks == 1)
            {
                // Quotes of up to 64 characters (most of them): one word, no band to keep.
                ulong pv1 = ~0UL, mv1 = 0;
                var score1 = Word;
                for (var c = 0; c < columns; c++)
                {
                    score1 += Advance(ref pv1, ref mv1, peq[c < text.Length ? symbolOf[text[c]] : wildcard], 0);
                    if (score1 <= limit && c >= pad)
                    {
                        Offer(found, c - pad, score1, m, keep, ref limit);
                    }
                }

                return found;
            }

            var pv = new ulong[blocks];
            var mv = new ulong[blocks];
            var score = new int[blocks];
            var last = Math.Min((k + Word) / Word, blocks) - 1;   // ceil((k + 1) / 64) - 1
            for (var b = 0; b <= last; b++)
            {
                pv[b] = ~0UL;
                score[b] = (b + 1) * Word;
            }

            for (var c = 0; c < columns; c++)
            {
                var row = (c < text.Length ? symbolOf[text[c]] : wildcard) * blocks;
                var hout = 0;   // the top row is all zeros: a passage may start anywhere
                for (var b = 0; b <= last; b++)
                {
                    hout = Advance(ref pv[b], ref mv[b], peq[row + b], hout);
                    score[b] += hout;
                }

                // Ukkonen's cut-off: compute one more block when its top cell can be within the limit, drop the last
                // blocks while all their cells exceed it. Block 0 always stays: the next column may start a passage.
                if (last < blocks - 1 && score[last] - hout <= limit && ((peq[row + last + 1] & 1) != 0 || hout < 0))
                {
                    last++;
                    pv[last] = ~0UL;
                    mv[last] = 0;
                    score[last] = score[last - 1] - hout + Word + Advance(ref pv[last], ref mv[last], peq[row + last], hout);
                }
                else
                {
                    while (last > 0 && score[last] >= limit + Word)
                    {
                        last--;
                    }
                }

                if (last == blocks - 1 && score[last] <= limit && c >= pad)
                {
                    Offer(found, c - pad, score[last], m, keep, ref limit);
                }
            }

            return found;
        }
        finally
        {
            pool.Return(symbolOf);
            pool.Return(symbolOfLower);
        }
    }

    /// <summary>
    /// Keeps the best ends, one per region: an end within a quote's length of the last one kept is the same passage
    /// (kept if better); once <paramref name="keep"/> are kept, the worst gives way and the limit drops to the worst kept.
    /// </summary>
    private static void Offer(List<(int End, int Score)> found, int end, int score, int m, int keep, ref int limit)
    {
        if (found.Count > 0 && end - found[^1].End < m)
        {
            if (score < found[^1].Score)
            {
                found[^1] = (end, score);
            }
        }
        else
        {
            if (found.Count == keep)
            {
                var worst = 0;
                for (var i = 1; i < found.Count; i++)
                {
                    if (found[i].Score >= found[worst].Score)
                    {
                        worst = i;
                    }
                }

                if (score >= found[worst].Score)
                {
                    return;
                }

                found.RemoveAt(worst);
            }

            found.Add((end, score));
        }

        if (found.Count == keep)
        {
            var worstScore = 0;
            foreach (var (_, s) in found)
            {
                worstScore = Math.Max(worstScore, s);
            }

            limit = Math.Min(limit, worstScore);
        }
    }

    /// <summary>One block of one column of Myers' algorithm (Hyyrö's formulation); returns the block's bottom horizontal delta.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Advance(ref ulong pv, ref ulong mv, ulong eq, int hin)
    {
        var hinIsNegative = (ulong)(uint)(hin >> 2) & 1;   // 1 when hin is -1
        var xv = eq | mv;
        eq |= hinIsNegative;
        var xh = (((eq & pv) + pv) ^ pv) | eq;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        var hout = (int)(ph >> (Word - 1)) - (int)(mh >> (Word - 1));
        ph <<= 1;
        mh <<= 1;
        mh |= hinIsNegative;
        ph |= (uint)((hin + 1) >> 1);   // 1 when hin is 1
        pv = mh | ~(xv | ph);
        mv = ph & xv;
        return hout;
    }

    /// <summary>The passage widened to the whole words of the text it begins and ends in (by at most <see cref="MaxWiden"/> characters each way).</summary>
    private static (int Start, int End) ToWholeWords(string text, Passage passage)
    {
        var start = passage.Start;
        var end = passage.End;
        while (start > 0 && char.IsLetterOrDigit(text[start]) && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && char.IsLetterOrDigit(text[end - 1]) && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        // A "word" longer than that (a run of digits, an encoded blob) is not widened on that side.
        return (passage.Start - start <= MaxWiden ? start : passage.Start, end - passage.End <= MaxWiden ? end : passage.End);
    }

    /// <summary>
    /// Aligns the quote with the text from <paramref name="from"/> to <paramref name="to"/>: the fewest edits ignoring
    /// case, then the fewest changes of case. The passage ends at <paramref name="to"/>; it begins at
    /// <paramref name="from"/> when <paramref name="anchored"/>, else wherever the alignment is best.
    /// </summary>
    private static Passage Align(string text, string quote, int from, int to, bool anchored, byte[] directions)
    {
        var lower = Lower.Value;
        var m = quote.Length;
        var w = to - from;
        var width = w + 1;
        if (directions.Length < (m + 1) * width)
        {
            directions = new byte[(m + 1) * width];
        }

        var previous = new int[width];
        var current = new int[width];
        for (var j = 0; j <= w && anchored; j++)
        {
            previous[j] = j * EditCost;
            directions[j] = Left;
        }

        for (var i = 1; i <= m; i++)
        {
            var q = quote[i - 1];
            var ql = lower[q];
            current[0] = i * EditCost;
            directions[i * width] = Up;
            for (var j = 1; j <= w; j++)
            {
                var t = text[from + j - 1];
                var best = previous[j - 1] + (q == t ? 0 : ql == lower[t] ? CaseCost : EditCost);
                var direction = Diagonal;
                if (previous[j] + EditCost < best)
                {
                    best = previous[j] + EditCost;
                    direction = Up;
                }

                if (current[j - 1] + EditCost < best)
                {
                    best = current[j - 1] + EditCost;
                    direction = Left;
                }

                current[j] = best;
                directions[(i * width) + j] = direction;
            }

            (previous, current) = (current, previous);
        }

        var cost = previous[w];
        int row = m, column = w;
        while (row > 0)
        {
            switch (directions[(row * width) + column])
            {
                case Diagonal:
                    row--;
                    column--;
                    break;
                case Up:
                    row--;
                    break;
                default:
                    column--;
                    break;
            }
        }

        var edits = cost / EditCost;
        return new Passage(anchored ? from : from + column, to, edits + (cost % EditCost), edits);
    }
}
