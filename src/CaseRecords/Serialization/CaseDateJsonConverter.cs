using System.Text.Json;
using System.Text.Json.Serialization;
using CaseRecords.Dates;

namespace CaseRecords.Serialization;

/// <summary>
/// Reads and writes a <see cref="CaseDate"/> as its EDTF string ("1991-05", "2005/2009"), for use in your own
/// System.Text.Json models and source-generated contexts (<c>[JsonConverter(typeof(CaseDateJsonConverter))]</c>).
/// It needs no reflection, so it works in trimmed and native-AOT apps.
/// </summary>
public sealed class CaseDateJsonConverter : JsonConverter<CaseDate>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string or not a valid EDTF date; the message says why.</exception>
    public override CaseDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadEdtf(ref reader);

    /// <summary>Reads an EDTF string token as a <see cref="CaseDate"/>, or throws <see cref="JsonException"/> saying why not.</summary>
    internal static CaseDate ReadEdtf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an EDTF date string but found {reader.TokenType}.");
        }

        var result = CaseDate.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException(result.Message);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CaseDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToEdtf());
    }
}
