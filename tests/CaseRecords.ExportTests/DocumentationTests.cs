using System.Text.RegularExpressions;
using CaseRecords.Export;
using CaseRecords.Export.Tables;

namespace CaseRecords.ExportTests;

/// <summary>docs/export.md and the README describe the tables as they are, and show queries that are tested.</summary>
public sealed partial class DocumentationTests
{
    [GeneratedRegex("^### `(?<table>[a-z_]+)`\\n", RegexOptions.Multiline)]
    private static partial Regex TableHeading();

    [GeneratedRegex("^\\| `(?<column>[a-z_0-9]+)` \\| `(?<type>[A-Z0-9(),]+)` \\| (?<null>yes|no) \\|", RegexOptions.Multiline)]
    private static partial Regex ColumnRow();

    private static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Text => "VARCHAR",
        ColumnType.Integer => "INTEGER",
        ColumnType.Boolean => "BOOLEAN",
        ColumnType.Date => "DATE",
        ColumnType.Decimal => $"DECIMAL({DecimalColumn<object>.Precision},{DecimalColumn<object>.Scale})",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    [Fact]
    public void Docs_list_every_table_and_column_with_its_type_and_whether_it_may_be_empty()
    {
        var doc = File.ReadAllText(Repository.PathOf("docs/export.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var headings = TableHeading().Matches(doc).ToList();
        headings.Select(h => h.Groups["table"].Value).ShouldBe(CaseExport.TableNames);
        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Index : doc.IndexOf("\n## ", headings[i].Index, StringComparison.Ordinal);
            var documented = ColumnRow().Matches(doc[headings[i].Index..end]).Select(m => $"{m.Groups["column"].Value} {m.Groups["type"].Value} {m.Groups["null"].Value}");
            var table = ExportTables.All[i];
            documented.ShouldBe(table.Columns.Select(c => $"{c.Name} {TypeName(c.Type)} {(c.Nullable ? "yes" : "no")}"), table.Name);
        }
    }

    [Fact]
    public void The_parquet_types_are_the_documented_ones()
    {
        using var export = new Exported(CaseDataset.Bundled, Validation.CaseValidator.Validate(CaseDataset.Bundled));
        using var duck = export.Open(ExportFormat.Parquet);
        foreach (var table in ExportTables.All)
        {
            var described = duck.Rows($"DESCRIBE {table.Name}").Select(r => $"{r[0]} {r[1]}");
            described.ShouldBe(table.Columns.Select(c => $"{c.Name} {TypeName(c.Type)}"), table.Name);
        }
    }

    [Fact]
    public void No_column_name_is_a_reserved_word_of_sql()
    {
        using var duck = Duck.Over(Path.GetTempPath(), ExportFormat.Parquet, createViews: false);
        var reserved = duck.Column("SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category = 'reserved'").ToHashSet();
        ExportTables.All.SelectMany(t => t.Columns.Select(c => c.Name)).Where(reserved.Contains).ShouldBeEmpty();
    }

    [Fact]
    public void The_readme_shows_three_of_the_tested_queries_as_they_are_in_docs()
    {
        var readme = DocumentedQueries.In("README.md", "Export");
        var docs = DocumentedQueries.In("docs/export.md", "Queries");
        readme.Count.ShouldBe(3);
        foreach (var (name, sql) in readme)
        {
            docs.ShouldContainKey(name);
            sql.ShouldBe(docs[name], name);
        }
    }

    [Fact]
    public void The_query_over_many_cases_reads_each_case_as_a_partition()
    {
        var doc = DocumentedQueries.In("docs/export.md", "Many cases");
        var sql = doc.Values.ShouldHaveSingleItem();
        var root = Directory.CreateTempSubdirectory("caserecords-cases-");
        try
        {
            var riverton = Repository.Riverton();
            var cases = new Dictionary<string, (CaseDataset Dataset, Validation.ValidationReport Report)>
            {
                ["milwaukee-1991"] = (CaseDataset.Bundled, Validation.CaseValidator.Validate(CaseDataset.Bundled)),
                ["riverton-2019"] = (riverton.Dataset, Validation.CaseValidator.Validate(riverton)),
            };
            foreach (var (name, (dataset, report)) in cases)
            {
                CaseExport.Write(dataset, report, Path.Combine(root.FullName, "tables", "case=" + name), ExportFormat.Parquet);
            }

            using var duck = Duck.Over(root.FullName, ExportFormat.Parquet, createViews: false);
            var rows = duck.Rows(sql.Replace("'tables/", $"'{root.FullName}/tables/", StringComparison.Ordinal));
            // DuckDB reads the partitions in any order: compared by case, not by row order.
            rows.GroupBy(r => (string)r[0]!).Select(g => (g.Key, g.Sum(r => Convert.ToInt64(r[2], System.Globalization.CultureInfo.InvariantCulture)))).OrderBy(p => p.Key, StringComparer.Ordinal)
                .ShouldBe(cases.Select(c => (c.Key, (long)c.Value.Dataset.Claims.Sum(x => x.Claim.Citations.Count))).OrderBy(p => p.Key, StringComparer.Ordinal));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
