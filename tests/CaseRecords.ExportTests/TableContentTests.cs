using CaseRecords.Export;
using CaseRecords.Validation;

namespace CaseRecords.ExportTests;

/// <summary>
/// Nothing is dropped: every source, text, entity, claim, citation, conflicting claim and finding is a row, in every
/// format, on the bundled case and on the repository's sample case; every kind of value reaches its typed columns.
/// </summary>
public sealed class TableContentTests(BundledExport bundled) : IClassFixture<BundledExport>
{
    public static TheoryData<ExportFormat> Formats() => [.. Enum.GetValues<ExportFormat>()];

    /// <summary>How many rows each table must have: one a record of the model.</summary>
    private static Dictionary<string, long> Expected(CaseDataset dataset, ValidationReport validation) => new()
    {
        ["sources"] = dataset.Sources.Count,
        ["texts"] = dataset.Texts.Count,
        ["entities"] = dataset.Entities.Count,
        ["claims"] = dataset.Claims.Count,
        ["citations"] = dataset.Claims.Sum(c => c.Claim.Citations.Count),
        ["conflicts"] = Reading.CaseReading.Conflicts(dataset).Sum(s => s.Versions.Sum(v => v.Claims.Count)),
        ["findings"] = validation.Diagnostics.Count + validation.Waived.Count,
    };

