using System.Text.RegularExpressions;
using CaseRecords.Export;

namespace CaseRecords.ExportTests;

/// <summary>
/// The DuckDB queries that README.md and docs/export.md show, read from those files: each block's first line, a
/// comment, names the question it answers. The tests run them as written on an export (the folder 'case/' replaced by
/// the export's, and for CSV each Parquet file by its CSV file) and hold their answers to the reading API's.
/// </summary>
internal static partial class DocumentedQueries
{
    public const string ClaimsPerSource = "claims per source";
    public const string SingleSource = "claims that rest on a single source";
    public const string Conflicts = "where the sources disagree";
    public const string Timeline = "the case in date order";
    public const string ClaimsOfPerson = "every claim of one person";
    public const string Involvements = "where one person takes part, and in what role";
    public const string Passages = "each passage, cut from its source's text";

    [GeneratedRegex("```sql\\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    [GeneratedRegex("'case/(?<table>[a-z_]+)\\.parquet'")]
    private static partial Regex TableFile();

    /// <summary>The queries of one section of a Markdown file, by the name in their first line.</summary>
    public static Dictionary<string, string> In(string file, string section)
    {
        var text = File.ReadAllText(Repository.PathOf(file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf("\n## " + section + "\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"{file} has no section \"{section}\"");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var body = end < 0 ? text[start..] : text[start..end];
        return SqlBlock().Matches(body).Select(m => m.Groups["body"].Value)
            .ToDictionary(sql => sql[..sql.IndexOf('\n', StringComparison.Ordinal)].TrimStart('-', ' '), sql => sql);
    }

    /// <summary>A query as written, made to read the export in <paramref name="folder"/>.</summary>
    public static string On(string sql, string folder, ExportFormat format) =>
        TableFile().Replace(sql, m => Duck.Read(folder, m.Groups["table"].Value, format));
}
