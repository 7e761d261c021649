using System.Text;

namespace CaseRecords.Serialization;

/// <summary>
/// One string per distinct UTF-8 value read by the fast path: ids, roles, names, dates and quotes repeat across
/// claims, and the model then holds each once. Not thread-safe: one pool per loading thread.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Values longer than this (in bytes) are not pooled: long texts rarely repeat.</summary>
    private const int MaxPooledBytes = 2048;

    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

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
        if (lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var created = text.ToString();
        strings.Add(created);
        return created;
    }
}