    private static void HoldsEveryRecord(Exported export, ExportFormat format)
    {
        var expected = Expected(export.Dataset, export.Validation);
        export.Tables[format].ToDictionary(t => t.Name, t => t.Rows).ShouldBe(expected);
        using var duck = export.Open(format);
        foreach (var (table, rows) in expected)
        {
            duck.Count($"SELECT count(*) FROM {table}").ShouldBe(rows, $"{format} {table}");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_record_of_the_bundled_case_is_a_row(ExportFormat format)
    {
        HoldsEveryRecord(bundled.Export, format);
        bundled.Export.Dataset.Claims.Count.ShouldBe(300);
        bundled.Export.Tables[format].Single(t => t.Name == "citations").Rows.ShouldBe(401);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_record_of_the_sample_case_is_a_row(ExportFormat format)
    {
        var load = Repository.Riverton();
        load.Succeeded.ShouldBeTrue();
        using var export = new Exported(load.Dataset, CaseValidator.Validate(load));
        HoldsEveryRecord(export, format);
        export.Dataset.Claims.Count.ShouldBeGreaterThan(10);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_kind_of_value_reaches_its_typed_columns(ExportFormat format)
    {
        var claims = bundled.Export.Dataset.Claims.Select(c => c.Claim.UntypedValue).ToList();
        using var duck = bundled.Export.Open(format);
        duck.Column("SELECT DISTINCT value_kind FROM claims ORDER BY 1").ShouldBe(["date", "fact", "reference", "text"]);
        duck.Count("SELECT count(*) FROM claims WHERE date IS NOT NULL").ShouldBe(claims.Count(v => v is Dates.CaseDate or Fact { Date: not null }));
        duck.Count("SELECT count(*) FROM claims WHERE date_start IS NOT NULL AND date_precision IS NOT NULL").ShouldBe(claims.Count(v => v is Dates.CaseDate or Fact { Date: not null }));
        duck.Count("SELECT count(*) FROM claims WHERE ref_id IS NOT NULL").ShouldBe(claims.Count(v => v is Reference or Fact { Related: not null }));
        duck.Count("SELECT count(*) FROM claims WHERE quantity_amount IS NOT NULL AND quantity_unit IS NOT NULL").ShouldBe(claims.Count(v => v is Fact { Quantity: not null }));
        duck.Count("SELECT count(*) FROM claims WHERE money_amount IS NOT NULL AND money_currency IS NOT NULL").ShouldBe(claims.Count(v => v is Fact { Money: not null }));
        duck.Count("SELECT count(*) FROM claims WHERE inferred").ShouldBe(21);
        duck.Count("SELECT count(*) FROM claims WHERE inferred AND inferred_from IS NOT NULL").ShouldBe(21);
        duck.Count("SELECT count(*) FROM claims WHERE as_stated IS NOT NULL").ShouldBe(bundled.Export.Dataset.Claims.Count(c => c.Claim.AsStated is not null));
        duck.Count("SELECT count(*) FROM citations WHERE relayed_from IS NOT NULL").ShouldBe(bundled.Export.Dataset.Claims.Sum(c => c.Claim.Citations.Count(x => x.IsRelayed)));
        duck.Count("SELECT count(*) FROM citations WHERE found AND quote_start < quote_end AND quote_line >= 1").ShouldBe(401);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_vague_date_keeps_its_precision_its_span_and_the_sources_words(ExportFormat format)
    {
        using var duck = bundled.Export.Open(format);
        var row = duck.Rows("SELECT date, date_kind, CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR), date_precision, as_stated FROM claims WHERE claim_id = 'may-1991-encounter/dates/0'").ShouldHaveSingleItem();
        row.ShouldBe(["1991-05", "moment", "1991-05-01", "1991-05-31", "month", "May 1991"]);
    }

    [Fact]
    public void An_amount_of_money_and_a_quantity_are_exact_decimals_in_parquet()
    {
        using var duck = bundled.Export.Open(ExportFormat.Parquet);
        duck.Column("SELECT DISTINCT typeof(money_amount) FROM claims").ShouldBe(["DECIMAL(38,9)"]);
        duck.Column("SELECT DISTINCT typeof(date_start) FROM claims").ShouldBe(["DATE"]);
        var money = bundled.Export.Dataset.Claims.Select(c => c.Claim.UntypedValue).OfType<Fact>().First(f => f.Money is not null).Money!;
        duck.Rows($"SELECT money_amount, money_currency FROM claims WHERE money_amount IS NOT NULL LIMIT 1")[0].ShouldBe([money.Amount, money.Currency]);
    }

    [Fact]
    public void Parquet_tables_are_written_in_row_groups_of_the_size_asked_for()
    {
        using var export = new Exported(bundled.Export.Dataset, bundled.Export.Validation, new CaseExportOptions { RowGroupSize = 50 });
        using var duck = export.Open(ExportFormat.Parquet);
        var folder = export.FolderOf(ExportFormat.Parquet);
        duck.Count($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{folder}/claims.parquet')").ShouldBe(6); // 300 claims
        duck.Count($"SELECT max(row_group_num_rows) FROM parquet_metadata('{folder}/citations.parquet')").ShouldBe(50);
        duck.Count("SELECT count(*) FROM citations").ShouldBe(401);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_empty_table_still_names_its_columns(ExportFormat format)
    {
        // A case whose sources agree has no conflict; its conflicts table is empty but has its columns.
        var load = Repository.Riverton();
        var dataset = CaseDataset.Create([load.Dataset.Files[0] with { Persons = [], Organizations = [], Proceedings = [], Incidents = [] }], load.Dataset.Texts);
        using var export = new Exported(dataset, CaseValidator.Validate(dataset));
        export.Tables[format].Single(t => t.Name == "conflicts").Rows.ShouldBe(0);
        if (format != ExportFormat.Ndjson)
        {
            using var duck = export.Open(format);
            duck.Count("SELECT count(*) FROM conflicts").ShouldBe(0);
            duck.Column("SELECT column_name FROM (DESCRIBE conflicts)").ShouldContain("conflict_id");
        }
    }

    [Fact]
    public void The_same_dataset_gives_the_same_bytes()
    {
        using var again = new Exported(bundled.Export.Dataset, bundled.Export.Validation);
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            foreach (var table in CaseExport.TableNames)
            {
                var name = table + (format == ExportFormat.Parquet ? ".parquet" : format == ExportFormat.Csv ? ".csv" : ".ndjson");
                File.ReadAllBytes(Path.Combine(again.FolderOf(format), name)).ShouldBe(File.ReadAllBytes(Path.Combine(bundled.Export.FolderOf(format), name)), name);
            }
        }
    }
}
