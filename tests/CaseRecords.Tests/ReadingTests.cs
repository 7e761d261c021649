using System.Text;
using CaseRecords.Dates;
using CaseRecords.Reading;

namespace CaseRecords.Tests;

public class ReadingTests
{
    private static CaseDataset Case => CaseDataset.Bundled;

    [Fact]
    public void The_timeline_orders_by_bounds_and_keeps_each_dates_precision()
    {
        var timeline = Case.Timeline();
        timeline.Dated.Select(e => e.Date.Earliest).ShouldBeInOrder(SortDirection.Ascending);
        var encounter = timeline.Dated.Single(e => e.Claim.Subject.Id == "may-1991-encounter");
        encounter.Date.Precision.ShouldBe(DatePrecision.Month);
        encounter.When.ShouldBe("May 1991");
        var arrest = timeline.Dated.Single(e => e.Claim.Subject.Id == "dahmer-arrest-1991");
        timeline.Dated.IndexOf(encounter).ShouldBeLessThan(timeline.Dated.IndexOf(arrest));
        timeline.Dated.Single(e => e.Claim.Subject.Id == "ap-tavern-report").Date.ToEdtf().ShouldBe("[1996..1999]");
        timeline.Undated.Select(e => e.Id).ShouldContain("lacy-lawsuit");
        timeline.Undated.ShouldAllBe(e => e is Incident || e is Proceeding);
    }

    [Fact]
    public void A_date_stated_once_vaguely_and_once_precisely_is_one_timeline_entry_and_no_conflict()
    {
        var cite = new Citation("s", "words");
        var incident = new Incident("stop")
        {
            Dates = [new Claim<CaseDate>(CaseDate.Parse("2016-08").Value!, cite), new Claim<CaseDate>(CaseDate.Parse("2016-08-21").Value!, cite)],
        };
        var dataset = CaseDataset.Create([new RecordFile("case.json") { Incidents = [incident] }]);
        dataset.Timeline().Dated.ShouldHaveSingleItem().Date.ToEdtf().ShouldBe("2016-08-21");
        dataset.Conflicts().ShouldBeEmpty();
        var disagreeing = incident with { Dates = [.. incident.Dates, new Claim<CaseDate>(CaseDate.Parse("2016-09-01").Value!, cite)] };
        CaseDataset.Create([new RecordFile("case.json") { Incidents = [disagreeing] }]).Conflicts().ShouldHaveSingleItem().Versions.Count.ShouldBe(3);
    }

    [Fact]
    public void The_full_timeline_is_approved()
    {
        var text = new StringBuilder();
        var timeline = Case.Timeline();
        foreach (var entry in timeline.Dated)
        {
            text.Append($"{entry.Date,-12} {entry.When,-24} {(entry.AsStated is { } stated ? $"\"{stated}\" " : string.Empty)}{entry.What} [{string.Join(", ", entry.Claim.Claim.Citations.Select(c => c.Source).Distinct())}]\n");
        }

        text.Append("\nUndated:\n");
        foreach (var entity in timeline.Undated)
        {
            text.Append($"  {entity.Id}: {entity.DisplayName()}\n");
        }

