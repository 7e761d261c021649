using System.Text;
using CaseRecords.Loading;
using CaseRecords.Report;
using CaseRecords.Validation;

namespace CaseRecords.BrowserTests;

/// <summary>A dataset, the validator's report on it, and its page written to a file (the page is opened from file://).</summary>
public sealed record ReportPage(string Name, CaseDataset Dataset, ValidationReport Validation, string File, long Bytes)
{
    public string Url => new Uri(File).AbsoluteUri;

    /// <summary>The index of a claim in <see cref="CaseDataset.Claims"/> (the page's data-claim), by subject, list and index.</summary>
    public int IndexOf(ClaimEntry entry)
    {
        for (var i = 0; i < Dataset.Claims.Count; i++)
        {
            var claim = Dataset.Claims[i];
            if (ReferenceEquals(claim.Subject, entry.Subject) && claim.Property == entry.Property && claim.Index == entry.Index)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{entry.Subject.Id}/{entry.Property}/{entry.Index} is not a claim of the dataset.");
    }

    public override string ToString() => Name;
}

/// <summary>The pages the browser tests open, each written once per run.</summary>
public static class ReportPages
{
    private static readonly DirectoryInfo Folder = Directory.CreateTempSubdirectory("caserecords-report-");
    private static readonly Lazy<ReportPage> BundledPage = new(() => Write("bundled", CaseDatasetLoader.Load(DatasetFiles.Bundled), new CaseReportOptions { Title = "The 1991 Milwaukee case of officers John Balcerzak and Joseph Gabrish" }));
    private static readonly Lazy<ReportPage> RivertonPage = new(() => Write("riverton", CaseDatasetLoader.LoadFolder(Path.Combine(Repository.Root, "samples", "riverton-traffic-stop")), null));
    private static readonly Lazy<ReportPage> HostilePage = new(() => Write("hostile", CaseDatasetLoader.Load(DatasetFiles.FromMemory(Hostile.Files())), null));

    public static ReportPage Bundled => BundledPage.Value;

    public static ReportPage Riverton => RivertonPage.Value;

    public static ReportPage HostileCase => HostilePage.Value;

    public static ReportPage Get(string name) => name switch
    {
        "bundled" => Bundled,
        "riverton" => Riverton,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static ReportPage Write(string name, LoadResult load, CaseReportOptions? options)
    {
        var validation = CaseValidator.Validate(load);
        var file = Path.Combine(Folder.FullName, name + ".html");
        using (var stream = File.Create(file))
        {
            CaseReport.Write(load.Dataset, validation, stream, options ?? new CaseReportOptions { Title = "Report: " + name });
        }

        return new ReportPage(name, load.Dataset, validation, file, new FileInfo(file).Length);
    }
}

/// <summary>A record file whose texts try to break out of the page: the page must show them as text and run nothing.</summary>
public static class Hostile
{
    public const string Payload = "</script><img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

    public const string Name = "Mallory \"><svg onload=window.__pwned=3>";

    public static string Text => $"The court heard that {Name} wrote {Payload} on the wall in May 1991. <b>Bold</b> &amp; ' \" `${{x}}` \u2028 end.";

    public static Dictionary<string, byte[]> Files()
    {
        var sha = Source.ComputeSha256(Encoding.UTF8.GetBytes(Text));
        var json = $$"""
            {
              "formatVersion": "1.1",
              "sources": [
                { "id": "s1", "title": "{{Escape(Payload)}} title", "kind": "news-article", "publisher": "{{Escape(Name)}}", "url": "javascript:alert(1)", "text": "s1.txt", "sha256": "{{sha}}" }
              ],
              "persons": [
                {
                  "id": "mallory",
                  "names": [ { "value": "{{Escape(Name)}}", "citations": [ { "source": "s1", "quote": "{{Escape(Name)}}" } ] } ],
                  "facts": [ { "value": { "property": "statement", "text": "{{Escape(Payload)}}" }, "note": "{{Escape(Payload)}}", "citations": [ { "source": "s1", "quote": "wrote {{Escape(Payload)}}", "locator": "{{Escape(Payload)}}" } ] } ]
                }
              ],
              "incidents": [
                {
                  "id": "wall",
                  "label": "{{Escape(Payload)}}",
                  "dates": [ { "value": "1991-05", "asStated": "May 1991", "citations": [ { "source": "s1", "quote": "on the wall in May 1991" } ] } ]
                }
              ]
            }
            """;
        return new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(json), ["s1.txt"] = Encoding.UTF8.GetBytes(Text) };
    }

    private static string Escape(string text) => System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
}

internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseRecords.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository was not found above " + AppContext.BaseDirectory);
    }
}
