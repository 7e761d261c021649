using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CaseRecords.Dates;
using CaseRecords.Diagnostics;
using CaseRecords.Reading;

namespace CaseRecords.Report;

/// <summary>
/// Writes the page: one HTML document with its style sheet, script and data inline. Everything it writes depends only
/// on the dataset, the validator's report and the options (no clock, no culture, no random ids), so the same input
/// gives the same bytes.
/// </summary>
internal sealed partial class PageWriter
{
    private const string DefaultTitle = "Case report";

    private static readonly JavaScriptEncoder JsonEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private readonly ReportModel model;
    private readonly Html html;
    private readonly string[] sourceLabels;

    public PageWriter(ReportModel model)
    {
        this.model = model;
        html = new Html(model.Options.MaxBytes);
        sourceLabels = Labels(model);
    }

    private CaseDataset Dataset => model.Dataset;

    /// <summary>
    /// What a citation's button says: the source's publisher, else its kind ("News article"), numbered when two
    /// sources would say the same. (A title such as "John Balcerzak" would read as a person's name.)
    /// </summary>
    private static string[] Labels(ReportModel model)
    {
        var labels = model.Sources.Select(s => Shorten(model.Scrub(s.Publisher ?? char.ToUpperInvariant(KindName(s.Kind)[0]) + KindName(s.Kind)[1..]), 40)).ToArray();
        foreach (var group in labels.Select((label, i) => (label, i)).GroupBy(x => x.label, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var number = 1;
            foreach (var (_, i) in group)
            {
                labels[i] += " " + number++.ToString(CultureInfo.InvariantCulture);
            }
        }

        return labels;
    }

    private bool Omit => model.Omit;

    /// <summary>Whether anything on the page can be revealed: the page redacts, and something is sensitive.</summary>
    private bool HasSensitive => model.Info.Any(i => i.Sensitive) || model.SensitivePersons.Count > 0;

    public string Write()
    {
        var title = model.Options.Title ?? DefaultTitle;
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src ").Raw(ReportAssets.ScriptHash)
            .Raw("; img-src data:; base-uri 'none'; form-action 'none'\">\n")
            .Raw("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\"CaseRecords\">\n<title>").Text(model.Scrub(title)).Raw("</title>\n<style>").Raw(ReportAssets.Css).Raw("</style>\n</head>\n<body>\n")
            .Raw("<a class=\"skip\" href=\"#main\">Skip to the report</a>\n");
        if (!Omit && HasSensitive)
        {
            // The control's state, before everything it shows or hides: the style sheet needs no script and no :has().
            html.Raw("<input type=\"checkbox\" id=\"reveal\" aria-describedby=\"reveal-note\">\n");
        }

        Header(title);
        html.Raw("<nav class=\"toc\" aria-label=\"Sections\"><ul><li><a href=\"#overview\">Overview</a></li><li><a href=\"#timeline\">Timeline</a></li><li><a href=\"#people\">People and organizations</a></li><li><a href=\"#incidents\">Incidents</a></li><li><a href=\"#proceedings\">Proceedings</a></li><li><a href=\"#conflicts\">Conflicts</a></li><li><a href=\"#markings\">Markings</a></li></ul></nav>\n");
        html.Raw("<main id=\"main\" class=\"wrap\">\n<noscript><p class=\"hint\">The evidence viewer needs JavaScript; each citation's quote is printed beside it.</p></noscript>\n");
        Overview();
        TimelineSection();
        People();
        Incidents();
        Proceedings();
        Conflicts();
        Markings();
        html.Raw("</main>\n<footer><div class=\"wrap\">Made with CaseRecords from ").Count(Dataset.Files.Count).Raw(Dataset.Files.Count == 1 ? " record file" : " record files")
            .Raw(" and the stored texts of their sources. Every quote was checked against its source by the validator; the highlighted passages are where it found them.</div></footer>\n");
        Viewer();
        Data();
        html.Raw("<script>").Raw(ReportAssets.Script).Raw("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private void Header(string title)
    {
        var persons = Dataset.Persons.Count(p => !model.Left(p));
        var claimCount = model.Info.Count(i => !model.Left(i.Index));
        html.Raw("<header class=\"top\"><div class=\"wrap\"><h1>").Text(model.Scrub(title)).Raw("</h1><p class=\"lede\">")
            .Count(model.Sources.Count).Raw(Plural(model.Sources.Count, " source", " sources")).Raw(" · ")
            .Count(persons).Raw(Plural(persons, " person", " persons")).Raw(" · ")
            .Count(Dataset.Organizations.Count).Raw(Plural(Dataset.Organizations.Count, " organization", " organizations")).Raw(" · ")
            .Count(Dataset.Incidents.Count).Raw(Plural(Dataset.Incidents.Count, " incident", " incidents")).Raw(" · ")
            .Count(Dataset.Proceedings.Count).Raw(Plural(Dataset.Proceedings.Count, " proceeding", " proceedings")).Raw(" · ")
            .Count(claimCount).Raw(Plural(claimCount, " claim", " claims")).Raw(". Every fact is a claim with its citations: open one to read the passage of the source it quotes.</p><div class=\"controls\">");
        if (Omit)
        {
            var claims = model.Info.Count(i => i.Sensitive);
            html.Raw("<p class=\"omitted\">Sensitive content is left out of this page: ").Count(model.SensitivePersons.Count).Raw(Plural(model.SensitivePersons.Count, " person", " persons"))
                .Raw(" and ").Count(claims).Raw(Plural(claims, " claim", " claims")).Raw(" (about minors, victims, violence or private life), and their names and passages are blanked out of the texts.</p>");
        }
        else if (HasSensitive)
        {
            var count = model.Info.Count(i => i.Sensitive);
            html.Raw("<label class=\"toggle\" for=\"reveal\"><span class=\"box\" aria-hidden=\"true\"></span> Reveal sensitive content</label><p class=\"omitted\" id=\"reveal-note\">")
                .Count(count).Raw(Plural(count, " claim", " claims")).Raw(" about minors, victims, violence or private life, and the names of ")
                .Count(model.SensitivePersons.Count).Raw(Plural(model.SensitivePersons.Count, " person", " persons")).Raw(" marked sensitive, are withheld until you reveal them.</p>");
        }

        html.Raw("</div></div></header>\n");
    }

    private void Viewer() =>
        html.Raw("<dialog id=\"viewer\" aria-labelledby=\"v-title\"><div class=\"v-bar\"><div><p class=\"v-kind\" id=\"v-kind\"></p><h2 id=\"v-title\">Source</h2><p class=\"v-meta\" id=\"v-meta\"></p></div>")
            .Raw("<button type=\"button\" class=\"v-close\" id=\"v-close\">Close</button></div><div class=\"v-claim\" id=\"v-claim\"></div><p class=\"v-where\" id=\"v-where\"></p>")
            .Raw("<div class=\"v-text\" id=\"v-text\" tabindex=\"0\" role=\"region\" aria-label=\"Source text\"></div></dialog>\n");

    /// <summary>The source texts and what the viewer shows of each source, as JSON that cannot end the script element.</summary>
    private void Data()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonEncoder }))
        {
            json.WriteStartObject();
            json.WriteStartArray("sources");
            for (var s = 0; s < model.Sources.Count; s++)
            {
                var source = model.Sources[s];
                json.WriteStartObject();
                json.WriteString("title", model.Scrub(source.Title));
                json.WriteString("kind", KindName(source.Kind));
                json.WriteString("meta", model.Scrub(SourceMeta(source)));
                if (model.Texts[s] is { } text)
                {
                    json.WriteString("text", text);
                }
                else
                {
                    json.WriteNull("text");
                }

                json.WriteStartArray("hide");
                foreach (var (start, length) in model.Hidden[s])
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(start);
                    json.WriteNumberValue(length);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                if (buffer.WrittenCount > model.Options.MaxBytes)
                {
                    throw new Html.LimitExceededException();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        html.Raw("<script type=\"application/json\" id=\"cr-data\">").Raw(Encoding.UTF8.GetString(buffer.WrittenSpan)).Raw("</script>\n");
    }

    // ---- Claims ----

    /// <summary>A claim in its home list (its entity's card): value, markings, note, findings, and every citation with its quote.</summary>
    private void ClaimItem(int n)
    {
        if (model.Left(n))
        {
            return;
        }

        var info = model.Info[n];
        html.Raw("<li class=\"claim").Raw(info.Sensitive && !Omit ? " sens-b" : string.Empty).Raw("\" id=\"c").Num(n).Raw("\" data-claim=\"").Num(n).Raw("\">");
        OpenSensitive(info.Why);
        html.Raw("<div class=\"val\">");
        Value(info.Entry);
        Rank(info.Entry.Claim.Rank);
        html.Raw("</div>");
        Marks(info);
        if (info.Entry.Claim.Note is { } note)
        {
            html.Raw("<p class=\"note\">Note: ");
            Text(note);
            html.Raw("</p>");
        }

        Findings(info.Findings);
        html.Raw("<ol class=\"cits\">");
        var citations = info.Entry.Claim.Citations;
        for (var k = 0; k < citations.Count; k++)
        {
            html.Raw("<li>");
            Cite(info, k);
            if (citations[k].RelayedFrom is { } party)
            {
                html.Raw(" <span class=\"per\">relays ");
                PartyName(party);
                html.Raw("</span>");
            }

            if (citations[k].Locator is { } locator)
            {
                html.Raw(" <span class=\"per\">(");
                Text(locator);
                html.Raw(")</span>");
            }

            html.Raw(" <q>");
            Text(QuoteShown(info, k), info.Support[k]);
            html.Raw("</q></li>");
        }

        html.Raw("</ol>");
        CloseSensitive(info.Why);
        html.Raw("</li>\n");
    }

    /// <summary>
    /// The quote as the page shows it: as cited; or, when sensitive content is left out, the passage as the page holds
    /// it, with the sensitive passages it overlaps blanked out as they are in the source's text.
    /// </summary>
    private string QuoteShown(ClaimInfo info, int k)
    {
        var citation = info.Entry.Claim.Citations[k];
        return Omit && info.Spans[k] is { } span && model.SourceIndexOf(citation.Source) is { } s && model.Texts[s] is { } text
            && span.Start >= 0 && span.Start + span.Length <= text.Length && text.AsSpan(span.Start, span.Length).Contains('\u2588')
            ? text.Substring(span.Start, span.Length)
            : citation.Quote;
    }

    /// <summary>The citation buttons of a claim, without quotes: for the timeline, the conflicts and the roles.</summary>
    private void Cites(int n)
    {
        var info = model.Info[n];
        html.Raw("<span class=\"cits-inline\">");
        for (var k = 0; k < info.Entry.Claim.Citations.Count; k++)
        {
            Cite(info, k);
        }

        html.Raw("</span>");
    }

    /// <summary>
    /// One citation's button. Its data-ev says what the viewer shows: the source's index, then where the validator found
    /// the quote (start and length in the stored text), then where the words that state the value are in the passage.
    /// </summary>
    private void Cite(ClaimInfo info, int k)
    {
        var citation = info.Entry.Claim.Citations[k];
        if (model.SourceIndexOf(citation.Source) is not { } s)
        {
            html.Raw("<span class=\"per\">").Text(citation.Source).Raw(" (no such source)</span>");
            return;
        }

        html.Raw("<button type=\"button\" class=\"cite\" data-ev=\"").Num(s);
        var text = Dataset.GetText(model.Sources[s])?.Text;
        if (info.Spans[k] is { } span && text is not null && span.Start >= 0 && span.Start + span.Length <= text.Length)
        {
            html.Raw(":").Num(span.Start).Raw(":").Num(span.Length).Raw(":");
            var passage = new SourceText("passage", text.Substring(span.Start, span.Length), new string('0', 64));
            var first = true;
            foreach (var word in info.Support[k])
            {
                if (QuoteFinder.FindAttached(passage, word) is { } found)
                {
                    html.Raw(first ? string.Empty : ",").Num(found.Start).Raw(".").Num(found.Length);
                    first = false;
                }
            }

            html.Raw("\"");
        }
        else
        {
            html.Raw("\" data-q=\"").Attr(model.Scrub(citation.Quote)).Raw("\"");
        }

        html.Raw(">").Text(sourceLabels[s]).Raw("</button>");
    }

    private void Marks(ClaimInfo info)
    {
        var claim = info.Entry.Claim;
        var relayed = claim.Citations.Where(c => c.IsRelayed).ToList();
        if (!info.SingleSource && relayed.Count == 0 && !claim.IsInferred && info.Conflicts.Count == 0)
        {
            return;
        }

        html.Raw("<div class=\"marks\">");
        if (info.SingleSource)
        {
            var independent = claim.IsInferred ? 0 : claim.Citations.Where(c => !c.IsRelayed).Select(c => c.Source).Distinct(StringComparer.Ordinal).Count();
            html.Raw("<span class=\"mk mk-single\">").Raw(independent == 0 ? "no independent source" : "single source").Raw("</span>");
        }

        foreach (var party in relayed.Select(c => c.RelayedFrom!).Distinct(StringComparer.Ordinal))
        {
            html.Raw("<span class=\"mk mk-relayed\">relayed: per ");
            PartyName(party);
            html.Raw("</span>");
        }

        if (claim.InferredFrom is { } from)
        {
            html.Raw("<span class=\"mk mk-inferred\">inferred from ");
            Text(from);
            html.Raw("</span>");
        }

        foreach (var c in info.Conflicts)
        {
            html.Raw("<a class=\"mk mk-conflict\" href=\"#k").Num(c).Raw("\">sources disagree</a>");
        }

        html.Raw("</div>");
    }

    private void Findings(List<Diagnostic>? findings)
    {
        if (findings is null || findings.Count == 0)
        {
            return;
        }

        html.Raw("<ul class=\"findings\">");
        foreach (var finding in findings)
        {
            var severity = Severity(finding.Severity);
            html.Raw("<li class=\"f-").Raw(severity).Raw("\"><span class=\"sev\">").Raw(severity).Raw("</span> ").Text(finding.Code).Raw(": ");
            Text(finding.Message);
            html.Raw("</li>");
        }

        html.Raw("</ul>");
    }

    private void Rank(ClaimRank rank)
    {
        if (rank == ClaimRank.Preferred)
        {
            html.Raw("<span class=\"rank pref\">preferred</span>");
        }
        else if (rank == ClaimRank.Deprecated)
        {
            html.Raw("<span class=\"rank dep\">deprecated</span>");
        }
    }

    /// <summary>A claim's value, with links to the records it refers to.</summary>
    private void Value(ClaimEntry entry)
    {
        var claim = entry.Claim;
        switch (claim.UntypedValue)
        {
            case CaseDate date:
                Text(date.ToDisplayString());
                Stated(claim.AsStated, date.ToDisplayString());
                return;
            case Reference reference:
                Link(reference);
                break;
            case Fact fact:
                html.Raw("<span class=\"prop\">");
                Text(fact.Property);
                html.Raw(":</span> ");
                var first = true;
                foreach (var part in new[] { fact.Text, fact.Date?.ToDisplayString(), fact.Place is null ? null : "at " + fact.Place, fact.Quantity?.ToString(), fact.Money?.ToString() })
                {
                    if (part is not null)
                    {
                        html.Raw(first ? string.Empty : ", ");
                        Text(part);
                        first = false;
                    }
                }

                if (fact.Related is { } related)
                {
                    html.Raw(first ? string.Empty : " ").Raw("→ ");
                    Link(related);
                }

                break;
            default:
                Text(claim.UntypedValue.ToString());
                break;
        }

        Stated(claim.AsStated, null);
    }

    private void Stated(string? asStated, string? shown)
    {
        if (asStated is not null && !string.Equals(asStated, shown, StringComparison.OrdinalIgnoreCase))
        {
            html.Raw(" <span class=\"stated\">(“");
            Text(asStated);
            html.Raw("”)</span>");
        }
    }

    private void Link(Reference reference)
    {
        var target = model.Resolve(reference.Id);
        if (target is not null && model.IndexOf(target) is { } e && !model.Left(target))
        {
            html.Raw("<a href=\"#e").Num(e).Raw("\">");
            Text(target.DisplayName());
            html.Raw("</a>");
        }
        else
        {
            Text(target is null ? reference.Id : target.DisplayName());
        }

        if (reference.Role is { } role)
        {
            html.Raw(" <span class=\"prop\">(");
            Text(role);
            html.Raw(")</span>");
        }
    }

    /// <summary>A relayed party: a person, an organization or a source.</summary>
    private void PartyName(string id)
    {
        if (model.Resolve(id) is { } entity)
        {
            Link(new Reference(id));
        }
        else
        {
            Text(model.SourceIndexOf(id) is { } s ? sourceLabels[s] : id);
        }
    }

    /// <summary>A claim's value as plain text, for lists and drawings.</summary>
    private string ValueText(ClaimEntry entry) => entry.Claim.UntypedValue switch
    {
        CaseDate date => date.ToDisplayString(),
        Reference reference => RefText(reference),
        Fact fact => fact.Property + ": " + string.Join(", ", new[] { fact.Text, fact.Date?.ToDisplayString(), fact.Place is null ? null : "at " + fact.Place, fact.Quantity?.ToString(), fact.Money?.ToString(), fact.Related is null ? null : "→ " + RefText(fact.Related) }.Where(p => p is not null)),
        var value => value.ToString() ?? string.Empty,
    };

    private string RefText(Reference reference) =>
        (model.Resolve(reference.Id)?.DisplayName() ?? reference.Id) + (reference.Role is null ? string.Empty : $" ({reference.Role})");

    // ---- Sensitivity and text ----

    /// <summary>Opens the hidden part of a sensitive block (the caller's element has the class sens-b).</summary>
    private void OpenSensitive(Sensitivity why)
    {
        if (why != Sensitivity.None && !Omit)
        {
            html.Raw("<p class=\"mask\">Withheld: ").Raw(Describe(why)).Raw(". Turn on “Reveal sensitive content” at the top of the page to show it.</p><div class=\"body\">");
        }
    }

    private void CloseSensitive(Sensitivity why)
    {
        if (why != Sensitivity.None && !Omit)
        {
            html.Raw("</div>");
        }
    }

    private static string Describe(Sensitivity why)
    {
        var parts = new List<string>();
        if (why.HasFlag(Sensitivity.Minor))
        {
            parts.Add("about a minor");
        }

        if (why.HasFlag(Sensitivity.Victim))
        {
            parts.Add("about a victim");
        }

        if (why.HasFlag(Sensitivity.Violence))
        {
            parts.Add("describes violence");
        }

        if (why.HasFlag(Sensitivity.PrivateLife))
        {
            parts.Add("about private life");
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// A text from the records or the sources: escaped; the names of sensitive persons withheld (hidden until revealed,
    /// or replaced when sensitive content is left out); the <paramref name="emphasize"/> words (those that state a
    /// claim's value) emphasized.
    /// </summary>
    private void Text(string? value, EquatableArray<string> emphasize = default)
    {
        if (value is null)
        {
            return;
        }

        var text = Omit ? model.Scrub(value) : value;
        var hide = Omit ? [] : model.NamesIn(text);
        var strong = new List<(int Start, int Length)>();
        foreach (var word in emphasize)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                strong.Add((at, word.Length));
            }
        }

        if (hide.Count == 0 && strong.Count == 0)
        {
            html.Text(text);
            return;
        }

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var (start, length) in hide.Concat(strong))
        {
            cuts.Add(start);
            cuts.Add(start + length);
        }

        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (a, b) = (points[i], points[i + 1]);
            var hidden = hide.Any(r => a >= r.Start && a < r.Start + r.Length);
            var emphasized = strong.Any(r => a >= r.Start && a < r.Start + r.Length);
            html.Raw(hidden ? "<span class=\"sens-t\"><span>" : string.Empty).Raw(emphasized ? "<strong class=\"sup\">" : string.Empty)
                .Text(text.AsSpan(a, b - a))
                .Raw(emphasized ? "</strong>" : string.Empty).Raw(hidden ? "</span><span class=\"w\">withheld</span></span>" : string.Empty);
        }
    }

    // ---- Small helpers ----

    private static string Plural(long count, string one, string many) => count == 1 ? one : many;

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "information",
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private static string KindName(SourceKind kind) => kind switch
    {
        SourceKind.EncyclopediaArticle => "encyclopedia article",
        SourceKind.NewsArticle => "news article",
        SourceKind.CourtRecord => "court record",
        SourceKind.SocialMediaPost => "social-media post",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string KindName(ProceedingKind kind) => kind switch
    {
        ProceedingKind.FederalAppeal => "federal appeal",
        ProceedingKind.CivilLawsuit => "civil lawsuit",
        ProceedingKind.CriminalTrial => "criminal trial",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string SourceMeta(Source source) => string.Join(" · ", new[]
    {
        source.Author,
        source.Publisher,
        source.Published is { } published ? "published " + published.ToDisplayString() : null,
        source.Retrieved is { } retrieved ? "retrieved " + retrieved.ToDisplayString() : null,
    }.Where(p => p is not null));

    private static string Percent(double value) => value.ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
