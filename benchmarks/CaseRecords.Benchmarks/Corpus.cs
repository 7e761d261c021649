using System.Globalization;
using CaseRecords.Loading;
using CaseRecords.Validation;

namespace CaseRecords.Benchmarks;

/// <summary>A generated corpus of one size, checked once: it loads and validates with no errors and no warnings.</summary>
public sealed class Corpus
{
    private Corpus(int claims, string folder)
    {
        Claims = claims;
        Folder = folder;
        RecordFiles = CorpusGenerator.RecordFiles(folder);
        TextFiles = [.. Directory.EnumerateFiles(Path.Combine(folder, "texts")).Order(StringComparer.Ordinal)];
        InputBytes = RecordFiles.Concat(TextFiles).Sum(f => new FileInfo(f).Length);
    }

    public int Claims { get; }

    public string Folder { get; }

    public string[] RecordFiles { get; }

    public string[] TextFiles { get; }

    public long InputBytes { get; }

    /// <summary>The sizes to run: CASERECORDS_BENCH_SIZES (comma-separated claim counts), by default 1k and 10k.</summary>
    public static IEnumerable<int> Sizes(string variable = "CASERECORDS_BENCH_SIZES", string fallback = "1000,10000") =>
        (Environment.GetEnvironmentVariable(variable) ?? fallback)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>Generates (once, cached on disk) and verifies (once per corpus) the corpus with <paramref name="claims"/> claims.</summary>
    public static Corpus Get(int claims)
    {
        var corpus = new Corpus(claims, CorpusGenerator.EnsureCorpus(claims));
        var verified = Path.Combine(corpus.Folder, ".verified");
        if (!File.Exists(verified))
        {
            var load = CaseDatasetLoader.LoadFolder(corpus.Folder, LoadOptions.Default);
            var report = CaseValidator.Validate(load);
            var problems = report.Diagnostics.Where(d => d.Severity != Diagnostics.DiagnosticSeverity.Information).Take(5).ToList();
            if (problems.Count > 0 || load.Dataset.Claims.Count < claims)
            {
                throw new InvalidOperationException($"The generated corpus {corpus.Folder} does not validate cleanly ({load.Dataset.Claims.Count} claims):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
            }

            File.WriteAllText(verified, $"{load.Dataset.Claims.Count} claims, {report.CitationCount} citations, {report.Quotes.Count} quotes found, {report.Conflicts.Count} conflict sets, {report.InformationCount} information, {corpus.InputBytes} input bytes\n");
        }

        return corpus;
    }
}
