using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseRecords.Serialization;

namespace CaseRecords.Benchmarks;

/// <summary>
/// The second corpus (issue 17): the bundled Milwaukee case copied until it has the claims asked for, each copy's
/// person, organization, incident and proceeding ids renamed ("john-balcerzak" → "john-balcerzak-c17") and every
/// reference to them with them. Real quotes, typographic characters, no-break spaces, conflicts, relayed citations
/// and inferred claims, as curated; the three source texts and their sources are shared by all copies.
/// </summary>
public static class BundledCopies
{
    /// <summary>The kind name, as <c>CASERECORDS_BENCH_CORPUS_KIND</c> gives it.</summary>
    public const string Kind = "bundled";

    private static readonly string[] EntityLists = ["persons", "organizations", "incidents", "proceedings"];

    /// <summary>Writes the copies into <paramref name="folder"/> (a new folder): <c>texts/</c> and record files of about <see cref="CorpusGenerator.ClaimsPerFile"/> claims each.</summary>
    public static void Generate(string folder, int claims)
    {
        var original = Path.Combine(folder, "original");
        CaseDatasetWriter.WriteFolder(CaseDataset.Bundled, original);
        var recordFile = Directory.EnumerateFiles(original, "*.json").Single();
        var root = JsonNode.Parse(File.ReadAllText(recordFile))!.AsObject();
        var perCopy = CaseDataset.Bundled.Claims.Count;
        var ids = EntityLists.SelectMany(l => root[l]!.AsArray()).Select(e => (string)e!["id"]!).ToHashSet(StringComparer.Ordinal);

        // The texts, shared: every source points into texts/.
        var texts = Directory.CreateDirectory(Path.Combine(folder, "texts")).FullName;
        foreach (var source in root["sources"]!.AsArray())
        {
            var text = (string)source!["text"]!;
            File.Copy(Path.Combine(original, text), Path.Combine(texts, Path.GetFileName(text)));
            source["text"] = "texts/" + Path.GetFileName(text);
        }

        var copies = (claims + perCopy - 1) / perCopy;
        var copiesPerFile = Math.Max(1, CorpusGenerator.ClaimsPerFile / perCopy);
        for (int file = 0, copy = 0; copy < copies; file++)
        {
            var output = new JsonObject { ["formatVersion"] = (string)root["formatVersion"]! };
            if (file == 0)
            {
                output["sources"] = root["sources"]!.DeepClone();
            }

            foreach (var list in EntityLists)
            {
                output[list] = new JsonArray();
            }

            for (var k = 0; k < copiesPerFile && copy < copies; k++, copy++)
            {
                var suffix = "-c" + copy.ToString(CultureInfo.InvariantCulture);
                foreach (var list in EntityLists)
                {
                    foreach (var entity in root[list]!.AsArray())
                    {
                        var clone = entity!.DeepClone();
                        Rename(clone, ids, suffix);
                        output[list]!.AsArray().Add(clone);
                    }
                }
            }

            File.WriteAllText(
                Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"records-{file:D4}.json")),
                output.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        Directory.Delete(original, recursive: true);
    }

    /// <summary>Renames, in one copied entity, its id and every reference to an entity ("id", "relayedFrom").</summary>
    private static void Rename(JsonNode node, HashSet<string> ids, string suffix)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (name is "id" or "relayedFrom" && value is JsonValue v && v.TryGetValue<string>(out var id) && ids.Contains(id))
                    {
                        o[name] = id + suffix;
                    }
                    else if (value is not null)
                    {
                        Rename(value, ids, suffix);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Rename(item, ids, suffix);
                    }
                }

                break;
        }
    }
}
