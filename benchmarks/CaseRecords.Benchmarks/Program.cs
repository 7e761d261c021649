using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using CaseRecords.Loading;

BenchmarkSwitcher.FromAssembly(typeof(LoadBenchmarks).Assembly).Run(args);

/// <summary>
/// Placeholder suite (the full suite with baselines and a synthetic corpus is issue 7): loading the bundled
/// dataset from its embedded files, against reading the same folder from disk.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private static readonly string Seeds = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../../seeds"));

    /// <summary>The seed folder read from disk: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public int LoadSeedsFolder() => CaseDatasetLoader.LoadFolder(Seeds).Dataset.Claims.Count;
}
