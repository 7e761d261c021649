using BenchmarkDotNet.Attributes;
using CaseRecords.Loading;
using CaseRecords.Validation;
using NJsonSchema;

namespace CaseRecords.Benchmarks;

/// <summary>
/// Load + validate a generated corpus against the floor (a raw token scan of the same bytes) and the peers
/// (System.Text.Json reflection and Newtonsoft.Json into plain classes, NJsonSchema validation), at each size.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private Corpus corpus = null!;
    private JsonSchema schema = null!;

    [ParamsSource(nameof(Sizes))]
    public int Claims { get; set; }

    public static IEnumerable<int> Sizes() => Corpus.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        corpus = Corpus.Get(Claims);
        schema = Baselines.LoadSchema();
    }

    private static readonly LoadOptions OneThreadLoad = new() { MaxDegreeOfParallelism = 1 };
    private static readonly ValidationOptions OneThreadValidate = new() { MaxDegreeOfParallelism = 1 };

    [Benchmark(Baseline = true, Description = "Raw Utf8JsonReader scan (floor)")]
    public long RawScan() => Baselines.RawScan(corpus.RecordFiles, corpus.TextFiles);

    [Benchmark(Description = "CaseRecords load + validate")]
    public int LoadAndValidate() => CaseValidator.Validate(CaseDatasetLoader.LoadFolder(corpus.Folder)).ErrorCount;

    [Benchmark(Description = "CaseRecords load + validate, 1 thread")]
    public int LoadAndValidateOneThread() =>
        CaseValidator.Validate(CaseDatasetLoader.LoadFolder(corpus.Folder, OneThreadLoad), OneThreadValidate).ErrorCount;

    [Benchmark(Description = "CaseRecords load only")]
    public int Load() => CaseDatasetLoader.LoadFolder(corpus.Folder).Dataset.Files.Count;

    [Benchmark(Description = "STJ reflection → POCOs")]
    public int StjReflection() => Baselines.StjReflection(corpus.RecordFiles);

    [Benchmark(Description = "Newtonsoft.Json → POCOs")]
    public int Newtonsoft() => Baselines.NewtonsoftJson(corpus.RecordFiles);

    [Benchmark(Description = "NJsonSchema validate")]
    public int NJsonSchemaValidate() => Baselines.NJsonSchemaValidate(schema, corpus.RecordFiles);
}
