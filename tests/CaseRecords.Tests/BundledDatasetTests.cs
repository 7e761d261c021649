using CaseRecords.Loading;

namespace CaseRecords.Tests;

public class BundledDatasetTests
{
    [Fact]
    public void The_bundled_dataset_is_the_seeds_folder_embedded_in_the_package()
    {
        var fromFolder = CaseDatasetLoader.LoadFolder(TestData.SeedsFolder).GetDatasetOrThrow();
        CaseDataset.Bundled.ShouldBe(fromFolder);
    }

    [Fact]
    public void The_bundled_dataset_holds_the_whole_case_with_the_three_seeds()
    {
        var dataset = CaseDataset.Bundled;
        (dataset.Sources.Count, dataset.Persons.Count, dataset.Organizations.Count, dataset.Incidents.Count, dataset.Proceedings.Count, dataset.Claims.Count)
            .ShouldBe((3, 18, 15, 13, 15, 300));
        dataset.Sources.Select(s => s.TextPath).ShouldBe(["000_402c1230b2e00ec6.txt", "001_d732626e774b0c70.txt", "002_403e127c67a6d2d6.txt"]);
        dataset.Texts.Count.ShouldBe(3);
        foreach (var source in dataset.Sources)
        {
            dataset.GetText(source)!.Sha256.ShouldBe(source.Sha256);
            dataset.ClaimsCiting(source.Id).ShouldNotBeEmpty();
        }

        var balcerzak = dataset.Get<Person>("john-balcerzak");
        balcerzak.Names.Select(n => n.Value).ShouldContain("John Balczerak");
        dataset.Get<Person>("konerak-sinthasomphone").Sensitivity.ShouldBe(Sensitivity.Minor | Sensitivity.Victim);
        dataset.Get<Incident>("may-1991-encounter").Dates[0].Value.ToEdtf().ShouldBe("1991-05");
        dataset.Get<Incident>("ap-tavern-report").Dates[0].Value.ToEdtf().ShouldBe("[1996..1999]");
    }

    [Fact]
    public void Every_disagreement_the_brief_names_is_a_conflict_set()
    {
        var conflicts = Reading.CaseReading.Conflicts(CaseDataset.Bundled).Select(c => $"{c.SubjectId} {c.Property}").ToList();
        conflicts.ShouldContain("john-balcerzak names");
        conflicts.ShouldContain("nicole-childress names");
        conflicts.ShouldContain("alfonzo-glover names");
        conflicts.ShouldContain("may-1991-encounter facts/count: women who discovered the boy");
        conflicts.ShouldContain("may-1991-encounter facts/count: officers who responded");
        conflicts.ShouldContain("konerak-sinthasomphone facts/age@may-1991-encounter");
    }

    [Fact]
    public void Relayed_reports_are_marked_on_their_citations_not_invented_as_sources()
    {
        var dataset = CaseDataset.Bundled;
        dataset.Sources.Count.ShouldBe(3);
        var relayed = dataset.Claims.SelectMany(c => c.Claim.Citations).Where(c => c.IsRelayed).Select(c => c.RelayedFrom!).Distinct().ToList();
        relayed.ShouldContain("ap-news");
        relayed.ShouldContain("milwaukee-magazine");
        relayed.ShouldContain("decider");
        relayed.ShouldContain("dana-schwartz");
        relayed.Where(id => !dataset.TryGet(id, out var _)).ShouldBeEmpty();
    }

    [Fact]
    public void The_readable_summary_of_the_bundled_dataset_is_approved() =>
        DatasetSummary.ToText(CaseDataset.Bundled).ShouldMatchApproved(o => o.NoDiff().WithFileExtension("txt").SubFolder("Approved"));

    [Fact]
    public void Every_quote_occurs_verbatim_in_its_source()
    {
        var dataset = CaseDataset.Bundled;
        foreach (var entry in dataset.Claims)
        {
            foreach (var citation in entry.Claim.Citations)
            {
                var text = dataset.GetText(dataset.GetSource(citation.Source))!.Text;
                text.ShouldContain(citation.Quote, Case.Sensitive, $"{entry.Subject.Id}/{entry.Property}/{entry.Index}");
            }
        }
    }

    [Fact]
    public void Many_threads_asking_at_once_get_one_and_the_same_instance()
    {
        var instances = new CaseDataset[16];
        Parallel.For(0, instances.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => instances[i] = CaseDataset.Bundled);
        instances.ShouldAllBe(d => ReferenceEquals(d, instances[0]));
    }
}
