using CaseRecords.Dates;
using CaseRecords.Diagnostics;
using CaseRecords.Reading;
using CaseRecords.Validation;
using NodaTime;

namespace CaseRecords.Report;

internal sealed partial class PageWriter
{
    private static readonly Dictionary<string, string> ListHeadings = new(StringComparer.Ordinal)
    {
        ["names"] = "Names",
        ["dates"] = "Dates",
        ["places"] = "Places",
        ["participants"] = "Participants",
        ["forums"] = "Heard by",
        ["parties"] = "Parties",
        ["filed"] = "Filed or begun",
        ["decided"] = "Decided",
        ["outcomes"] = "Outcomes",
        ["concerns"] = "Concerns",
        ["reviews"] = "Reviews",
        ["follows"] = "Follows",
        ["facts"] = "Facts",
    };

    // ---- Overview ----

    private void Overview()
    {
        var report = model.Validation;
        var citations = model.Info.Sum(i => i.Entry.Claim.Citations.Count);
        var relayed = model.Info.Sum(i => i.Entry.Claim.Citations.Count(c => c.IsRelayed));
        html.Raw("<section class=\"part\" id=\"overview\" aria-labelledby=\"h-overview\"><h2 id=\"h-overview\">Overview</h2>\n<dl class=\"counts\">");
        Stat("Sources", model.Sources.Count);
        Stat("Persons", Dataset.Persons.Count(p => !model.Left(p)));
        Stat("Organizations", Dataset.Organizations.Count);
        Stat("Incidents", Dataset.Incidents.Count);
        Stat("Proceedings", Dataset.Proceedings.Count);
        Stat("Claims", model.Claims.Count);
        Stat("Citations", citations);
        Stat("Relayed citations", relayed);
        Stat("Conflict sets", report.Conflicts.Count);
        Stat("Single-source claims", model.Info.Count(i => i.SingleSource));
        Stat("Inferred claims", model.Info.Count(i => i.Entry.Claim.IsInferred));
        html.Raw("</dl>\n");

        // The validation summary.
        var clean = report.ErrorCount == 0 && report.WarningCount == 0;
        html.Raw("<div class=\"status ").Raw(clean ? "ok" : "bad").Raw("\" id=\"validation\"><p><strong>Validation: ")
            .Count(report.ErrorCount).Raw(Plural(report.ErrorCount, " error, ", " errors, ")).Count(report.WarningCount).Raw(Plural(report.WarningCount, " warning", " warnings"))
            .Raw(", ").Count(report.InformationCount).Raw(" information").Raw(report.Waived.Count > 0 ? ", " : string.Empty);
        if (report.Waived.Count > 0)
        {
            html.Count(report.Waived.Count).Raw(" waived");
        }

        html.Raw(".</strong></p><p>").Count(report.Quotes.Count).Raw(" of ").Count(report.CitationCount)
            .Raw(" quotes found in their sources' stored texts (white space, typographic quotes, apostrophes and dashes folded, nothing else). ")
            .Count(report.Conflicts.Count).Raw(Plural(report.Conflicts.Count, " place where the sources disagree.", " places where the sources disagree.")).Raw("</p>");
        if (!report.LeftOut.IsEmpty)
        {
            html.Raw("<p>");
            Text(Loading.LeftOutRecord.Summarize(report.LeftOut) + ".");
            html.Raw("</p>");
        }

        var serious = model.Info.Where(i => !model.Left(i.Index)).SelectMany(i => i.Findings.Where(f => f.Severity >= DiagnosticSeverity.Warning).Select(f => (i.Index, f))).ToList();
        if (serious.Count > 0)
        {
            html.Raw("<p>Errors and warnings on claims (each is also shown on its claim):</p><ul>");
            foreach (var (n, finding) in serious)
            {
                html.Raw("<li><a href=\"#c").Num(n).Raw("\">").Raw(Severity(finding.Severity)).Raw(" ").Text(finding.Code).Raw("</a> ");
                Text(finding.Message);
                html.Raw("</li>");
            }

            html.Raw("</ul>");
        }

        if (model.OtherFindings.Count > 0)
        {
            html.Raw("<p>Findings on the record files:</p>");
            Findings(model.OtherFindings);
        }

        html.Raw("</div>\n");

        // The sources.
        html.Raw("<h3>Sources</h3>\n<div class=\"table\"><table><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Kind</th><th scope=\"col\">Publisher</th><th scope=\"col\">Published</th><th scope=\"col\">Cited by</th></tr></thead><tbody>");
        for (var s = 0; s < model.Sources.Count; s++)
        {
            var source = model.Sources[s];
            var claims = Dataset.ClaimsCiting(source.Id).Count(e => model.IndexOf(e) is not { } n || !model.Left(n));
            var cited = model.Info.Where(i => !model.Left(i.Index)).Sum(i => i.Entry.Claim.Citations.Count(c => c.Source == source.Id));
            html.Raw("<tr id=\"s").Num(s).Raw("\"><td><strong>");
            Text(source.Title);
            html.Raw("</strong><br><span class=\"src-list\">cited as “").Text(sourceLabels[s]).Raw("”</span>");
            if (source.Author is { } author)
            {
                html.Raw("<br>by ");
                Text(author);
            }

            if (source.Url is { } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                html.Raw("<br><a href=\"").Attr(url.AbsoluteUri).Raw("\" rel=\"noreferrer noopener\">").Text(Shorten(url.Host + url.AbsolutePath, 60)).Raw("</a>");
            }

            html.Raw(" <button type=\"button\" class=\"cite\" data-ev=\"").Num(s).Raw("\">Read the text</button>");
            if (model.SourceFindings.TryGetValue(s, out var findings))
            {
                Findings(findings);
            }

            html.Raw("</td><td>").Text(KindName(source.Kind)).Raw("</td><td>").Text(source.Publisher ?? "—").Raw("</td><td>")
                .Text(source.Published?.ToDisplayString() ?? "—").Raw("</td><td>").Count(claims).Raw(Plural(claims, " claim", " claims")).Raw(", ")
                .Count(cited).Raw(Plural(cited, " citation", " citations")).Raw("</td></tr>");
        }

        html.Raw("</tbody></table></div>\n</section>\n");

        void Stat(string label, long value) => html.Raw("<div><dt>").Raw(label).Raw("</dt><dd>").Count(value).Raw("</dd></div>");
    }

