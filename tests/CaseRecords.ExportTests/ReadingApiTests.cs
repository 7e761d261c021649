using CaseRecords.Export;
using CaseRecords.Reading;
using CaseRecords.Serialization;

namespace CaseRecords.ExportTests;

/// <summary>
/// DuckDB reads the exported Parquet and CSV tables of the bundled case, and the queries docs/export.md shows give the
/// same answers as the reading API: claims per source, single-source claims, conflict sets, timeline order, and every
/// claim of one person.
/// </summary>
public sealed class ReadingApiTests(BundledExport bundled) : IClassFixture<BundledExport>
{
    private const string Person = "john-balcerzak";

    private static readonly Dictionary<string, string> Queries = DocumentedQueries.In("docs/export.md", "Queries");

    public static TheoryData<ExportFormat> Formats() => [ExportFormat.Parquet, ExportFormat.Csv];

    private CaseDataset Dataset => bundled.Export.Dataset;

    private List<object?[]> Run(string name, ExportFormat format)
    {
        Queries.ShouldContainKey(name, $"docs/export.md has no query named \"{name}\"");
        using var duck = Duck.Over(bundled.Export.FolderOf(format), format);
        return duck.Rows(DocumentedQueries.On(Queries[name], bundled.Export.FolderOf(format), format));
    }

    private static string Id(ClaimEntry entry) => $"{entry.Subject.Id}/{entry.Property}/{entry.Index}";

    [Theory]
    [MemberData(nameof(Formats))]
    public void Claims_per_source_are_the_claims_each_source_supports(ExportFormat format)
    {
        var rows = Run(DocumentedQueries.ClaimsPerSource, format).ToDictionary(r => (string)r[0]!, r => Convert.ToInt32(r[1], System.Globalization.CultureInfo.InvariantCulture));
        var expected = Dataset.Sources.ToDictionary(s => s.Id, s => Dataset.ClaimsSupportedBy(s.Id).Count);
        rows.ShouldBe(expected.Where(p => p.Value > 0).ToDictionary(), ignoreOrder: true);
        rows.Values.Sum().ShouldBeGreaterThan(Dataset.Claims.Count); // many claims cite more than one source
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Single_source_claims_are_the_reading_apis(ExportFormat format)
    {
        var ids = Run(DocumentedQueries.SingleSource, format).Select(r => (string)r[0]!).ToList();
        ids.ShouldBe(Dataset.SingleSourceClaims().Select(Id).Order(StringComparer.Ordinal).ToList());
        ids.ShouldNotBeEmpty();
        ids.Count.ShouldBeLessThan(Dataset.Claims.Count);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Conflict_sets_are_the_reading_apis_with_each_version_its_rank_and_sources(ExportFormat format)
    {
        var rows = Run(DocumentedQueries.Conflicts, format)
            .Select(r => $"{r[0]} #{r[1]}: {r[2]} ({r[3]}; {r[4]})").ToList();
        var expected = Dataset.Conflicts()
            .SelectMany(set => set.Versions.Select((v, i) => (Id: $"{set.SubjectId}/{set.Property}", Version: i, Text: $"{set.SubjectId}/{set.Property} #{i}: {v.Value} ({EnumNames<ClaimRank>.Name(v.Rank)}; {string.Join(',', v.Sources)})")))
            .OrderBy(v => v.Id, StringComparer.Ordinal).ThenBy(v => v.Version).Select(v => v.Text).ToList();
        rows.ShouldBe(expected);
        Dataset.Conflicts().Count.ShouldBeGreaterThan(10);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_timeline_is_in_the_reading_apis_order(ExportFormat format)
    {
        var ordered = Run(DocumentedQueries.Timeline, format).Select(r => (string)r[0]!).ToList();
        var timeline = Dataset.Timeline().Dated.Select(e => Id(e.Claim)).ToList();

        // The query lists every dated claim; the timeline shows a date once when another claim of the same list states
        // it more precisely. In between, the order is the same.
        ordered.Where(new HashSet<string>(timeline).Contains).ShouldBe(timeline);
        var byId = Dataset.Claims.ToDictionary(Id);
        foreach (var hidden in ordered.Except(timeline))
        {
            var entry = byId[hidden];
            var date = DateOf(entry.Claim)!;
            Dataset.Claims.Any(other => other.Subject == entry.Subject && other.Property == entry.Property && DateOf(other.Claim) is { } d && d.Refines(date))
                .ShouldBeTrue($"{hidden} is not in the timeline, and no claim of its list refines its date");
        }

        timeline.Count.ShouldBeGreaterThan(10);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_claim_of_a_person_and_every_involvement_are_the_reading_apis(ExportFormat format)
    {
        var record = Dataset.RecordOf(Person);
        Run(DocumentedQueries.ClaimsOfPerson, format).Select(r => (string)r[0]!)
            .ShouldBe(record.Claims.Select(Id), ignoreOrder: true);
        Run(DocumentedQueries.Involvements, format).Select(r => $"{r[0]} {r[2]}")
            .ShouldBe(record.Involvements.Select(i => $"{Id(i.Claim)} {i.Role}"), ignoreOrder: true);
        record.Involvements.Count.ShouldBeGreaterThan(3);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Each_passage_cut_from_its_text_by_its_positions_is_the_passage_the_validator_found(ExportFormat format)
    {
        var passages = Run(DocumentedQueries.Passages, format).Select(r => $"{r[0]}: {r[1]}").ToList();
        var expected = Dataset.Claims.SelectMany(c => Dataset.EvidenceFor(c.Claim).Select(e => $"{Id(c)}: {e.Passage}"));
        passages.ShouldBe(expected, ignoreOrder: true);
    }

    private static Dates.CaseDate? DateOf(Claim claim) => claim.UntypedValue switch
    {
        Dates.CaseDate d => d,
        Fact { Date: { } d } => d,
        _ => null,
    };
}
