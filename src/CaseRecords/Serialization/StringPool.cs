using System.Text;

namespace CaseRecords.Serialization;

/// <summary>
/// One string per distinct UTF-8 value read by the fast path, as far as a fixed table holds them: ids, roles, names,
/// dates and quotes repeat across claims, and the model then holds each once. The table is Roslyn's StringTable's
/// kind: a fixed number of slots, two per hash, the older string giving way to a new one. So it stays small and in
/// cache however many distinct values a dataset has (a set of every value read grew to millions of entries, and
/// looking values up in it took 15% of loading 1M claims), while the values that keep coming back stay in it.
/// Not thread-safe: one pool per loading thread.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Values longer than this (in bytes) are not pooled: long texts rarely repeat.</summary>
    private const int MaxPooledBytes = 2048;

    /// <summary>The number of slots (a power of two): 2 × 16,384 strings, 256 KB of references per loading thread.</summary>
    private const int Slots = 1 << 15;

    private readonly string?[] table = new string?[Slots];

    /// <summary>The string for <paramref name="utf8"/>, which must be valid UTF-8 (the loader checks each file first).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        if (utf8.Length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        // Exactly as long as needed (UTF-16 never needs more units than UTF-8 has bytes): stack memory is zeroed,
        // and zeroing a fixed 4 KB buffer for every string once cost more than the whole of the reading.
        Span<char> chars = stackalloc char[utf8.Length];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        var text = chars[..length];

        // Two slots per hash (an even one and the next): a hit in either, or the newer string moves to the second
        // slot and the new one takes the first.
        var slot = string.GetHashCode(text) & (Slots - 2);
        if (table[slot] is { } first && text.SequenceEqual(first))
        {
            return first;
        }

        if (table[slot + 1] is { } second && text.SequenceEqual(second))
        {
            return second;
        }

        var created = text.ToString();
        table[slot + 1] = table[slot];
        table[slot] = created;
        return created;
    }
}