    // ---- Timeline ----

    private void TimelineSection()
    {
        var timeline = Dataset.Timeline();
        var entries = timeline.Dated.Where(e => model.IndexOf(e.Claim) is not { } n || !model.Left(n)).ToList();
        html.Raw("<section class=\"part\" id=\"timeline\" aria-labelledby=\"h-timeline\"><h2 id=\"h-timeline\">Timeline</h2>\n")
            .Raw("<p class=\"hint\">Each date as precisely as its source gives it: a month, a year or a span is drawn as the whole stretch of time it may be, never as an invented day.</p>\n");
        var bounds = entries.SelectMany(e => new[] { e.Date.Earliest, e.Date.Latest }).OfType<LocalDate>().ToList();
        if (bounds.Count == 0)
        {
            html.Raw("<p>No claim is dated.</p>");
        }
        else
        {
            var first = new LocalDate(bounds.Min().Year, 1, 1);
            var last = new LocalDate(bounds.Max().Year, 12, 31);
            var total = Period.DaysBetween(first, last) + 1.0;
            double At(LocalDate d) => Math.Clamp(Period.DaysBetween(first, d) / total * 100, 0, 100);

            html.Raw("<div class=\"legend\"><span><span class=\"bar\"></span>a day</span><span><span class=\"bar span\"></span>a month, a year or a span: the date lies somewhere in it</span></div>");
            var years = last.Year - first.Year + 1;
            var step = years <= 12 ? 1 : years <= 30 ? 5 : years <= 80 ? 10 : years <= 250 ? 25 : 100;
            html.Raw("<div class=\"track-head\" aria-hidden=\"true\"><div></div><div class=\"axis\">");
            for (var year = (first.Year + step - 1) / step * step; year <= last.Year; year += step)
            {
                html.Raw("<span style=\"left:").Raw(Percent(At(new LocalDate(year, 1, 1)))).Raw("\">").Num(year).Raw("</span>");
            }

            html.Raw("</div></div>\n<ol class=\"timeline\">");
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var n = model.IndexOf(entry.Claim);
                var info = n is { } index ? model.Info[index] : null;
                var why = info?.Why ?? Sensitivity.None;
                html.Raw("<li class=\"tl").Raw(why != Sensitivity.None && !Omit ? " sens-b" : string.Empty).Raw("\" id=\"t").Num(i).Raw("\"").Raw(n is null ? string.Empty : " data-claim=\"").Raw(n is { } m ? m.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"" : string.Empty).Raw(">");
                OpenSensitive(why);
                html.Raw("<div class=\"tl-row\"><div class=\"when\">");
                Text(entry.When);
                if (entry.AsStated is { } stated && !string.Equals(stated, entry.When, StringComparison.OrdinalIgnoreCase))
                {
                    html.Raw("<small>“");
                    Text(stated);
                    html.Raw("”</small>");
                }

                html.Raw("</div><div><div class=\"val\">");
                if (model.IndexOf(entry.Claim.Subject) is { } e)
                {
                    html.Raw("<a href=\"#").Raw(n is { } c ? "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "e" + e.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("\">");
                    Text(entry.What);
                    html.Raw("</a>");
                }
                else
                {
                    Text(entry.What);
                }

                html.Raw("</div>");
                var start = entry.Date.Earliest;
                var end = entry.Date.Latest;
                var left = start is { } s ? At(s) : 0;
                var right = end is { } l ? At(l.PlusDays(1)) : 100;
                var span = start is null || end is null || start != end;
                html.Raw("<div class=\"track\" aria-hidden=\"true\"><span class=\"bar").Raw(span ? " span" : string.Empty).Raw(start is null || end is null ? " open" : string.Empty)
                    .Raw("\" style=\"left:").Raw(Percent(left)).Raw(";width:").Raw(Percent(Math.Max(0, right - left))).Raw("\"></span></div>");
                if (n is { } claim)
                {
                    Cites(claim);
                }

                html.Raw("</div></div>");
                CloseSensitive(why);
                html.Raw("</li>\n");
            }

            html.Raw("</ol>\n");
        }

