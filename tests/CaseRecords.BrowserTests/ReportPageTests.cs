using System.Text.Json;
using CaseRecords.Reading;
using Microsoft.Playwright;

namespace CaseRecords.BrowserTests;

/// <summary>The report page in a real browser: headless Chromium, opened from file://.</summary>
public sealed class ReportPageTests(BrowserFixture browser)
{
    public static TheoryData<string> Cases => ["bundled", "riverton"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_page_loads_and_is_used_with_no_console_error_and_no_network_request(string name)
    {
        var report = ReportPages.Get(name);
        foreach (var bypassCsp in new[] { false, true })
        {
            // With the page's content security policy, and without it: the page itself requests nothing either way.
            var page = await browser.NewPageAsync(new BrowserNewContextOptions { BypassCSP = bypassCsp, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var errors = new List<string>();
            var requests = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    errors.Add(message.Type + ": " + message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);
            page.Request += (_, request) => requests.Add(request.Url);
            await page.GotoAsync(report.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            // Use it: reveal, open each kind of citation, close.
            if (await page.Locator("#reveal").CountAsync() > 0)
            {
                await page.Locator("#reveal").CheckAsync();
            }

            await page.Locator("#people button.cite").First.ClickAsync();
            await page.Locator("#viewer #hl").WaitForAsync();
            await page.Locator("#v-close").ClickAsync();
            await page.Locator("#timeline button.cite").First.ClickAsync();
            await page.Keyboard.PressAsync("Escape");
            await page.Locator("#overview button.cite").First.ClickAsync();
            await page.Keyboard.PressAsync("Escape");
            await page.EvaluateAsync("() => new Promise(r => setTimeout(r, 200))");

            errors.ShouldBeEmpty();
            requests.ShouldAllBe(url => url == report.Url, "the page requested " + string.Join(", ", requests.Where(u => u != report.Url)));
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Clicking_any_citation_highlights_exactly_its_quoted_passage(string name)
    {
        var report = ReportPages.Get(name);
        var page = await Open(report, reveal: true);
        var results = await page.EvaluateAsync<JsonElement>("""
            () => {
              const items = [...document.querySelectorAll('li.claim ol.cits > li > button.cite')].map(button => {
                button.click();
                const mark = document.getElementById('hl');
                const claim = button.closest('li.claim');
                return { claim: +claim.dataset.claim, k: [...claim.querySelectorAll('ol.cits > li')].indexOf(button.parentElement), text: mark ? mark.textContent : null };
              });
              document.getElementById('viewer').close();
              return items;
            }
            """);
        var citations = report.Dataset.Claims.Sum(c => c.Claim.Citations.Count);
        results.GetArrayLength().ShouldBe(citations, "every citation of every claim has a button in its claim's list");
        foreach (var result in results.EnumerateArray())
        {
            var claim = report.Dataset.Claims[result.GetProperty("claim").GetInt32()];
            var quote = claim.Claim.Citations[result.GetProperty("k").GetInt32()].Quote;
            var highlighted = result.GetProperty("text").GetString();
            highlighted.ShouldNotBeNull($"no passage highlighted for \"{quote}\"");

            // The highlighted text, folded as the validator folds, is the quote: the quote is found in it, and covers all of it.
            var found = SourceText.FromText("highlighted", highlighted).Find(quote);
            found.ShouldNotBeNull($"\"{highlighted}\" is not \"{quote}\"");
            (found.Value.Start, found.Value.Length).ShouldBe((0, highlighted.Length), $"\"{highlighted}\" is more than \"{quote}\"");
        }
    }

    [Fact]
    public async Task A_click_on_a_folded_quote_scrolls_its_passage_into_view_with_the_supporting_words_emphasized()
    {
        var report = ReportPages.Bundled;

        // A quote far down its text, whose passage differs from it (typographic apostrophes, quotes, dashes or line breaks folded) if any does.
        var (n, k, passage) = report.Validation.Quotes
            .Select(q => (Match: q, Text: report.Dataset.GetText(report.Dataset.GetSource(q.Citation.Source))!.Text))
            .Select(x => (x.Match, Passage: x.Text.Substring(x.Match.Span.Start, x.Match.Span.Length), x.Text))
            .OrderBy(x => x.Passage == x.Match.Citation.Quote.Trim() ? 1 : 0)
            .ThenByDescending(x => x.Match.Span.Start)
            .Select(x => (Entry: report.Dataset.Claims.First(c => c.Subject.Id == x.Match.Subject && c.Claim.Citations.Contains(x.Match.Citation)), x.Match, x.Passage))
            .Where(x => x.Entry.Claim.Sensitivity == Sensitivity.None && x.Entry.Subject is not Person { Sensitivity: not Sensitivity.None })
            .Select(x => (report.IndexOf(x.Entry), x.Entry.Claim.Citations.IndexOf(x.Match.Citation), x.Passage))
            .First();
        var page = await Open(report, reveal: false);
        var button = page.Locator($"#c{n} ol.cits > li").Nth(k).Locator("button.cite");
        await button.ClickAsync();
        var mark = page.Locator("#viewer #hl");
        await mark.WaitForAsync();
        (await mark.TextContentAsync()).ShouldBe(passage);
        (await mark.IsVisibleAsync()).ShouldBeTrue();
        var inView = await page.EvaluateAsync<bool>("""
            () => { const m = document.getElementById('hl').getBoundingClientRect(), t = document.getElementById('v-text').getBoundingClientRect();
                    return m.top >= t.top && m.top < t.bottom; }
            """);
        inView.ShouldBeTrue("the highlighted passage is scrolled into view");

        // A date claim: its quote's words that state the date are emphasized inside the highlight.
        var date = report.Dataset.Get<Incident>("may-1991-encounter").Dates[0];
        var d = report.IndexOf(report.Dataset.Claims.First(c => ReferenceEquals(c.Claim, date)));
        await page.Keyboard.PressAsync("Escape");
        await page.Locator($"#c{d} button.cite").First.ClickAsync();
        (await page.Locator("#viewer #hl strong.sup").AllTextContentsAsync()).ShouldBe([.. report.Dataset.EvidenceFor(date)[0].Support]);
    }

    [Fact]
    public async Task The_sensitivity_control_hides_and_reveals()
    {
        var report = ReportPages.Bundled;
        var page = await Open(report, reveal: false);
        var hidden = report.Dataset.Persons.Where(p => p.Sensitivity != Sensitivity.None).SelectMany(p => p.Names.Select(n => n.Value)).ToList();
        hidden.ShouldNotBeEmpty();
        var sensitiveFact = report.Dataset.Claims.First(c => c.Claim.Sensitivity.HasFlag(Sensitivity.Violence) && c.Subject is not Person { Sensitivity: not Sensitivity.None });
        var card = page.Locator($"#c{report.IndexOf(sensitiveFact)} > .body");

        async Task<string> Visible() => await page.EvaluateAsync<string>("() => document.body.innerText");

        // Redacted by default: no sensitive name or claim is visible, and each says it is withheld.
        foreach (var name in hidden)
        {
            (await Visible()).ShouldNotContain(name);
        }

        (await card.IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator($"#c{report.IndexOf(sensitiveFact)} > .mask").IsVisibleAsync()).ShouldBeTrue();

        // Revealed.
        await page.GetByLabel("Reveal sensitive content").CheckAsync();
        (await Visible()).ShouldContain(hidden[0]);
        (await card.IsVisibleAsync()).ShouldBeTrue();

        // Hidden again, in the evidence viewer too.
        await page.GetByLabel("Reveal sensitive content").UncheckAsync();
        (await card.IsVisibleAsync()).ShouldBeFalse();
        await page.Locator("#overview button.cite").First.ClickAsync();
        (await Visible()).ShouldNotContain(hidden[0]);
        (await page.Locator("#v-text .sens-t").CountAsync()).ShouldBeGreaterThan(0);
        await page.Keyboard.PressAsync("Escape");
        await page.GetByLabel("Reveal sensitive content").CheckAsync();
        await page.Locator("#overview button.cite").First.ClickAsync();
        (await page.EvaluateAsync<string>("() => document.getElementById('v-text').innerText")).ShouldContain(hidden[0]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_conflicts_section_lists_every_conflict_set_the_validator_reports(string name)
    {
        var report = ReportPages.Get(name);
        var page = await Open(report, reveal: true);
        var shown = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('#conflicts article.conflict')].map(a => ({
              index: +a.dataset.conflict,
              heading: a.querySelector('h3').textContent,
              values: [...a.querySelectorAll('.version')].map(v => v.dataset.value),
              visible: a.querySelector('.versions').checkVisibility() }))
            """);
        var sets = report.Validation.Conflicts;
        sets.Count.ShouldBeGreaterThan(0);
        shown.GetArrayLength().ShouldBe(sets.Count);
        var i = 0;
        foreach (var article in shown.EnumerateArray())
        {
            var set = sets[i];
            article.GetProperty("index").GetInt32().ShouldBe(i);
            article.GetProperty("heading").GetString()!.ShouldContain(report.Dataset.Get(set.SubjectId).DisplayName());
            article.GetProperty("values").EnumerateArray().Select(v => v.GetString()).ShouldBe(set.Versions.Select(v => v.Value));
            article.GetProperty("visible").GetBoolean().ShouldBeTrue();
            i++;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_timeline_is_in_the_order_of_Timeline(string name)
    {
        var report = ReportPages.Get(name);
        var page = await Open(report, reveal: true);
        var rows = await page.EvaluateAsync<JsonElement>("() => [...document.querySelectorAll('#timeline ol.timeline > li')].map(li => ({ claim: +li.dataset.claim, when: li.querySelector('.when').firstChild.textContent }))");
        var expected = report.Dataset.Timeline().Dated;
        rows.EnumerateArray().Select(r => r.GetProperty("claim").GetInt32()).ShouldBe(expected.Select(e => report.IndexOf(e.Claim)));
        rows.EnumerateArray().Select(r => r.GetProperty("when").GetString()).ShouldBe(expected.Select(e => e.When));
    }

    [Fact]
    public async Task Hostile_names_and_quotes_are_shown_as_text_and_run_nothing()
    {
        var report = ReportPages.HostileCase;
        report.Validation.ErrorCount.ShouldBe(0);

        // Without the content security policy, so that escaping alone is what stops them.
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { BypassCSP = true });
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync(report.Url);
        foreach (var button in await page.Locator("button.cite").AllAsync())
        {
            await button.ClickAsync();
            await page.Keyboard.PressAsync("Escape");
        }

        (await page.EvaluateAsync<bool>("() => window.__pwned === undefined")).ShouldBeTrue();
        (await page.Locator("img, svg [onload], [onerror]").CountAsync()).ShouldBe(0);
        (await page.Locator("a[href^='javascript']").CountAsync()).ShouldBe(0);
        (await page.Locator("script").CountAsync()).ShouldBe(2, "the page's data and its script, nothing else");
        (await page.EvaluateAsync<string>("() => document.body.innerText")).ShouldContain(Hostile.Payload);
        dialogs.ShouldBe(0);
    }

    [Fact]
    public async Task On_a_phone_nothing_overflows_and_print_leaves_out_the_controls()
    {
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 });
        await page.GotoAsync(ReportPages.Bundled.Url);
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("no horizontal scrolling on a phone");
        await page.Locator("#people button.cite").First.TapAsync();
        var box = await page.Locator("#viewer").BoundingBoxAsync();
        box.ShouldNotBeNull();
        box.Width.ShouldBeLessThanOrEqualTo(375);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await page.Locator("nav.toc").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".toggle").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("#timeline").IsVisibleAsync()).ShouldBeTrue();
    }

    /// <summary>Opens a page from its file, with sensitive content revealed or not.</summary>
    private async Task<IPage> Open(ReportPage report, bool reveal)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(report.Url);
        if (reveal && await page.Locator("#reveal").CountAsync() > 0)
        {
            await page.Locator("#reveal").CheckAsync();
        }

        return page;
    }
}
