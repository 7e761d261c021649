using System.Text;
using CaseRecords.Loading;

namespace CaseRecords.Tests;

/// <summary>Small in-memory datasets for loader tests.</summary>
internal static class TestData
{
    public const string SourceText = "The quick brown fox jumps over the lazy dog in May 1991.";

    public static string SourceSha => Source.ComputeSha256(Encoding.UTF8.GetBytes(SourceText));

    /// <summary>A valid record file with one source, one person and one claim.</summary>
    public static string ValidFile => $$"""
        {
          "formatVersion": "1.0",
          "sources": [
            {
              "id": "s1",
              "title": "A test source",
              "kind": "news-article",
              "text": "s1.txt",
              "sha256": "{{SourceSha}}"
            }
          ],
          "persons": [
            {
              "id": "fox",
              "names": [
                {
                  "value": "Brown Fox",
                  "citations": [
                    {
                      "source": "s1",
                      "quote": "quick brown fox"
                    }
                  ]
                }
              ]
            }
          ]
        }

        """;

    public static LoadResult Load(string json, string? text = SourceText, string file = "case.json")
    {
        var files = new Dictionary<string, byte[]> { [file] = Encoding.UTF8.GetBytes(json) };
        if (text is not null)
        {
            files["s1.txt"] = Encoding.UTF8.GetBytes(text);
        }

        return CaseDatasetLoader.Load(DatasetFiles.FromMemory(files));
    }

    public static LoadResult Load(byte[] json) =>
        CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["case.json"] = json, ["s1.txt"] = Encoding.UTF8.GetBytes(SourceText) }));

    /// <summary>Loads a record file with the given texts.</summary>
    public static LoadResult LoadRaw(string json, string file, params (string Path, string Text)[] texts)
    {
        var files = new Dictionary<string, byte[]> { [file] = Encoding.UTF8.GetBytes(json) };
        foreach (var (path, text) in texts)
        {
            files[path] = Encoding.UTF8.GetBytes(text);
        }

        return CaseDatasetLoader.Load(DatasetFiles.FromMemory(files));
    }

    public static string SeedsFolder { get; } = FindSeeds();

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "CaseRecords.sln")) && Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        throw new InvalidOperationException("The repository's seeds folder was not found above " + AppContext.BaseDirectory);
    }
}