        text.ToString().ShouldMatchApproved(o => o.NoDiff().WithFileExtension("txt").SubFolder("Approved"));
    }

    [Fact]
    public void The_conflict_list_is_approved()
    {
        var text = new StringBuilder();
        foreach (var conflict in Case.Conflicts())
        {
            text.Append($"{conflict.SubjectId} {conflict.Property}{(conflict.Preferred is { } p ? " — preferred: " + p.Value : string.Empty)}\n");
            foreach (var version in conflict.Versions)
            {
                text.Append($"  - {version}{(version.Note is null ? string.Empty : " — " + version.Note)}\n");
            }
        }

        text.ToString().ShouldMatchApproved(o => o.NoDiff().WithFileExtension("txt").SubFolder("Approved"));
    }

    [Fact]
    public void A_persons_record_has_every_spelling_with_its_sources_and_every_role()
    {
        var record = Case.RecordOf("john-balcerzak");
        record.Names.Select(n => (n.Name, string.Join(",", n.Sources))).ShouldBe(
        [
            ("John A. Balcerzak", "wikipedia-john-balcerzak,news-balcerzak-today"),
            ("John Balcerzak", "news-balcerzak-today,bio-john-balcerzak"),
            ("John Balczerak", "bio-john-balcerzak"),
        ]);
        record.Involvements.ShouldContain(i => i.Record.Id == "dismissal-1991" && i.Role == "defendant");
        record.Involvements.ShouldContain(i => i.Record.Id == "may-1991-encounter" && i.Role == "responder");
        record.Involvements.ShouldContain(i => i.Record.Id == "union-election-2005" && i.Role == "candidate");
        record.Claims.Count.ShouldBe(record.Person.AllClaims.Count());
        Should.Throw<KeyNotFoundException>(() => Case.RecordOf("dismissal-1991"));
    }

    [Fact]
    public void Any_step_gives_the_whole_chain_in_order_with_outcomes()
    {
        var fromStart = Case.ChainOf("dismissal-1991");
        var fromEnd = Case.ChainOf("fire-and-police-commission-appeal");
        fromEnd.ShouldBe(fromStart);
        var ids = fromStart.Steps.Select(s => s.Proceeding.Id).ToList();
        ids.IndexOf("dismissal-1991").ShouldBeLessThan(ids.IndexOf("parins-reinstatement-1994"));
        ids.IndexOf("parins-reinstatement-1994").ShouldBeLessThan(ids.IndexOf("fire-and-police-commission-appeal"));
        fromStart.Steps.Single(s => s.Proceeding.Id == "fire-and-police-commission-appeal").Reviews.ShouldBe(["parins-reinstatement-1994"]);
        fromStart.Steps.Single(s => s.Proceeding.Id == "parins-reinstatement-1994").Outcomes.Select(o => o.Value).ShouldContain("reinstated");
        foreach (var step in fromStart.Steps)
        {
            foreach (var earlier in step.Reviews.Concat(step.Follows))
            {
                ids.IndexOf(earlier).ShouldBeLessThan(ids.IndexOf(step.Proceeding.Id), $"{step.Proceeding.Id} after {earlier}");
            }
        }
    }

    [Fact]
    public void Who_said_what_lists_claims_by_source_relayed_party_and_single_source()
    {
        Case.ClaimsSupportedBy("bio-john-balcerzak").ShouldAllBe(c => c.Claim.Citations.Any(x => x.Source == "bio-john-balcerzak"));
        Case.ClaimsSupportedBy("bio-john-balcerzak").Count.ShouldBe(Case.Claims.Count(c => c.Claim.Citations.Any(x => x.Source == "bio-john-balcerzak")));
        var ap = Case.ClaimsRelayedFrom("ap-news");
        ap.ShouldNotBeEmpty();
        ap.ShouldAllBe(r => r.Citation.RelayedFrom == "ap-news" && r.Citation.Source == "news-balcerzak-today");
        ap.ShouldContain(r => r.Claim.Subject.Id == "john-balcerzak" && r.Citation.Quote.Contains("the appropriate thing"));
        Case.RelayedClaims().Count.ShouldBe(Case.Claims.Sum(c => c.Claim.Citations.Count(x => x.IsRelayed)));
        var single = Case.SingleSourceClaims();
        single.ShouldNotBeEmpty();
        single.ShouldAllBe(c => c.Claim.IsInferred || c.Claim.Citations.Where(x => !x.IsRelayed).Select(x => x.Source).Distinct().Count() <= 1);

        // An inference corroborates nothing, however many sources it is drawn from.
        var inferred = Case.InferredClaims();
        inferred.ShouldNotBeEmpty();
        inferred.ShouldAllBe(c => c.Claim.InferredFrom != null);
        inferred.ShouldAllBe(c => single.Contains(c));
        inferred.Count.ShouldBe(Case.Claims.Count(c => c.Claim.IsInferred));
        single.ShouldContain(c => c.Subject.Id == "tina-spivey" && c.Property == "names");
        single.ShouldNotContain(c => c.Subject.Id == "konerak-sinthasomphone" && c.Property == "names" && c.Index == 0);
    }

    [Fact]
    public void Evidence_gives_each_quote_with_its_position_in_the_source_text()
    {
        var date = Case.Get<Incident>("may-1991-encounter").Dates[0];
        var evidence = Case.EvidenceFor(date);
        evidence.Count.ShouldBe(date.Citations.Count);
        foreach (var item in evidence)
        {
            item.Source.ShouldNotBeNull();
            var span = item.Span.ShouldNotBeNull();
            var text = Case.GetText(item.Source).ShouldNotBeNull().Text;
            text.Substring(span.Start, span.Length).ShouldBe(item.Passage);
            item.Passage.ShouldBe(item.Citation.Quote);
        }

        var news = evidence.First(e => e.Source!.Id == "news-balcerzak-today");
        news.Span.ShouldNotBeNull().Line.ShouldBe(7);
        news.Span.ShouldNotBeNull().Column.ShouldBe(1);
    }

    [Fact]
    public void Evidence_names_the_words_that_state_the_value()
    {
        var date = Case.Get<Incident>("may-1991-encounter").Dates[0];
        Case.EvidenceFor(date).ShouldAllBe(e => e.Support.Contains("May 1991"));
        var backPay = Case.Get<Proceeding>("parins-reinstatement-1994").Facts.Single(f => f.Value.Money is not null);
        Case.EvidenceFor(backPay).ShouldHaveSingleItem().Support.ShouldBe(["$55,000"]);
        var officers = Case.Get<Incident>("may-1991-encounter").Facts.Single(f => f.Value.Quantity is { Amount: 2, Unit: "officer" });
        Case.EvidenceFor(officers).ShouldAllBe(e => e.Support.Contains("two"));
        var name = Case.Get<Person>("john-balcerzak").Names[0];
        Case.EvidenceFor(name).Select(e => e.Support).ShouldContain(s => s.Contains(name.Value));
        var encounter = Case.Get<Incident>("may-1991-encounter");
        var participant = encounter.Participants.First(p => p.Value.Id == "john-balcerzak");
        Case.EvidenceFor(participant).ShouldAllBe(e => e.Support.Any(w => w.Contains("Balcerzak")));
        var place = encounter.Places[0];
        Case.EvidenceFor(place).SelectMany(e => e.Support).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_reading_index_is_built_once_per_dataset()
    {
        ReferenceEquals(Case.Timeline(), Case.Timeline()).ShouldBeTrue();
        ReferenceEquals(Case.ChainOf("dismissal-1991"), Case.ChainOf("parins-reinstatement-1994")).ShouldBeTrue();
    }
}
