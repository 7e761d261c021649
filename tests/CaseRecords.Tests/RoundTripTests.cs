using CaseRecords.Loading;
using CaseRecords.Serialization;

namespace CaseRecords.Tests;

public class RoundTripTests
{
    [Fact]
    public void The_seed_record_files_load_clean_and_are_written_back_byte_for_byte()
    {
        var result = CaseDatasetLoader.LoadFolder(TestData.SeedsFolder);
        result.Diagnostics.ShouldBeEmpty();
        result.Dataset.Files.Count.ShouldBeGreaterThan(0);
        foreach (var file in result.Dataset.Files)
        {
            var original = File.ReadAllText(Path.Combine(TestData.SeedsFolder, file.Path));
            CaseDatasetWriter.ToJson(file).ShouldBe(original);
        }
    }

    [Fact]
    public void Load_save_load_gives_an_equal_dataset()
    {
        var first = CaseDatasetLoader.LoadFolder(TestData.SeedsFolder).GetDatasetOrThrow();
        var folder = Directory.CreateTempSubdirectory("caserecords-");
        try
        {
            CaseDatasetWriter.WriteFolder(first, folder.FullName);
            var second = CaseDatasetLoader.LoadFolder(folder.FullName).GetDatasetOrThrow();
            second.ShouldBe(first);
            second.GetHashCode().ShouldBe(first.GetHashCode());
            Directory.GetFiles(folder.FullName, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
            foreach (var text in first.Texts)
            {
                File.ReadAllBytes(Path.Combine(folder.FullName, text.Path))
                    .ShouldBe(File.ReadAllBytes(Path.Combine(TestData.SeedsFolder, text.Path)));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_optional_part_survives_a_round_trip()
    {
        var dataset = CaseDataset.Create(
        [
            new RecordFile("all.json")
            {
                Sources =
                [
                    new Source("s1", "Title", SourceKind.CourtRecord, "texts/s1.txt", new string('a', 64))
                    {
                        Author = "A. Writer",
                        Publisher = "Press",
                        Url = new Uri("https://example.org/a"),
                        Published = Dates.CaseDate.Parse("1994-06").GetValueOrThrow(),
                        Retrieved = Dates.CaseDate.Parse("2026-11-23").GetValueOrThrow(),
                        Language = "en",
                    },
                ],
                Persons = [new Person("p") { Sensitivity = Sensitivity.Minor | Sensitivity.Victim, Names = [Claim("P")] }],
                Organizations = [new Organization("o") { Names = [Claim("O")] }],
                Incidents =
                [
                    new Incident("i")
                    {
                        Dates = [new Claim<Dates.CaseDate>(Dates.CaseDate.Parse("199X~").GetValueOrThrow(), Cite) { AsStated = "the late 90s" }],
                        Places = [Claim("Milwaukee")],
                        Participants = [new Claim<Reference>(new Reference("p", Roles.Victim), Cite) { Sensitivity = Sensitivity.Minor }],
                    },
                ],
                Proceedings =
                [
                    new Proceeding("pr", ProceedingKind.CivilLawsuit)
                    {
                        Names = [Claim("Suit")],
                        Forums = [new Claim<Reference>(new Reference("o"), Cite)],
                        Parties = [new Claim<Reference>(new Reference("p", Roles.Plaintiff), Cite)],
                        Filed = [new Claim<Dates.CaseDate>(Dates.CaseDate.Parse("2005/2009").GetValueOrThrow(), Cite)],
                        Decided = [new Claim<Dates.CaseDate>(Dates.CaseDate.Parse("[1991..1994]").GetValueOrThrow(), Cite)],
                        Outcomes = [Claim("dismissed") with { Rank = ClaimRank.Preferred, Note = "why" }],
                        Concerns = [new Claim<Reference>(new Reference("i"), Cite)],
                        Reviews = [new Claim<Reference>(new Reference("pr2"), Cite)],
                        Follows = [new Claim<Reference>(new Reference("pr3"), Cite)],
                        Facts =
                        [
                            new Claim<Fact>(new Fact("back-pay") { Money = new Money(55000, "USD"), Text = "t", Place = "p", Related = new Reference("p") }, Cite),
                            new Claim<Fact>(new Fact("votes") { Quantity = new Quantity(521, "vote") { IsApproximate = true } }, [Cite, new Citation("s1", "q") { Locator = "p. 3", RelayedFrom = "o" }]),
                        ],
                    },
                ],
            },
        ],
        [new SourceText("texts/s1.txt", "text", new string('a', 64))]);

        var json = CaseDatasetWriter.ToJson(dataset.Files[0]);
        var reloaded = TestData.LoadRaw(json, "all.json", ("texts/s1.txt", "text"));
        reloaded.Diagnostics.ShouldBeEmpty();
        reloaded.Dataset.Files.ShouldBe(dataset.Files);
        CaseDatasetWriter.ToJson(reloaded.Dataset.Files[0]).ShouldBe(json);
    }

    private static readonly Citation Cite = new("s1", "text");

    private static Claim<string> Claim(string value) => new(value, Cite);
}