        if (timeline.Undated.Count > 0)
        {
            html.Raw("<h3>Undated</h3><p class=\"hint\">Incidents and proceedings that no source dates.</p><ul class=\"plain\">");
            foreach (var entity in timeline.Undated)
            {
                html.Raw("<li>");
                EntityLink(entity);
                html.Raw("</li>");
            }

            html.Raw("</ul>\n");
        }

        html.Raw("</section>\n");
    }

    // ---- Entities ----

    private void People()
    {
        html.Raw("<section class=\"part\" id=\"people\" aria-labelledby=\"h-people\"><h2 id=\"h-people\">People and organizations</h2>\n")
            .Raw("<p class=\"hint\">Every name with the sources that use it, every fact, and each role in the incidents and proceedings.</p>\n");
        var involvements = Involvements();
        foreach (var person in Dataset.Persons)
        {
            Card(person, involvements);
        }

        foreach (var organization in Dataset.Organizations)
        {
            Card(organization, involvements);
        }

        html.Raw("</section>\n");
    }

    private void Incidents()
    {
        html.Raw("<section class=\"part\" id=\"incidents\" aria-labelledby=\"h-incidents\"><h2 id=\"h-incidents\">Incidents</h2>\n");
        foreach (var incident in Dataset.Incidents)
        {
            Card(incident, null);
        }

        if (Dataset.Incidents.Count == 0)
        {
            html.Raw("<p>No incidents.</p>");
        }

        html.Raw("</section>\n");
    }

    /// <summary>An entity's card: its name and kind, and every claim, list by list, then its roles.</summary>
    private void Card(Entity entity, Dictionary<string, List<Involvement>>? involvements)
    {
        if (model.Left(entity) || model.IndexOf(entity) is not { } e)
        {
            return;
        }

        var why = entity is Person person ? person.Sensitivity : Sensitivity.None;
        html.Raw("<article class=\"entity").Raw(why != Sensitivity.None && !Omit ? " sens-b" : string.Empty).Raw("\" id=\"e").Num(e).Raw("\" aria-labelledby=\"h-e").Num(e).Raw("\"><header><h3 id=\"h-e").Num(e).Raw("\">");
        Text(entity.DisplayName());
        html.Raw("</h3><span class=\"kind\">").Raw(entity switch
        {
            Proceeding p => KindName(p.ProceedingKind),
            _ => entity.Kind.ToString().ToLowerInvariant(),
        }).Raw("</span></header>");
        OpenSensitive(why);
        if (entity.Label is not null)
        {
            html.Raw("<p class=\"note\">The title is the curator's label, not a quotation.</p>");
        }

        Findings(model.EntityFindings.GetValueOrDefault(e));
        html.Raw("<div class=\"grid\">");
        foreach (var (property, claims) in entity.ClaimLists)
        {
            var shown = Enumerable.Range(0, claims.Count).Select(i => model.IndexOf(new ClaimEntry(entity, property, i, claims[i]))).OfType<int>().Where(n => !model.Left(n)).ToList();
            if (shown.Count == 0)
            {
                continue;
            }

            html.Raw("<section><h4>").Raw(ListHeadings.GetValueOrDefault(property, property)).Raw("</h4><ul class=\"claims\">");
            foreach (var n in shown)
            {
                ClaimItem(n);
            }

            html.Raw("</ul></section>");
        }

        var roles = entity switch
        {
            Person p => Dataset.TryGet(p.Id, out var first) && ReferenceEquals(first, p) ? [.. Dataset.RecordOf(p.Id).Involvements] : involvements?.GetValueOrDefault(p.Id),
            Organization => involvements?.GetValueOrDefault(entity.Id),
            _ => null,
        };
        var listed = roles?.Select(r => (r, model.IndexOf(r.Claim))).Where(x => x.Item2 is { } n && !model.Left(n)).ToList() ?? [];
        if (listed.Count > 0)
        {
            html.Raw("<section><h4>Roles</h4><ul class=\"roles\">");
            foreach (var (involvement, n) in listed)
            {
                var info = model.Info[n!.Value];
                html.Raw("<li").Raw(info.Sensitive && !Omit ? " class=\"sens-b\"" : string.Empty).Raw(" data-claim=\"").Num(n.Value).Raw("\">");
                OpenSensitive(info.Why);
                html.Raw("<span class=\"val\">");
                Text(involvement.Role ?? (involvement.Claim.Property == "forums" ? "forum" : "involved"));
                html.Raw(" in ");
                EntityLink(involvement.Record);
                html.Raw("</span> ");
                Cites(n.Value);
                CloseSensitive(info.Why);
                html.Raw("</li>");
            }

            html.Raw("</ul></section>");
        }

        html.Raw("</div>");
        CloseSensitive(why);
        html.Raw("</article>\n");
    }

    /// <summary>Who takes part in what: participants, parties, forums and related entities of facts, by the id of the one taking part.</summary>
    private Dictionary<string, List<Involvement>> Involvements()
    {
        var result = new Dictionary<string, List<Involvement>>(StringComparer.Ordinal);
        foreach (var entry in model.Claims)
        {
            var reference = entry.Claim.UntypedValue switch
            {
                Reference r when entry.Property is "participants" or "parties" or "forums" => r,
                Fact { Related: { } r } => r,
                _ => null,
            };
            if (reference is not null)
            {
                if (!result.TryGetValue(reference.Id, out var list))
                {
                    result[reference.Id] = list = [];
                }

                list.Add(new Involvement(entry.Subject, reference.Role, entry));
            }
        }

        return result;
    }

    private void EntityLink(Entity entity)
    {
        if (model.IndexOf(entity) is { } e && !model.Left(entity))
        {
            html.Raw("<a href=\"#e").Num(e).Raw("\">");
            Text(entity.DisplayName());
            html.Raw("</a>");
        }
        else
        {
            Text(model.Left(entity) ? "[withheld]" : entity.DisplayName());
        }
    }

    // ---- Proceedings ----

    private void Proceedings()
    {
        html.Raw("<section class=\"part\" id=\"proceedings\" aria-labelledby=\"h-proceedings\"><h2 id=\"h-proceedings\">Proceedings</h2>\n")
            .Raw("<p class=\"hint\">Proceedings linked by review (an appeal reviews a ruling: solid arrow) and succession (a lawsuit follows a dismissal: dashed arrow), each with its outcome and date. Each chain is drawn, then each of its proceedings is listed with its claims.</p>\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var chains = new List<ProceedingChain>();
        foreach (var proceeding in Dataset.Proceedings)
        {
            if (seen.Add(proceeding.Id))
            {
                var chain = Dataset.ChainOf(proceeding.Id);
                foreach (var step in chain.Steps)
                {
                    seen.Add(step.Proceeding.Id);
                }

                chains.Add(chain);
            }
        }

        var number = 0;
        foreach (var chain in chains.Where(c => c.Steps.Count > 1))
        {
            Chain(chain, number++);
            foreach (var step in chain.Steps)
            {
                Card(step.Proceeding, null);
            }
        }

        var alone = chains.Where(c => c.Steps.Count == 1).ToList();
        if (alone.Count > 0)
        {
            html.Raw("<h3>").Raw(number > 0 ? "Other proceedings" : "Proceedings").Raw("</h3>\n");
            foreach (var chain in alone)
            {
                Card(chain.Steps[0].Proceeding, null);
            }
        }

        if (chains.Count == 0)
        {
            html.Raw("<p>No proceedings.</p>");
        }

        html.Raw("</section>\n");
    }

    /// <summary>
    /// A chain drawn as inline SVG: the steps top to bottom in chain order, each with its kind, date, name and outcome;
    /// an arrow from each proceeding to the one that reviews (solid) or follows (dashed) it, on the left for steps apart.
    /// </summary>
    private void Chain(ProceedingChain chain, int number)
    {
        const int Width = 480, BoxHeight = 82, Gap = 30, Top = 10, LineHeight = 17;
        var steps = chain.Steps;
        var position = steps.Select((s, i) => (s.Proceeding.Id, i)).GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var edges = new List<(int From, int To, bool Reviews)>();
        for (var j = 0; j < steps.Count; j++)
        {
            foreach (var id in steps[j].Reviews.Concat(steps[j].Follows).Distinct(StringComparer.Ordinal))
            {
                if (position.TryGetValue(id, out var i) && i != j)
                {
                    edges.Add((Math.Min(i, j), Math.Max(i, j), steps[j].Reviews.Contains(id)));
                }
            }
        }

        // Arcs for steps apart, each at a depth that no overlapping arc uses.
        var arcs = edges.Where(e => e.To - e.From > 1).OrderBy(e => e.To - e.From).ThenBy(e => e.From).ToList();
        var depth = new int[arcs.Count];
        for (var a = 0; a < arcs.Count; a++)
        {
            var used = Enumerable.Range(0, a).Where(b => arcs[b].From < arcs[a].To && arcs[a].From < arcs[b].To).Select(b => depth[b]).ToHashSet();
            while (used.Contains(depth[a]))
            {
                depth[a]++;
            }
        }

        var levels = arcs.Count == 0 ? 0 : depth.Max() + 1;
        var left = 12 + (levels * 14);
        var height = Top + (steps.Count * (BoxHeight + Gap)) - Gap + 10;
        var title = "Chain of " + steps.Count + " proceedings: " + string.Join(" → ", steps.Select(s => s.Proceeding.DisplayName()));
        html.Raw("<div class=\"chain\"><figure><svg viewBox=\"0 0 ").Num(Width).Raw(" ").Num(height).Raw("\" role=\"img\" aria-labelledby=\"chain-").Num(number).Raw("\"><title id=\"chain-").Num(number).Raw("\">")
            .Text(model.Scrub(title)).Raw("</title><defs><marker id=\"ah-").Num(number).Raw("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path class=\"head\" d=\"M0 0L10 5L0 10z\"/></marker>")
            .Raw("<marker id=\"af-").Num(number).Raw("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path class=\"head follows\" d=\"M0 0L10 5L0 10z\"/></marker></defs>");
        int Y(int i) => Top + (i * (BoxHeight + Gap));
        foreach (var (from, to, reviews) in edges.Where(e => e.To - e.From == 1))
        {
            var x = left + 40;
            html.Raw("<path class=\"edge").Raw(reviews ? string.Empty : " follows").Raw("\" d=\"M").Num(x).Raw(" ").Num(Y(from) + BoxHeight).Raw("V").Num(Y(to) - 2)
                .Raw("\" marker-end=\"url(#").Raw(reviews ? "ah-" : "af-").Num(number).Raw(")\"/>");
        }

        for (var a = 0; a < arcs.Count; a++)
        {
            var (from, to, reviews) = arcs[a];
            var x = left - 8 - (depth[a] * 14);
            var y1 = Y(from) + (BoxHeight / 2) + 8;
            var y2 = Y(to) + (BoxHeight / 2) - 8;
            html.Raw("<path class=\"edge").Raw(reviews ? string.Empty : " follows").Raw("\" d=\"M").Num(left).Raw(" ").Num(y1).Raw("H").Num(x + 6).Raw("Q").Num(x).Raw(" ").Num(y1).Raw(" ").Num(x).Raw(" ").Num(y1 + 6)
                .Raw("V").Num(y2 - 6).Raw("Q").Num(x).Raw(" ").Num(y2).Raw(" ").Num(x + 6).Raw(" ").Num(y2).Raw("H").Num(left - 1)
                .Raw("\" marker-end=\"url(#").Raw(reviews ? "ah-" : "af-").Num(number).Raw(")\"/>");
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var proceeding = steps[i].Proceeding;
            var y = Y(i);
            var decided = proceeding.Decided.FirstOrDefault(c => !Hidden(proceeding, "decided", c));
            var filed = proceeding.Filed.FirstOrDefault(c => !Hidden(proceeding, "filed", c));
            var when = decided is not null ? "decided " + decided.Value.ToDisplayString() : filed is not null ? "begun " + filed.Value.ToDisplayString() : "undated";
            var outcome = proceeding.Outcomes.FirstOrDefault(c => !Hidden(proceeding, "outcomes", c))?.Value;
            html.Raw("<rect class=\"box").Raw(decided is not null ? " decided" : string.Empty).Raw("\" x=\"").Num(left).Raw("\" y=\"").Num(y).Raw("\" width=\"").Num(Width - left - 4).Raw("\" height=\"").Num(BoxHeight).Raw("\" rx=\"7\"/>");
            var x = left + 12;
            html.Raw("<text class=\"t-kind\" x=\"").Num(x).Raw("\" y=\"").Num(y + 18).Raw("\">").Text(model.Scrub((KindName(proceeding.ProceedingKind) + " · " + when).ToUpperInvariant())).Raw("</text>");
            var lines = Wrap(model.Scrub(proceeding.DisplayName()), 50, 2);
            for (var l = 0; l < lines.Count; l++)
            {
                html.Raw("<text class=\"t-name\" x=\"").Num(x).Raw("\" y=\"").Num(y + 18 + ((l + 1) * LineHeight)).Raw("\">").Text(lines[l]).Raw("</text>");
            }

            html.Raw("<text class=\"t-out\" x=\"").Num(x).Raw("\" y=\"").Num(y + 18 + (3 * LineHeight) + 1).Raw("\">")
                .Text(outcome is null ? "no outcome recorded" : Shorten("→ " + model.Scrub(outcome), 60)).Raw("</text>");
        }

        html.Raw("</svg><figcaption class=\"legend\"><span>Solid arrow: reviews (an appeal of a ruling).</span><span>Dashed arrow: follows.</span><span>Blue border: decided.</span></figcaption></figure></div>\n");

        bool Hidden(Proceeding proceeding, string property, Claim claim)
        {
            var list = property switch
            {
                "decided" => proceeding.Decided.IndexOf((Claim<CaseDate>)claim),
                "filed" => proceeding.Filed.IndexOf((Claim<CaseDate>)claim),
                _ => proceeding.Outcomes.IndexOf((Claim<string>)claim),
            };
            return model.IndexOf(new ClaimEntry(proceeding, property, list, claim)) is { } n && model.Info[n].Sensitive;
        }
    }

    /// <summary>Breaks a text into at most <paramref name="lines"/> lines of about <paramref name="width"/> characters, the last shortened with an ellipsis.</summary>
    private static List<string> Wrap(string text, int width, int lines)
    {
        var result = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                result.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            result.Add(line);
        }

        if (result.Count > lines)
        {
            result = result.Take(lines).ToList();
            result[^1] = Shorten(result[^1] + " …", width);
        }

        return [.. result.Select(l => Shorten(l, width))];
    }

    // ---- Conflicts ----

    private void Conflicts()
    {
        var conflicts = model.Validation.Conflicts;
        html.Raw("<section class=\"part\" id=\"conflicts\" aria-labelledby=\"h-conflicts\"><h2 id=\"h-conflicts\">Conflicts</h2>\n<p class=\"hint\">")
            .Count(conflicts.Count).Raw(Plural(conflicts.Count, " place", " places")).Raw(" where the sources disagree, as the validator reports them: each version side by side, with its sources and its rank.</p>\n");
        for (var c = 0; c < conflicts.Count; c++)
        {
            var set = conflicts[c];
            var versions = set.Versions.Select(v => (Version: v, Claims: v.Claims.Select(model.IndexOf).OfType<int>().ToList())).ToList();
            var subject = model.Resolve(set.SubjectId);
            var why = versions.SelectMany(v => v.Claims).Aggregate(Sensitivity.None, (w, n) => w | model.Info[n].Why);
            var allSensitive = versions.All(v => v.Claims.Count > 0 && v.Claims.All(n => model.Info[n].Sensitive)) || (subject is not null && model.IsSensitive(subject));
            if (Omit)
            {
                versions = versions.Where(v => v.Claims.Count == 0 || !v.Claims.All(n => model.Info[n].Sensitive)).ToList();
                if (versions.Count < 2 || (subject is not null && model.IsSensitive(subject)))
                {
                    continue;
                }
            }

            var blockWhy = allSensitive ? why : Sensitivity.None;
            html.Raw("<article class=\"conflict").Raw(blockWhy != Sensitivity.None && !Omit ? " sens-b" : string.Empty).Raw("\" id=\"k").Num(c).Raw("\" data-conflict=\"").Num(c)
                .Raw("\" aria-labelledby=\"h-k").Num(c).Raw("\"><h3 id=\"h-k").Num(c).Raw("\">");
            if (subject is not null)
            {
                EntityLink(subject);
            }
            else
            {
                Text(set.SubjectId);
            }

            html.Raw(" — ");
            Text(set.Property.Replace("facts/", string.Empty, StringComparison.Ordinal));
            html.Raw("</h3>");
            OpenSensitive(blockWhy);
            html.Raw("<p class=\"note\">").Count(set.Versions.Count).Raw(" versions; ");
            if (set.Preferred is { } preferred)
            {
                html.Raw("the curator prefers “");
                Text(preferred.Value);
                html.Raw("”.");
            }
            else
            {
                html.Raw("none is preferred.");
            }

            html.Raw("</p><div class=\"versions\">");
            foreach (var (version, claims) in versions)
            {
                var versionWhy = claims.Count > 0 && claims.All(n => model.Info[n].Sensitive) && blockWhy == Sensitivity.None ? claims.Aggregate(Sensitivity.None, (w, n) => w | model.Info[n].Why) : Sensitivity.None;
                html.Raw("<div class=\"version").Raw(version.Rank == ClaimRank.Preferred ? " pref" : version.Rank == ClaimRank.Deprecated ? " dep" : string.Empty)
                    .Raw(versionWhy != Sensitivity.None && !Omit ? " sens-b" : string.Empty).Raw("\"").Raw(claims.Count > 0 ? " data-claim=\"" + claims[0].ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"" : string.Empty)
                    .Raw(" data-value=\"").Attr(Omit ? model.Scrub(version.Value) : version.Value).Raw("\">");
                OpenSensitive(versionWhy);
                html.Raw("<p class=\"val\">");
                if (claims.Count > 0)
                {
                    Text(ValueText(model.Info[claims[0]].Entry));
                }
                else
                {
                    Text(version.Value);
                }

                Rank(version.Rank);
                html.Raw("</p><p class=\"src-list\">");
                var first = true;
                foreach (var source in version.Sources)
                {
                    html.Raw(first ? "Per " : ", ");
                    Text(model.SourceIndexOf(source) is { } s ? sourceLabels[s] : source);
                    first = false;
                }

                html.Raw("</p>");
                if (version.Note is { } note)
                {
                    html.Raw("<p class=\"note\">Note: ");
                    Text(note);
                    html.Raw("</p>");
                }

                html.Raw("<div>");
                foreach (var n in claims.Where(n => !model.Left(n)))
                {
                    Cites(n);
                    if (claims.Count > 1)
                    {
                        html.Raw(" <a class=\"mk\" href=\"#c").Num(n).Raw("\">claim</a> ");
                    }
                }

                html.Raw("</div>");
                CloseSensitive(versionWhy);
                html.Raw("</div>");
            }

            html.Raw("</div>");
            CloseSensitive(blockWhy);
            html.Raw("</article>\n");
        }

        html.Raw("</section>\n");
    }

    // ---- Markings ----

    private void Markings()
    {
        html.Raw("<section class=\"part markings\" id=\"markings\" aria-labelledby=\"h-markings\"><h2 id=\"h-markings\">Markings</h2>\n")
            .Raw("<p class=\"hint\">Where the evidence is thin: claims that rest on one independent source, citations in which a source only relays someone else, and values the curator inferred rather than read. Each is also marked on its claim.</p>\n");
        var single = model.Info.Where(i => i.SingleSource && !model.Left(i.Index)).ToList();
        html.Raw("<h3>Single source (").Count(single.Count).Raw(")</h3>");
        List(single.Select(i => (i.Index, (string?)null)));
        var relayed = Dataset.RelayedClaims().Select(r => (Claim: model.IndexOf(r.Claim), r.Citation)).Where(r => r.Claim is { } n && !model.Left(n)).ToList();
        html.Raw("<h3>Relayed (").Count(relayed.Count).Raw(")</h3>");
        List(relayed.Select(r => (r.Claim!.Value, (string?)$"{(model.SourceIndexOf(r.Citation.Source) is { } s ? sourceLabels[s] : r.Citation.Source)} relays {Party(r.Citation.RelayedFrom!)}")));
        var inferred = Dataset.InferredClaims().Select(model.IndexOf).OfType<int>().Where(n => !model.Left(n)).ToList();
        html.Raw("<h3>Inferred (").Count(inferred.Count).Raw(")</h3>");
        List(inferred.Select(n => (n, (string?)("inferred from " + model.Info[n].Entry.Claim.InferredFrom))));
        html.Raw("</section>\n");

        string Party(string id) => model.Resolve(id)?.DisplayName() ?? (model.SourceIndexOf(id) is { } s ? sourceLabels[s] : id);

        void List(IEnumerable<(int Claim, string? Detail)> items)
        {
            var any = false;
            foreach (var (n, detail) in items)
            {
                if (!any)
                {
                    html.Raw("<ul>");
                    any = true;
                }

                var info = model.Info[n];
                html.Raw("<li").Raw(info.Sensitive && !Omit ? " class=\"sens-b\"" : string.Empty).Raw(">");
                OpenSensitive(info.Why);
                html.Raw("<a href=\"#c").Num(n).Raw("\">");
                Text(info.Entry.Subject.DisplayName());
                html.Raw(" — ").Raw(ListHeadings.GetValueOrDefault(info.Entry.Property, info.Entry.Property).ToLowerInvariant()).Raw(": ");
                Text(Shorten(ValueText(info.Entry), 120));
                html.Raw("</a>");
                if (detail is not null)
                {
                    html.Raw(" <span class=\"src-list\">(");
                    Text(detail);
                    html.Raw(")</span>");
                }

                CloseSensitive(info.Why);
                html.Raw("</li>");
            }

            html.Raw(any ? "</ul>\n" : "<p>None.</p>\n");
        }
    }
}
