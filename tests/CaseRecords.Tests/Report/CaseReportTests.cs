using System.Text;
using System.Text.RegularExpressions;
using CaseRecords.Cli;
using CaseRecords.Loading;
using CaseRecords.Report;
using CaseRecords.Validation;

namespace CaseRecords.Tests.Report;

/// <summary>The report page as bytes: what it holds and leaves out. Its behaviour in a browser is tested by CaseRecords.BrowserTests.</summary>
public sealed partial class CaseReportTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("caserecords-report-");

    public void Dispose() => folder.Delete(recursive: true);

    private static string Page(LoadResult load, CaseReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        CaseReport.Write(load.Dataset, CaseValidator.Validate(load), stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static LoadResult Bundled() => CaseDatasetLoader.Load(DatasetFiles.Bundled);

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = Page(Bundled());
        var second = Page(Bundled());
        second.ShouldBe(first);
    }

    [Fact]
    public void The_bundled_page_is_one_self_contained_file_under_1_MB()
    {
        var page = Page(Bundled());
        Encoding.UTF8.GetByteCount(page).ShouldBeLessThan(1_000_000);
        page.ShouldStartWith("<!DOCTYPE html>");
        page.ShouldContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");

        // Nothing is fetched: no external script, style, image, font or frame, and no URL in the style sheet.
        SourceAttribute().IsMatch(page).ShouldBeFalse();
        page.ShouldNotContain("<link", Case.Insensitive);
        page.ShouldNotContain("@import", Case.Insensitive);
        Regex.IsMatch(page, @"url\((?!#)", RegexOptions.IgnoreCase).ShouldBeFalse("only url(#marker) references inside the page");
        page.ShouldNotContain("<iframe", Case.Insensitive);
        Regex.Count(page, "<script").ShouldBe(2, "the data (application/json) and the page's one script");

        // Every section is there.
        foreach (var section in new[] { "overview", "timeline", "people", "incidents", "proceedings", "conflicts", "markings" })
        {
            page.ShouldContain($"<section class=\"part{(section == "markings" ? " markings" : string.Empty)}\" id=\"{section}\"");
        }
    }

    [Fact]
    public void Hostile_text_is_escaped_everywhere()
    {
        const string Payload = "</script><img src=x onerror=alert(1)><script>alert(2)</script>";
        const string Text = "A court heard that " + Payload + " was written on the wall in May 1991. \"quoted\" & 'single' \u2028";
        var json = $$"""
            {
              "formatVersion": "1.1",
              "sources": [ { "id": "s1", "title": "{{Escape(Payload)}}", "kind": "news-article", "publisher": "{{Escape(Payload)}}", "url": "javascript:alert(3)", "text": "s1.txt", "sha256": "{{ValidationFixture.Sha(Text)}}" } ],
              "persons": [ { "id": "p", "names": [ { "value": "{{Escape(Payload)}}", "note": "{{Escape(Payload)}}", "citations": [ { "source": "s1", "quote": "{{Escape(Payload)}}", "locator": "{{Escape(Payload)}}" } ] } ] },
              "incidents": [ { "id": "i", "label": "{{Escape(Payload)}}", "dates": [ { "value": "1991-05", "asStated": "May 1991", "citations": [ { "source": "s1", "quote": "wall in May 1991" } ] } ] } ]
            }
            """;
        var load = CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(json), ["s1.txt"] = Encoding.UTF8.GetBytes(Text) }));
        var page = Page(load, CaseReportOptions.Default with { Title = Payload });
        page.ShouldNotContain("<img", Case.Insensitive);
        page.ShouldNotContain("javascript:", Case.Insensitive);
        Regex.Count(page, "<script").ShouldBe(2);
        Regex.Count(page, "</script>").ShouldBe(2);
        page.ShouldContain("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        var data = page[page.IndexOf("id=\"cr-data\">", StringComparison.Ordinal)..];
        data = data[..data.IndexOf("</script>", StringComparison.Ordinal)];
        data.ShouldNotContain("<");
        data.ShouldNotContain("\u2028");

        static string Escape(string text) => System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
    }

    [Fact]
    public void Omit_leaves_sensitive_records_claims_names_and_passages_out_of_the_file()
    {
        var load = Bundled();
        var page = Page(load, new CaseReportOptions { Sensitive = SensitiveContent.Omit });
        foreach (var word in new[] { "Konerak", "Sinthasomphone", "Hmong", "dismembered", "14-year-old", "underwear" })
        {
            page.ShouldNotContain(word, Case.Insensitive);
        }

        page.ShouldNotContain("id=\"reveal\"");
        page.ShouldContain("Sensitive content is left out of this page");
        var sensitive = load.Dataset.Claims.Count(c => c.Claim.Sensitivity != Sensitivity.None || c.Subject is Person { Sensitivity: not Sensitivity.None });
        Regex.Count(page, "<li class=\"claim\" id=").ShouldBeLessThanOrEqualTo(load.Dataset.Claims.Count - sensitive);
    }

    [Fact]
    public void Redact_keeps_sensitive_content_in_the_file_withheld_behind_the_control()
    {
        var load = Bundled();
        var page = Page(load);
        page.ShouldContain("<input type=\"checkbox\" id=\"reveal\"");
        page.ShouldContain("<label class=\"toggle\" for=\"reveal\">");
        page.ShouldContain("Konerak");
        var sensitive = load.Dataset.Claims.Count(c => c.Claim.Sensitivity != Sensitivity.None);
        Regex.Count(page, "<li class=\"claim sens-b\"").ShouldBeGreaterThanOrEqualTo(sensitive);

        // Outside the style sheet's rules, every occurrence of the name is inside a withheld span or a withheld block.
        Regex.Count(page, "<span class=\"sens-t\"><span>Konerak").ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Findings_appear_on_the_claims_they_concern()
    {
        var load = ValidationFixture.Load(ValidationFixture.Break("\"the fox was seen\"", "\"the fox was sighted\""));
        var page = Page(load);
        var claim = page[page.IndexOf("id=\"c0\"", StringComparison.Ordinal)..];
        claim = claim[..claim.IndexOf("</li>\n", StringComparison.Ordinal)];
        claim.ShouldContain("<li class=\"f-error\"><span class=\"sev\">error</span> CR2001: ");
        claim.ShouldContain("data-q=\"the fox was sighted\"", customMessage: "a quote that was not found opens its source with no highlight");
        page.ShouldContain("Validation: 1 error, ");
    }

    [Fact]
    public void A_dataset_too_large_for_one_page_is_refused_and_nothing_is_written()
    {
        var load = Bundled();
        using var stream = new MemoryStream();
        var refused = Should.Throw<CaseReportTooLargeException>(() =>
            CaseReport.Write(load.Dataset, CaseValidator.Validate(load), stream, new CaseReportOptions { MaxBytes = 64 * 1024 }));
        stream.Length.ShouldBe(0);
        refused.MaxBytes.ShouldBe(64 * 1024);
        refused.Message.ShouldContain("larger than 64 KiB, the limit");
        refused.Message.ShouldContain("300 claims");
    }

    [Fact]
    public void Options_refuse_what_they_cannot_honour()
    {
        CaseReportOptions.Default.Sensitive.ShouldBe(SensitiveContent.Redact);
        CaseReportOptions.Default.MaxBytes.ShouldBe(8 * 1024 * 1024);
        Should.Throw<ArgumentOutOfRangeException>(() => new CaseReportOptions { MaxBytes = 1000 });
        Should.Throw<ArgumentOutOfRangeException>(() => new CaseReportOptions { Sensitive = (SensitiveContent)7 });
        Should.Throw<ArgumentException>(() => new CaseReportOptions { Title = " " });
        Should.Throw<ArgumentException>(() => CaseReport.Write(CaseDataset.Bundled, CaseValidator.Validate(CaseDataset.Bundled), new MemoryStream([], writable: false)));
    }

    [Fact]
    public void The_report_command_writes_the_page_or_refuses_with_a_message()
    {
        var file = Path.Combine(folder.FullName, "case.html");
        var (code, output, error) = Run("report", "--output", file);
        code.ShouldBe(CliApp.Clean);
        output.ShouldBeEmpty();
        error.ShouldStartWith($"Wrote {file} (");
        File.ReadAllText(file).ShouldContain("<title>The 1991 Milwaukee case of officers John Balcerzak and Joseph Gabrish</title>");

        var omitted = Path.Combine(folder.FullName, "omitted.html");
        Run("report", "--omit-sensitive", "--output", omitted).Code.ShouldBe(CliApp.Clean);
        File.ReadAllText(omitted).ShouldNotContain("Konerak");

        var big = Path.Combine(folder.FullName, "big.html");
        (code, _, error) = Run("report", "--max-size", "64K", "--output", big);
        code.ShouldBe(CliApp.UsageOrIoError);
        error.ShouldContain("would be larger than 64 KiB");
        File.Exists(big).ShouldBeFalse();
        Run("report", "--max-size", "lots").Code.ShouldBe(CliApp.UsageOrIoError);

        var sample = Path.Combine(TestData.SeedsFolder, "..", "samples", "riverton-traffic-stop");
        (code, output, _) = Run("report", sample);
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain("<title>Case report: riverton-traffic-stop</title>");
    }

    [Theory]
    [InlineData("8M", 8L * 1024 * 1024)]
    [InlineData("512k", 512L * 1024)]
    [InlineData("2MiB", 2L * 1024 * 1024)]
    [InlineData("100000", 100000L)]
    [InlineData("lots", null)]
    [InlineData("-5", null)]
    public void Sizes_are_read_in_bytes_K_or_M(string text, long? bytes) => CliApp.ParseSize(text).ShouldBe(bytes);

    [Fact]
    public void Nothing_below_the_report_refers_to_it()
    {
        var src = Path.Combine(TestData.SeedsFolder, "..", "src", "CaseRecords");
        var report = Path.Combine(src, "Report") + Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Where(f => !f.StartsWith(report, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var code = File.ReadAllText(file);
            foreach (var name in new[] { "CaseRecords.Report", "CaseReport", "PageWriter", "ReportModel", "ReportAssets", "SensitiveContent" })
            {
                code.ShouldNotContain(name, customMessage: $"{file} refers to the report ({name}): the report sits on top of the library; nothing below may depend on it");
            }
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex("""\s(src|srcset|href)\s*=\s*"(?!#)""", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAttribute();
}
