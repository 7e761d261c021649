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
        TestContext.Current.SendDiagnosticMessage($"bundled page: {report.Bytes} bytes; first contentful paint {timing.Paint} ms, load event {timing.Load} ms");
        timing.Paint.ShouldBeLessThan(5000);

        var docs = Path.Combine(Repository.Root, "docs");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, "report-screenshot.png") });
        var date = report.Dataset.Get<Incident>("may-1991-encounter").Dates[0];
        var n = report.IndexOf(report.Dataset.Claims.First(c => ReferenceEquals(c.Claim, date)));
        await page.Locator($"#c{n} button.cite").Last.ClickAsync();
        await page.Locator("#viewer #hl").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, "report-evidence.png") });
        File.AppendAllText(MetricsFile, string.Create(CultureInfo.InvariantCulture, $"bundled\t{report.Bytes}\t{timing.Paint:0}\t{timing.Load:0}\n"));
    }

    /// <summary>Where the run's measurements are written (artifacts/report-metrics.tsv: dataset, bytes, first paint ms, load ms).</summary>
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
            () => ({ paint: (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime,
                     load: performance.getEntriesByType('navigation')[0].loadEventEnd })
            """);
        return (result.GetProperty("paint").GetDouble(), result.GetProperty("load").GetDouble());
    }
}
