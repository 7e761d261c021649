using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace CaseRecords.BrowserTests;

/// <summary>Accessibility (axe-core), the screenshots in the README, and how fast the page renders.</summary>
public sealed class ReportLookTests(BrowserFixture browser)
{
    private static readonly string AxeScript = Path.Combine(Repository.Root, "tools", "axe", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<string, string> AxeCases => new()
    {
        { "bundled", "light" },
        { "bundled", "dark" },
        { "riverton", "light" },
    };

    [Theory]
    [MemberData(nameof(AxeCases))]
    public async Task Axe_finds_no_serious_or_critical_violation(string name, string scheme)
    {
        if (!File.Exists(AxeScript))
        {
            var reason = $"axe-core is not installed: run 'npm ci' in tools/axe ({AxeScript} is missing).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        // axe is injected as a script of its own, which the page's content security policy would refuse.
        var page = await browser.NewPageAsync(new BrowserNewContextOptions
        {
            BypassCSP = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await page.GotoAsync(ReportPages.Get(name).Url);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var problems = new List<string>();
        foreach (var state in new[] { "as opened", "revealed, with the evidence viewer open" })
        {
            if (state != "as opened")
            {
                if (await page.Locator("#reveal").CountAsync() > 0)
                {
                    await page.Locator("#reveal").CheckAsync();
                }

                await page.Locator("#people button.cite").First.ClickAsync();
                await page.Locator("#viewer #hl").WaitForAsync();
            }

            var violations = await page.EvaluateAsync<JsonElement>("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                  .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))
                """);
            foreach (var v in violations.EnumerateArray())
            {
                var impact = v.GetProperty("impact").GetString();
                if (impact is "serious" or "critical")
                {
                    problems.Add($"{state}: {impact} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at {string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}");
                }
            }
        }

        problems.ShouldBeEmpty();
    }

    /// <summary>
    /// Saves docs/report-screenshot.png (the top of the bundled case's page) and docs/report-evidence.png (a citation
    /// opened), and measures the page: its size, the time to its first contentful paint and to its load event.
    /// </summary>
    [Fact]
    public async Task The_bundled_page_is_under_1_MB_renders_quickly_and_is_photographed()
    {
        var report = ReportPages.Bundled;
        report.Bytes.ShouldBeLessThan(1_000_000);
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, ColorScheme = ColorScheme.Light });
        await page.GotoAsync(report.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var timing = await Timing(page);
        timing.Paint.ShouldBeLessThan(5000);
        Record("bundled", report.Bytes, timing);

        var docs = Path.Combine(Repository.Root, "docs");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, "report-screenshot.png") });
        var date = report.Dataset.Get<Incident>("may-1991-encounter").Dates[0];
        var n = report.IndexOf(report.Dataset.Claims.First(c => ReferenceEquals(c.Claim, date)));
        await page.Locator($"#c{n} button.cite").Last.ClickAsync();
        await page.Locator("#viewer #hl").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, "report-evidence.png") });
    }

    /// <summary>
    /// The time to first render of other pages: the Riverton sample's, and any named by CASERECORDS_REPORT_MEASURE (paths of
    /// pages made with caserecords report, separated by commas), for measuring large datasets.
    /// </summary>
    [Fact]
    public async Task Other_pages_render_quickly()
    {
        var pages = new List<(string Name, string Url, long Bytes)> { ("riverton", ReportPages.Riverton.Url, ReportPages.Riverton.Bytes) };
        foreach (var path in (Environment.GetEnvironmentVariable("CASERECORDS_REPORT_MEASURE") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            pages.Add((Path.GetFileName(path), new Uri(Path.GetFullPath(path)).AbsoluteUri, new FileInfo(path).Length));
        }

        foreach (var (name, url, bytes) in pages)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            var timing = await Timing(page);
            timing.Paint.ShouldBeGreaterThan(0);
            Record(name, bytes, timing);
            await page.Context.CloseAsync();
        }
    }

    private static void Record(string name, long bytes, (double Paint, double Load) timing)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{name}\t{bytes} bytes\tfirst contentful paint {timing.Paint:0} ms\tload event {timing.Load:0} ms");
        TestContext.Current.SendDiagnosticMessage(line);
        File.AppendAllText(MetricsFile, line + "\n");
    }

    /// <summary>Where the run's measurements are added (artifacts/report-metrics.tsv: page, bytes, first contentful paint, load event).</summary>
    private static string MetricsFile
    {
        get
        {
            var folder = Path.Combine(Repository.Root, "artifacts");
            Directory.CreateDirectory(folder);
            return Path.Combine(folder, "report-metrics.tsv");
        }
    }

    internal static async Task<(double Paint, double Load)> Timing(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            () => new Promise(resolve => {
              // The first contentful paint may come after the load event (a small page loads before it paints).
              new PerformanceObserver((list, observer) => {
                const paint = list.getEntries().find(e => e.name === 'first-contentful-paint');
                if (paint) {
                  observer.disconnect();
                  resolve({ paint: paint.startTime, load: performance.getEntriesByType('navigation')[0].loadEventEnd });
                }
              }).observe({ type: 'paint', buffered: true });
            })
            """);
        return (result.GetProperty("paint").GetDouble(), result.GetProperty("load").GetDouble());
    }
}
