using CaseRecords.Validation;

namespace CaseRecords.Tests;

/// <summary>
/// seeds/README.md reports, for each support rule, how many claims of the bundled dataset it checked and how many
/// passed, and how many are inferred (exempt). This holds that table to the dataset and the validator.
/// </summary>
public class SupportCountTests
{
    /// <summary>The rows of the table: rule and codes, then claims checked and claims passed (the last two columns).</summary>
    internal static IEnumerable<(string Rule, string Counts)> Rows(CaseDataset dataset, ValidationReport report)
    {
        var flagged = report.Diagnostics.Where(d => d.JsonPointer is not null)
            .Select(d => (d.Code, Claim: ClaimPointer(d.JsonPointer!))).ToHashSet();
        var claims = dataset.Claims.Select(c => (Entry: c, Pointer: Pointer(dataset, c))).ToList();
        var supported = claims.Where(c => !c.Entry.Claim.IsInferred).ToList();
        bool PersonOrOrganization(string id) => dataset.TryGet(id, out var e) && e is Person or Organization;

        (string Rule, string[] Codes, Func<ClaimEntry, bool> Applies)[] rules =
        [
            ("Dates", ["CR2018", "CR2019", "CR2006"], e => e.Claim.UntypedValue is Dates.CaseDate || e.Claim.UntypedValue is Fact { Date: not null }),
            ("Amounts", ["CR2020"], e => e.Claim.UntypedValue is Fact { Quantity: not null } or Fact { Money: not null }),
            ("Names", ["CR2021"], e => e.Property == "names"),
            ("Persons and organizations referred to", ["CR2022"], e =>
                (e.Claim.UntypedValue is Reference r && PersonOrOrganization(r.Id))
                || (e.Claim.UntypedValue is Fact { Related: { } related } && PersonOrOrganization(related.Id))
                || e.Claim.Citations.Any(c => c.RelayedFrom is { } relayed && PersonOrOrganization(relayed))),
            ("Places", ["CR2023"], e => e.Property == "places" || e.Claim.UntypedValue is Fact { Place: not null }),
            ("Free text", ["CR2024"], e => e.Property == "outcomes" || e.Claim.UntypedValue is Fact { Text: not null }),
        ];
        foreach (var (rule, codes, applies) in rules)
        {
            var checkedClaims = supported.Where(c => applies(c.Entry)).ToList();
            var failed = checkedClaims.Count(c => codes.Any(code => flagged.Contains((code, c.Pointer))));
            yield return ($"| {rule} ({string.Join(", ", codes)}) |", $"| {checkedClaims.Count} | {checkedClaims.Count - failed} |");
        }

        yield return ("| Inferred (exempt) |", $"| {claims.Count - supported.Count} | – |");
    }

    private static string Pointer(CaseDataset dataset, ClaimEntry entry)
    {
        var file = dataset.Files.Single(f => f.Entities.Contains(entry.Subject));
        var list = entry.Subject.Kind switch
        {
            EntityKind.Person => "persons",
            EntityKind.Organization => "organizations",
            EntityKind.Incident => "incidents",
            _ => "proceedings",
        };
        var index = entry.Subject switch
        {
            Person p => file.Persons.IndexOf(p),
            Organization o => file.Organizations.IndexOf(o),
            Incident i => file.Incidents.IndexOf(i),
            _ => file.Proceedings.IndexOf((Proceeding)entry.Subject),
        };
        return $"/{list}/{index}/{entry.Property}/{entry.Index}";
    }

    /// <summary>"/persons/0/facts/3/value/related/id" is about the claim "/persons/0/facts/3".</summary>
    private static string ClaimPointer(string pointer) => string.Join('/', pointer.Split('/').Take(5));

    [Fact]
    public void The_support_counts_in_seeds_README_are_the_bundled_datasets()
    {
        var report = CaseValidator.Validate(CaseDataset.Bundled);
        var lines = File.ReadAllLines(Path.Combine(TestData.SeedsFolder, "README.md"));
        var rows = Rows(CaseDataset.Bundled, report).ToList();
        var expected = "seeds/README.md should end these rows of its support table with the counts after curation:\n" + string.Join("\n", rows.Select(r => $"{r.Rule} … {r.Counts}"));
        foreach (var (rule, counts) in rows)
        {
            lines.Count(l => l.StartsWith(rule, StringComparison.Ordinal) && l.EndsWith(counts, StringComparison.Ordinal)).ShouldBe(1, expected);
        }
    }
}
