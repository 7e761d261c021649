using System.Text;
using System.Text.Json;
using NJsonSchema;

namespace CaseRecords.Benchmarks;

/// <summary>The baselines, each over the same files the loader reads.</summary>
public static class Baselines
{
    private static readonly JsonSerializerOptions ReflectionOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static readonly global::Newtonsoft.Json.JsonSerializer NewtonsoftSerializer = global::Newtonsoft.Json.JsonSerializer.CreateDefault();

    /// <summary>The floor: read every file's bytes (record files and source texts) and scan the record files' JSON tokens.</summary>
    public static long RawScan(string[] recordFiles, string[] textFiles)
    {
        long tokens = 0;
        foreach (var file in recordFiles)
        {
            var reader = new Utf8JsonReader(File.ReadAllBytes(file));
            while (reader.Read())
            {
                tokens++;
            }
        }

        foreach (var file in textFiles)
        {
            tokens += File.ReadAllBytes(file).Length;
        }

        return tokens;
    }

    /// <summary>System.Text.Json's default (reflection) path into plain classes: read bytes, deserialize. Validates nothing.</summary>
    public static int StjReflection(string[] recordFiles)
    {
        var count = 0;
        foreach (var file in recordFiles)
        {
            var records = JsonSerializer.Deserialize<Plain.RecordFile>(File.ReadAllBytes(file), ReflectionOptions)!;
            count += records.Persons?.Count ?? 0;
        }

        return count;
    }

    /// <summary>Newtonsoft.Json into the same plain classes: read bytes, deserialize. Validates nothing.</summary>
    public static int NewtonsoftJson(string[] recordFiles)
    {
        var count = 0;
        foreach (var file in recordFiles)
        {
            using var text = new StreamReader(new MemoryStream(File.ReadAllBytes(file)), Encoding.UTF8);
            using var reader = new global::Newtonsoft.Json.JsonTextReader(text);
            var records = NewtonsoftSerializer.Deserialize<Plain.RecordFile>(reader)!;
            count += records.Persons?.Count ?? 0;
        }

        return count;
    }

    /// <summary>The published JSON Schema, loaded once.</summary>
    public static JsonSchema LoadSchema() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "caserecords.schema.json"))).GetAwaiter().GetResult();

    /// <summary>NJsonSchema validation of each record file against the published schema: read, parse, validate.</summary>
    public static int NJsonSchemaValidate(JsonSchema schema, string[] recordFiles)
    {
        var errors = 0;
        foreach (var file in recordFiles)
        {
            errors += schema.Validate(Encoding.UTF8.GetString(File.ReadAllBytes(file))).Count;
        }

        return errors;
    }
}
