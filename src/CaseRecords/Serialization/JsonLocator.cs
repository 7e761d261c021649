using System.Text.Json;

namespace CaseRecords.Serialization;

/// <summary>
/// Finds the position of JSON Pointers in a document. Used only when there is something to report, so that
/// loading a clean file never pays for positions.
/// </summary>
internal static class JsonLocator
{
    /// <summary>Returns the byte offset of each pointer's value (or of the nearest enclosing value that exists).</summary>
    public static Dictionary<string, long> Find(ReadOnlySpan<byte> json, IReadOnlySet<string> pointers, int maxDepth)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        if (pointers.Count == 0)
        {
            return found;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var path = new PointerBuilder();
        var arrayIndex = new Stack<int>();
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = StructureChecker.TryGetString(ref reader) ?? string.Empty;
                        Record(found, pointers, path.Append(pendingProperty!), reader.TokenStartIndex);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            arrayIndex.Pop();
                        }

                        if (path.Depth > 0)
                        {
                            path.Pop();
                        }

                        continue;
                }

                // A value starts: enter its segment.
                if (pendingProperty is not null)
                {
                    path.Push(pendingProperty);
                    pendingProperty = null;
                }
                else if (arrayIndex.Count > 0)
                {
                    var index = arrayIndex.Pop() + 1;
                    arrayIndex.Push(index);
                    path.Push(index);
                }

                var pointer = path.ToString();
                Record(found, pointers, pointer, reader.TokenStartIndex, overwrite: true);
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    arrayIndex.Push(-1);
                }
                else if (reader.TokenType != JsonTokenType.StartObject && path.Depth > 0)
                {
                    path.Pop();
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

        return found;
    }

    private static void Record(Dictionary<string, long> found, IReadOnlySet<string> pointers, string pointer, long offset, bool overwrite = false)
    {
        if (pointers.Contains(pointer) && (overwrite || !found.ContainsKey(pointer)))
        {
            found[pointer] = offset;
        }
    }
}
