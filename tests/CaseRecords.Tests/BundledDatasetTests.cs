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
    public void The_bundled_dataset_holds_the_first_slice_with_the_three_seeds()
    {
        var dataset = CaseDataset.Bundled;
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
    }

    [Fact]
    public void Every_quote_of_the_first_slice_occurs_in_its_source()
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
