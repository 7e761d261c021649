using System.Text.Json;
using System.Text.Json.Serialization;
using CaseRecords.Dates;

namespace CaseRecords.Serialization;

/// <summary>
/// Reads and writes a <see cref="PartialDate"/> as its EDTF string ("1991-05", "199X~"). A string that is an
/// interval is refused. No reflection: safe for trimmed and native-AOT apps.
/// </summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string, not a valid EDTF date, or an interval.</exception>
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var date = CaseDateJsonConverter.ReadEdtf(ref reader);
        return date.Kind == CaseDateKind.Moment
            ? date.Start!.Value
            : throw new JsonException($"\"{date}\" is an interval; a single date is expected here.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToEdtf());
    }
}
