using System.Text.Json;
using System.Text.Json.Serialization;
using CaseRecords.Validation;

namespace CaseRecords.Cli;

/// <summary>
/// A waivers file for <c>caserecords validate --waivers FILE</c>:
/// <c>{ "waivers": [ { "code": "CR2015", "entity": "tina-spivey", "pointer": "/persons/7/names/0", "reason": "…" } ] }</c>
/// (<c>pointer</c> is optional). Waived findings are listed and counted in the report, never hidden.
/// </summary>
internal static class WaiverFile
{
    /// <summary>Reads the waivers, or returns an error message.</summary>
    public static (EquatableArray<Waiver> Waivers, string? Error) Read(string path)
    {
        try
        {
            var file = JsonSerializer.Deserialize(File.ReadAllBytes(path), WaiverJsonContext.Default.WaiverFileDto);
            if (file?.Waivers is null)
            {
                return ([], $"\"{path}\" has no \"waivers\" list.");
            }

            var waivers = new List<Waiver>();
            for (var i = 0; i < file.Waivers.Count; i++)
            {
                var w = file.Waivers[i];
                if (w is null)
                {
                    return ([], $"\"{path}\": waiver {i} is null.");
                }

                try
                {
                    waivers.Add(new Waiver(w.Code, w.Entity, w.Reason) { JsonPointer = w.Pointer });
                }
                catch (ArgumentException e)
                {
                    return ([], $"\"{path}\": waiver {i} is invalid: {e.Message}");
                }
            }

            return (waivers.ToEquatableArray(), null);
        }
        catch (JsonException e)
        {
            return ([], $"\"{path}\" is not a valid waivers file: {e.Message}");
        }
    }
}

internal sealed class WaiverFileDto
{
    public required List<WaiverDto?> Waivers { get; set; }
}

internal sealed class WaiverDto
{
    public required string Code { get; set; }

    public required string Entity { get; set; }

    public string? Pointer { get; set; }

    public required string Reason { get; set; }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Strict, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WaiverFileDto))]
internal sealed partial class WaiverJsonContext : JsonSerializerContext
{
}
