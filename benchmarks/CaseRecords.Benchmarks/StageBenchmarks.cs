using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CaseRecords.Loading;
using CaseRecords.Serialization;
using CaseRecords.Validation;

namespace CaseRecords.Benchmarks;

/// <summary>
/// Where the time of load + validate goes, stage by stage, on the same corpus: read bytes, the one-pass read
/// into the model (the fast path every valid file takes), the strict path that files with problems take
/// (deserialize DTOs with source-generated System.Text.Json, map DTOs to the model), the whole load, then
/// validation and two of its parts (quote verification alone, conflict grouping alone) on a loaded dataset.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Corpus corpus = null!;
    private byte[][] bytes = null!;
    private LoadResult loaded = null!;

    [ParamsSource(nameof(Sizes))]
    public int Claims { get; set; }

    /// <summary>CASERECORDS_BENCH_STAGE_SIZES, by default 10k claims (the full run uses 100k).</summary>
    public static IEnumerable<int> Sizes() => Corpus.Sizes("CASERECORDS_BENCH_STAGE_SIZES", "10000");

    [GlobalSetup]
    public void Setup()
    {
        corpus = Corpus.Get(Claims);
        bytes = [.. corpus.RecordFiles.Select(File.ReadAllBytes)];
        loaded = CaseDatasetLoader.LoadFolder(corpus.Folder);
        _ = CaseValidator.Validate(loaded); // builds the dataset's lazy index once
    }

    [Benchmark(Baseline = true, Description = "1 read bytes (records + texts)")]
    public long ReadBytes() => corpus.RecordFiles.Concat(corpus.TextFiles).Sum(f => (long)File.ReadAllBytes(f).Length);

    [Benchmark(Description = "2 the one reader: one pass into the model (in memory)")]
    public int Read()
    {
        var n = 0;
        var pool = new StringPool();
        for (var i = 0; i < bytes.Length; i++)
        {
            n += RecordReader.Read(corpus.RecordFiles[i], bytes[i], LoadOptions.Default, pool).File!.Persons.Count;
        }

        return n;
    }

    [Benchmark(Description = "4 LoadFolder (all of loading)")]
    public int Load() => CaseDatasetLoader.LoadFolder(corpus.Folder).Dataset.Files.Count;

    [Benchmark(Description = "5 Validate (loaded, index built)")]
    public int Validate() => CaseValidator.Validate(loaded).Quotes.Count;

    [Benchmark(Description = "5a quotes: QuoteFinder on every citation")]
    public int Quotes()
    {
        var finder = new QuoteFinder();
        var dataset = loaded.Dataset;
        var found = 0;
        foreach (var entry in dataset.Claims)
        {
            foreach (var citation in entry.Claim.Citations)
            {
                if (dataset.Resolve(citation) is { } source && dataset.GetText(source) is { } text && finder.Find(text, citation.Quote) is not null)
                {
                    found++;
                }
            }
        }

        return found;
    }

    [Benchmark(Description = "5b conflicts: ConflictFinder on every entity")]
    public int Conflicts()
    {
        var n = 0;
        foreach (var entity in loaded.Dataset.Entities)
        {
            n += ConflictFinder.Find(entity).Count();
        }

        return n;
    }
}
