using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(CaseRecords.BrowserTests.BrowserFixture))]

namespace CaseRecords.BrowserTests;

/// <summary>
/// One headless Chromium for the whole run: Debian's <c>chromium</c> (found on the PATH, or named by
/// CASERECORDS_CHROMIUM), driven by Playwright through <see cref="BrowserTypeLaunchOptions.ExecutablePath"/>. Playwright's
/// own browser download is never used. Without Chromium the tests are skipped with the reason, except in CI (CI=true),
/// where they fail: CI installs it (.ci/run), so a missing browser there is a broken CI, not a reason to pass.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The Chromium executable, or null when none is installed.</summary>
    public static string? ChromiumPath { get; } = FindChromium();

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>A new page in a context of its own; skips the test (fails it in CI) when Chromium is missing.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        if (browser is null)
        {
            var reason = "Chromium is not installed (apt-get install -y chromium, or set CASERECORDS_CHROMIUM): the browser tests of the report page need it.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason + " CI installs it in .ci/run, so it must be there.");
            }

            Assert.Skip(reason);
        }

        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    private static string? FindChromium()
    {
        if (Environment.GetEnvironmentVariable("CASERECORDS_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}
