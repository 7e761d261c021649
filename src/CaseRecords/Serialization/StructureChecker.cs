using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CaseRecords.Diagnostics;

namespace CaseRecords.Serialization;

/// <summary>
/// Walks a record file against the serializer's own (source-generated) metadata and reports every structural
/// problem: unknown and duplicate properties, wrong types, missing required properties and null values.
/// The serializer stops at the first problem; this runs when it does, so that the user sees all of them.
/// </summary>
internal sealed class StructureChecker
{
    private readonly JsonSerializerContext context;
    private readonly string file;
    private readonly LineMap lines;
    private readonly int maxDepth;
    private readonly int maxProblems;
    private readonly List<Diagnostic> diagnostics;
    private int reported;
    private readonly PointerBuilder path = new();

    public StructureChecker(JsonSerializerContext context, string file, LineMap lines, int maxDepth, int maxProblems, List<Diagnostic> diagnostics)
    {
        this.maxProblems = maxProblems;
        this.context = context;
        this.file = file;
        this.lines = lines;
        this.maxDepth = maxDepth;
        this.diagnostics = diagnostics;
    }

    /// <summary>Checks <paramref name="json"/> as a value of <paramref name="root"/>; returns the number of problems found.</summary>
    public int Check(ReadOnlySpan<byte> json, JsonTypeInfo root)
    {
        var before = reported;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!reader.Read())
            {
                Report(DiagnosticCodes.InvalidJson, "The file is empty; a record file is a JSON object.", 0);
                return reported - before;
            }

            CheckValue(ref reader, root, nullable: false);
            if (reader.Read())
            {
                Report(DiagnosticCodes.InvalidJson, "Unexpected content after the end of the JSON document.", reader.TokenStartIndex);
            }
        }
        catch (InvalidOperationException)
        {
            Report(DiagnosticCodes.InvalidJson, InvalidEscape, reader.TokenStartIndex);
        }
        catch (JsonException exception)
        {
            var offset = lines.OffsetOf(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            if (reader.CurrentDepth >= maxDepth - 1)
            {
                Report(DiagnosticCodes.TooDeep, $"The JSON is nested deeper than {maxDepth} levels.", offset);
            }
            else
            {
                Report(DiagnosticCodes.InvalidJson, "Malformed JSON: " + TrimPosition(exception.Message), offset);
            }
        }

        return reported - before;
    }

    /// <summary>The message for a string the reader cannot decode: an unpaired surrogate in a \u escape.</summary>
    internal const string InvalidEscape = "Malformed JSON: a string holds an invalid \\u escape (an unpaired UTF-16 surrogate such as \\uD800); write the character itself or a valid surrogate pair.";

    /// <summary>Reads the current string token, or null when its escapes do not decode.</summary>
    internal static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private void CheckValue(ref Utf8JsonReader reader, JsonTypeInfo type, bool nullable)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            if (!nullable)
            {
                Report(DiagnosticCodes.NullValue, "Null is not allowed here; give a value or remove it.", reader.TokenStartIndex);
            }

            return;
        }

        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(ref reader, type);
                break;
            case JsonTypeInfoKind.Enumerable:
                CheckArray(ref reader, type);
                break;
            default:
                CheckPrimitive(ref reader, type.Type);
                break;
        }
    }

    private void CheckObject(ref Utf8JsonReader reader, JsonTypeInfo type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, "an object");
            return;
        }

        var objectStart = reader.TokenStartIndex;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = reader.TokenStartIndex;
            if (TryGetString(ref reader) is not { } name)
            {
                Report(DiagnosticCodes.InvalidJson, InvalidEscape, nameStart);
                reader.Read();
                reader.Skip();
                continue;
            }

            var property = FindProperty(type, name);
            path.Push(name);
            reader.Read();
            if (!seen.Add(name))
            {
                Report(DiagnosticCodes.DuplicateProperty, $"The property \"{name}\" appears more than once in this object; keep one.", nameStart);
                reader.Skip();
            }
            else if (property is null)
            {
                Report(DiagnosticCodes.UnknownProperty, $"Unknown property \"{name}\"{Suggest(type, name)}. Allowed here: {string.Join(", ", type.Properties.Select(p => p.Name))}.", nameStart);
                reader.Skip();
            }
            else
            {
                CheckValue(ref reader, context.GetTypeInfo(property.PropertyType)!, nullable: property.IsSetNullable);
            }

            path.Pop();
        }

        foreach (var property in type.Properties)
        {
            if (property.IsRequired && !seen.Contains(property.Name))
            {
                Report(DiagnosticCodes.MissingProperty, $"The required property \"{property.Name}\" is missing.", objectStart);
            }
        }
    }

    private void CheckArray(ref Utf8JsonReader reader, JsonTypeInfo type)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, "an array");
            return;
        }

        var element = context.GetTypeInfo(type.ElementType!)!;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            path.Push(index++);
            if (reader.TokenType == JsonTokenType.Null)
            {
                Report(DiagnosticCodes.NullValue, "A list may not hold null; remove the element or give a value.", reader.TokenStartIndex);
            }
            else
            {
                CheckValue(ref reader, element, nullable: false);
            }

            path.Pop();
        }
    }

    private void CheckPrimitive(ref Utf8JsonReader reader, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                WrongType(ref reader, "a string");
            }
            else if (TryGetString(ref reader) is null)
            {
                Report(DiagnosticCodes.InvalidJson, InvalidEscape, reader.TokenStartIndex);
            }
        }
        else if (underlying == typeof(bool))
        {
            if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
            {
                WrongType(ref reader, "true or false");
            }
        }
        else if (underlying == typeof(decimal))
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                WrongType(ref reader, "a number");
            }
            else if (!reader.TryGetDecimal(out _))
            {
                Report(DiagnosticCodes.InvalidValue, "The number is out of range; amounts must fit a decimal (about ±7.9e28 with up to 28 decimal places).", reader.TokenStartIndex);
            }
        }
        else
        {
            reader.Skip();
        }
    }

    private void WrongType(ref Utf8JsonReader reader, string expected)
    {
        var found = reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            _ => "a value",
        };
        Report(DiagnosticCodes.WrongType, $"Expected {expected} but found {found}.", reader.TokenStartIndex);
        reader.Skip();
    }

    private static JsonPropertyInfo? FindProperty(JsonTypeInfo type, string name)
    {
        foreach (var property in type.Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    private static string Suggest(JsonTypeInfo type, string name)
    {
        var match = type.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return match is null ? string.Empty : $" (did you mean \"{match.Name}\"?)";
    }

    private static string TrimPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut].TrimEnd();
    }

    private void Report(DiagnosticDescriptor descriptor, string message, long offset)
    {
        if (++reported > maxProblems)
        {
            // Enough is known; a hostile file can hold millions of problems. The walk goes on (it is linear) but records no more.
            return;
        }

        var (line, column) = lines.Locate(offset);
        diagnostics.Add(new Diagnostic(descriptor, message)
        {
            File = file,
            JsonPointer = path.ToString(),
            Line = line,
            Column = column,
        });
    }
}
