using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CaseRecords.Loading;
using CaseRecords.Validation;

namespace CaseRecords.Benchmarks;

/// <summary>The bundled dataset (embedded in the package), warm: load, validate, both.</summary>
[MemoryDiagnoser]
public class BundledBenchmarks
{
    private LoadResult loaded = null!;

    [GlobalSetup]
    public void Setup()
    {
        loaded = CaseDatasetLoader.Load(DatasetFiles.Bundled);
        _ = CaseValidator.Validate(loaded);
    }

    [Benchmark(Baseline = true, Description = "Bundled: load (warm)")]
    public int Load() => CaseDatasetLoader.Load(DatasetFiles.Bundled).Dataset.Files.Count;

    [Benchmark(Description = "Bundled: validate (warm, loaded)")]
    public int Validate() => CaseValidator.Validate(loaded).Quotes.Count;

    [Benchmark(Description = "Bundled: load + validate (warm)")]
    public int LoadAndValidate() => CaseValidator.Validate(CaseDatasetLoader.Load(DatasetFiles.Bundled)).Quotes.Count;
}

/// <summary>The bundled dataset loaded and validated by the first call in a fresh process (JIT, type loading, cold caches included).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1, id: "FreshProcess")]
public class BundledFirstCallBenchmarks
{
    [Benchmark(Description = "Bundled: load + validate, first call in a fresh process")]
    public int FirstCall() => CaseValidator.Validate(CaseDatasetLoader.Load(DatasetFiles.Bundled)).Quotes.Count;
}
