using CaseRecords.Export;
using CaseRecords.Loading;
using CaseRecords.Validation;
using DuckDB.NET.Data;

namespace CaseRecords.ExportTests;

/// <summary>Where the repository is, and the datasets the tests export.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>The sample case of the repository (two texts, a traffic stop).</summary>
    public static LoadResult Riverton() => CaseDatasetLoader.LoadFolder(PathOf("samples/riverton-traffic-stop"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseRecords.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One dataset exported once in each table format, into a temporary folder per format.</summary>
public sealed class Exported : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("caserecords-export-");

    public Exported(CaseDataset dataset, ValidationReport validation, CaseExportOptions? options = null)
    {
        Dataset = dataset;
        Validation = validation;
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            Tables[format] = CaseExport.Write(dataset, validation, FolderOf(format), format, options);
        }
    }

    public CaseDataset Dataset { get; }

    public ValidationReport Validation { get; }

    public Dictionary<ExportFormat, EquatableArray<ExportedTable>> Tables { get; } = [];

    public string FolderOf(ExportFormat format) => Path.Combine(root.FullName, format.ToString().ToLowerInvariant());

    /// <summary>A DuckDB connection with one view a table, over this export's files of <paramref name="format"/>.</summary>
    public Duck Open(ExportFormat format) => Duck.Over(FolderOf(format), format);

    public void Dispose() => root.Delete(recursive: true);
}

/// <summary>The bundled dataset, exported.</summary>
public sealed class BundledExport() : IDisposable
{
    public Exported Export { get; } = new(CaseDataset.Bundled, CaseValidator.Validate(CaseDataset.Bundled));

    public void Dispose() => Export.Dispose();
}

/// <summary>An in-memory DuckDB.</summary>
public sealed class Duck : IDisposable
{
    private readonly DuckDBConnection connection = new("DataSource=:memory:");

    private Duck() => connection.Open();

    /// <summary>A connection whose views sources, texts, entities, claims, citations, conflicts and findings read the files in <paramref name="folder"/>.</summary>
    public static Duck Over(string folder, ExportFormat format, bool createViews = true)
    {
        var duck = new Duck();
        foreach (var table in createViews ? CaseExport.TableNames : [])
        {
            duck.Execute($"CREATE VIEW {table} AS SELECT * FROM {Read(folder, table, format)}");
        }

        return duck;
    }

    /// <summary>DuckDB's function that reads one table file.</summary>
    public static string Read(string folder, string table, ExportFormat format) => format switch
    {
        ExportFormat.Parquet => $"read_parquet('{Path.Combine(folder, table)}.parquet')",
        ExportFormat.Csv => $"read_csv('{Path.Combine(folder, table)}.csv', header = true)",
        _ => $"read_json('{Path.Combine(folder, table)}.ndjson', format = 'newline_delimited')",
    };

    public void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The rows of a query, each as its values (DBNull as null).</summary>
    public List<object?[]> Rows(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The first column of every row, as text.</summary>
    public List<string?> Column(string sql) => [.. Rows(sql).Select(r => r[0] is null ? null : Convert.ToString(r[0], System.Globalization.CultureInfo.InvariantCulture))];

    public long Count(string sql) => Convert.ToInt64(Rows(sql)[0][0], System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => connection.Dispose();
}
