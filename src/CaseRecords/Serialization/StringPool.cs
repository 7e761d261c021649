using System.Text;
using CaseRecords.Dates;

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
    public const int MaxPooledBytes = 2048;

    /// <summary>The number of slots (a power of two): 2 × 16,384 strings, 512 KB per loading thread.</summary>
    private const int Slots = 1 << 15;

    private readonly (int Hash, string? Value)[] table = new (int, string?)[Slots];
    private readonly char[] buffer = new char[MaxPooledBytes];

    /// <summary>The citations this thread's reading shares (of strings from this pool).</summary>
    public CitationPool Citations { get; } = new();

    /// <summary>The dates this thread's reading parsed lately, by the pooled string they were parsed from.</summary>
    public ParsedValues<CaseDate> Dates { get; } = new();

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

        // Found by the bytes as read: a value already in the table (most of them) is neither decoded nor hashed as
        // characters. Two slots per hash (an even one and the next): a hit in either, or the newer string moves to
        // the second slot and the new one takes the first. Each slot keeps the string's hash, so a miss reads no
        // string (reading one, somewhere in a heap of millions, cost more than the rest of the lookup). The hash is
        // not seeded: a crafted input can only make values share slots and be forgotten, never stand for another.
        var hash = (int)System.IO.Hashing.XxHash3.HashToUInt64(utf8);
        var slot = hash & (Slots - 2);
        for (var i = slot; i < slot + 2; i++)
        {
            if (table[i].Hash == hash && table[i].Value is { } shared && Same(utf8, shared))
            {
                return shared;
            }
        }

        var created = Decoded(utf8).ToString();
        table[slot + 1] = table[slot];
        table[slot] = (hash, created);
        return created;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is the UTF-8 <paramref name="utf8"/>. As long in characters as in bytes, both
    /// must be ASCII to be equal, and are compared as such; a value with other characters is shorter in UTF-16, and
    /// the bytes are decoded to compare.
    /// </summary>
    private bool Same(ReadOnlySpan<byte> utf8, string value) =>
        value.Length == utf8.Length
            ? System.Text.Ascii.Equals(utf8, value)
            : value.Length < utf8.Length && Decoded(utf8).SequenceEqual(value);

    // Decoded into the pool's own buffer (UTF-16 never needs more units than UTF-8 has bytes): stack memory would be
    // zeroed for every value, and zeroing took most of this method's time.
    private ReadOnlySpan<char> Decoded(ReadOnlySpan<byte> utf8) => buffer.AsSpan(0, Encoding.UTF8.GetChars(utf8, buffer));
}
