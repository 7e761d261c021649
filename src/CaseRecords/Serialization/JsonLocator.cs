using System.Text.Json;

namespace CaseRecords.Serialization;

/// <summary>
/// Finds the position of JSON Pointers in a document. Used only when there is something to report, so that
/// loading a clean file never pays for positions.
/// </summary>
internal static class JsonLocator
{
    /// <summary>
    /// Returns the byte offset of each pointer's value (or of the nearest enclosing value that exists).
    /// <paramref name="pointers"/> must hold every ancestor of each pointer it holds (as <see cref="Positions"/> does):
    /// values whose pointer is not sought are skipped whole.
    /// </summary>
    /// <param name="json">The document, or with <paramref name="firstValueOnly"/> the start of one value followed by anything.</param>
    /// <param name="pointers">The pointers sought, each with all its ancestors.</param>
    /// <param name="maxDepth">The deepest nesting read.</param>
    /// <param name="firstValueOnly">Stop at the end of the first value (an entity inside its record file).</param>
    /// <param name="buffers">Buffers to reuse across calls (one caller at a time); null for new ones.</param>
    public static Dictionary<string, long> Find(ReadOnlySpan<byte> json, IReadOnlySet<string> pointers, int maxDepth, bool firstValueOnly = false, Buffers? buffers = null)
    {
        buffers ??= new Buffers();
        var found = buffers.Found;
        found.Clear();
        buffers.SegmentStarts.Clear();
        buffers.ArrayIndex.Clear();
        if (pointers.Count == 0)
        {
            return found;
        }

        // The current pointer is kept in one growing buffer and looked up as a span: no string per token.
        var lookup = pointers is HashSet<string> { Comparer: var comparer } set && ReferenceEquals(comparer, StringComparer.Ordinal)
            ? set.GetAlternateLookup<ReadOnlySpan<char>>()
            : new HashSet<string>(pointers, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var path = buffers.Path;
        var scratch = buffers.Scratch;
        var length = 0;
        var segmentStarts = buffers.SegmentStarts;
        var arrayIndex = buffers.ArrayIndex;
        var pendingProperty = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        // The property's segment is appended now (its name's position is recorded if nothing better is found)
                        // and becomes the value's segment when the value starts.
                        segmentStarts.Push(length);
                        AppendProperty(ref reader);
                        pendingProperty = true;
                        Record(found, lookup, path.AsSpan(0, length), reader.TokenStartIndex);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            arrayIndex.Pop();
                        }

                        if (segmentStarts.Count > 0)
                        {
                            length = segmentStarts.Pop();
                        }

                        if (firstValueOnly && reader.CurrentDepth == 0)
                        {
                            return found;
                        }

                        continue;
                }

                // A value starts: enter its segment.
                if (pendingProperty)
                {
                    pendingProperty = false;
                }
                else if (arrayIndex.Count > 0)
                {
                    var index = arrayIndex.Pop() + 1;
                    arrayIndex.Push(index);
                    segmentStarts.Push(length);
                    Append('/');
                    EnsureCapacity(11);
                    index.TryFormat(path.AsSpan(length), out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
                    length += written;
                }

                var wanted = Record(found, lookup, path.AsSpan(0, length), reader.TokenStartIndex, overwrite: true);
                if (!wanted && reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
                {
                    // Every ancestor of a sought pointer is sought too, so nothing inside this value is: skip it whole.
                    reader.Skip();
                    if (segmentStarts.Count > 0)
                    {
                        length = segmentStarts.Pop();
                    }
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    arrayIndex.Push(-1);
                }
                else if (reader.TokenType != JsonTokenType.StartObject && segmentStarts.Count > 0)
                {
                    length = segmentStarts.Pop();
                }
            }
        }
        catch (JsonException)
        {
            // Malformed after the part we could read: keep what was found.
        }
        catch (InvalidOperationException)
        {
            // An undecodable escape: keep what was found.
        }

        buffers.Path = path;
        buffers.Scratch = scratch;
        return found;

        void EnsureCapacity(int more)
        {
            if (length + more > path.Length)
            {
                Array.Resize(ref path, Math.Max(path.Length * 2, length + more));
            }
        }

        void Append(char c)
        {
            EnsureCapacity(1);
            path[length++] = c;
        }

        void AppendProperty(ref Utf8JsonReader reader)
        {
            Append('/');
            var max = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length; // unescaped UTF-16 length never exceeds the UTF-8 byte length
            if (scratch.Length < max)
            {
                scratch = new char[Math.Max(max, scratch.Length * 2)];
            }

            var name = scratch.AsSpan(0, reader.CopyString(scratch));
            EnsureCapacity(name.Length * 2);
            foreach (var c in name)
            {
                switch (c)
                {
                    case '~':
                        path[length++] = '~';
                        path[length++] = '0';
                        break;
                    case '/':
                        path[length++] = '~';
                        path[length++] = '1';
                        break;
                    default:
                        path[length++] = c;
                        break;
                }
            }
        }
    }

    /// <summary>What one search needs, kept for the next: placing findings entity by entity makes many small searches.</summary>
    public sealed class Buffers
    {
        /// <summary>The offsets found by the last search; cleared by the next.</summary>
        public Dictionary<string, long> Found { get; } = new(StringComparer.Ordinal);

        public char[] Path { get; set; } = new char[256];

        public char[] Scratch { get; set; } = new char[64];

        public Stack<int> SegmentStarts { get; } = new();

        public Stack<int> ArrayIndex { get; } = new();
    }

    /// <summary>Records the offset of <paramref name="pointer"/> if it is sought; returns whether it is.</summary>
    private static bool Record(Dictionary<string, long> found, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pointers, ReadOnlySpan<char> pointer, long offset, bool overwrite = false)
    {
        if (!pointers.TryGetValue(pointer, out var key))
        {
            return false;
        }

        if (overwrite || !found.ContainsKey(key))
        {
            found[key] = offset;
        }

        return true;
    }
}
