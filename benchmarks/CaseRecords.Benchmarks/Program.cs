using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CaseRecords.Benchmarks;
using CaseRecords.Loading;
using CaseRecords.Validation;

// Modes (see benchmarks/README.md):
//   quick                 1k and 10k claims, in process, few iterations (under 2 minutes)
//   full                  1k, 10k, 100k and 1M claims, each benchmark in its own process, plus peak memory
//   peak <claims>         load + validate one corpus in a fresh process; peak working set vs input bytes
//   generate <claims...>  write the corpora into the cache folder
//   export <claims> [parquet|csv|ndjson]
//                         load, validate and export one corpus in a fresh process: time and peak memory of each
//   anything else         BenchmarkDotNet's own command line (--filter, --job, ...)
var mode = args.FirstOrDefault();
switch (mode)
{
    case "quick":
        Environment.SetEnvironmentVariable("CASERECORDS_BENCH_SIZES", Environment.GetEnvironmentVariable("CASERECORDS_BENCH_SIZES") ?? "1000,10000");
        return Suite.Run(quick: true);
    case "full":
        Environment.SetEnvironmentVariable("CASERECORDS_BENCH_SIZES", Environment.GetEnvironmentVariable("CASERECORDS_BENCH_SIZES") ?? "1000,10000,100000,1000000");
        Environment.SetEnvironmentVariable("CASERECORDS_BENCH_STAGE_SIZES", Environment.GetEnvironmentVariable("CASERECORDS_BENCH_STAGE_SIZES") ?? "100000");
        return Suite.Run(quick: false);
    case "peak":
        Console.WriteLine(Suite.Peak(int.Parse(args[1], CultureInfo.InvariantCulture)));
        return 0;
    case "peak-child":
        return Suite.PeakChild(int.Parse(args[1], CultureInfo.InvariantCulture));
    case "export":
        Console.WriteLine(Suite.Export(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : "parquet"));
        return 0;
    case "export-child":
        return Suite.ExportChild(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
    case "repeat":
        return Suite.Repeat(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : -1);
    case "generate":
        foreach (var size in args.Skip(1))
        {
            var corpus = Corpus.Get(int.Parse(size, CultureInfo.InvariantCulture));
            Console.WriteLine($"{corpus.Folder}: {File.ReadAllText(Path.Combine(corpus.Folder, ".verified")).Trim()}");
        }

        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ScaleBenchmarks).Assembly).Run(args);
        return 0;
}

internal static class Suite
{
    public static int Run(bool quick)
    {
        var sizes = Corpus.Sizes().ToList();
        foreach (var size in sizes.Concat(Corpus.Sizes("CASERECORDS_BENCH_STAGE_SIZES", "10000")).Distinct())
        {
            Console.WriteLine($"corpus {size}: {Corpus.Get(size).Folder}"); // generate and verify before timing
        }

        var job = quick
            ? Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(150)).WithId("Quick")
            : Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Full");
        var config = DefaultConfig.Instance.AddJob(job.AsDefault()).AddColumn(StatisticColumn.Median).WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
        var types = quick
            ? new[] { typeof(BundledBenchmarks), typeof(ScaleBenchmarks) }
            : new[] { typeof(BundledBenchmarks), typeof(BundledFirstCallBenchmarks), typeof(ScaleBenchmarks), typeof(StageBenchmarks) };
        var summaries = BenchmarkRunner.Run(types, config);

        var peaks = quick ? [] : sizes.Select(Peak).ToList();
        var text = Tables(summaries, peaks);
        var path = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results", quick ? "summary-quick.md" : "summary-full.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        Console.WriteLine(text);
        Console.WriteLine($"Written to {path}");
        return 0;
    }

    /// <summary>Markdown tables: medians, allocations and the ratios the targets are stated in.</summary>
    private static string Tables(Summary[] summaries, List<string> peaks)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToList();
        var md = new StringBuilder();
        var first = summaries.FirstOrDefault();
        if (first is not null)
        {
            md.AppendLine("```").AppendLine(first.HostEnvironmentInfo.ToFormattedString().Aggregate(new StringBuilder(), (b, l) => b.AppendLine(l)).ToString().TrimEnd()).AppendLine("```").AppendLine();
        }

        string Name(BenchmarkReport r) => r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo;
        int? Size(BenchmarkReport r) => r.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Claims")?.Value as int?;
        double Median(BenchmarkReport r) => r.ResultStatistics!.Median;
        string Ms(double ns) => (ns / 1e6).ToString(ns < 1e7 ? "N3" : "N1", CultureInfo.InvariantCulture) + " ms";
        string Mb(long? bytes) => bytes is { } b ? (b / 1048576.0).ToString("N1", CultureInfo.InvariantCulture) + " MB" : "?";
        long? Alloc(BenchmarkReport r) => r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase);

        foreach (var group in reports.GroupBy(r => r.BenchmarkCase.Descriptor.Type))
        {
            md.AppendLine($"### {group.Key.Name}").AppendLine();
            md.AppendLine("| Claims | Benchmark | Median | Allocated | Ratio to first row |").AppendLine("|---:|---|---:|---:|---:|");
            foreach (var bySize in group.GroupBy(Size))
            {
                var rows = bySize.ToList();
                var baseline = rows.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline) ?? rows[0];
                foreach (var r in rows)
                {
                    md.AppendLine($"| {bySize.Key?.ToString("N0", CultureInfo.InvariantCulture) ?? "-"} | {Name(r)} | {Ms(Median(r))} | {Mb(Alloc(r))} | {Median(r) / Median(baseline):N2} |");
                }
            }

            md.AppendLine();
        }

        var scale = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(ScaleBenchmarks)).ToList();
        if (scale.Count > 0)
        {
            md.AppendLine("### Targets (medians of this run)").AppendLine();
            md.AppendLine("| Claims | Input | Load+validate | ÷ raw scan (≤ 4) | STJ reflection ÷ ours (≥ 2) | Newtonsoft ÷ ours (≥ 2) | NJsonSchema ÷ ours (≥ 5) | 1 thread | 1 thread ÷ raw scan | STJ ÷ ours, 1 thread |").AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var bySize in scale.GroupBy(Size).OrderBy(g => g.Key))
            {
                double M(string method) => bySize.First(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.Median;
                var ours = M(nameof(ScaleBenchmarks.LoadAndValidate));
                var one = M(nameof(ScaleBenchmarks.LoadAndValidateOneThread));
                var input = Corpus.Get(bySize.Key!.Value).InputBytes;
                md.AppendLine(CultureInfo.InvariantCulture, $"| {bySize.Key:N0} | {Mb(input)} | {Ms(ours)} | {ours / M(nameof(ScaleBenchmarks.RawScan)):N2} | {M(nameof(ScaleBenchmarks.StjReflection)) / ours:N2} | {M(nameof(ScaleBenchmarks.Newtonsoft)) / ours:N2} | {M(nameof(ScaleBenchmarks.NJsonSchemaValidate)) / ours:N2} | {Ms(one)} | {one / M(nameof(ScaleBenchmarks.RawScan)):N2} | {M(nameof(ScaleBenchmarks.StjReflection)) / one:N2} |");
            }

            var lv = scale.Where(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(ScaleBenchmarks.LoadAndValidate)).ToDictionary(r => Size(r)!.Value, Median);
            md.AppendLine();
            foreach (var (small, big) in new[] { (1000, 10000), (10000, 100000), (100000, 1000000) })
            {
                if (lv.TryGetValue(small, out var a) && lv.TryGetValue(big, out var b))
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"Linearity: load+validate at {big:N0} claims ÷ at {small:N0} = {b / a:N2} (target ≤ 11 for 1M ÷ 100k; 10.0 is linear; claims differ by {(double)Corpus.Get(big).InputBytes / Corpus.Get(small).InputBytes:N2}× in input bytes).  ");
                }
            }

            md.AppendLine();
        }

        if (peaks.Count > 0)
        {
            md.AppendLine("### Peak memory (load + validate in a fresh process)").AppendLine();
            md.AppendLine("| Claims | Input | Peak working set | Peak ÷ input (≤ 3) | Managed heap after | Time (first run, JIT included) | Load | Validate | GC pauses | GCs gen0/1/2 | Peak after load |").AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var line in peaks)
            {
                md.AppendLine(line);
            }

            md.AppendLine();
        }

        return md.ToString();
    }


    /// <summary>This program again, in a fresh process (started as its apphost or as <c>dotnet CaseRecords.Benchmarks.dll</c>).</summary>
    private static ProcessStartInfo Child(params string[] args)
    {
        var host = Environment.ProcessPath!;
        var start = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new ProcessStartInfo(host, [typeof(Suite).Assembly.Location, .. args])
            : new ProcessStartInfo(host, args);
        start.RedirectStandardOutput = true;
        return start;
    }
    /// <summary>Runs load + validate of one corpus in a fresh child process and returns its table row.</summary>
    public static string Peak(int claims)
    {
        _ = Corpus.Get(claims); // generate outside the measured process
        var start = Child("peak-child", claims.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return output.Trim();
    }

    /// <summary>Load + validate one corpus several times in this process: a quick look at warm times while working.</summary>
    public static int Repeat(int claims, int times, int threads)
    {
        var corpus = Corpus.Get(claims);
        var loadOptions = new LoadOptions { MaxDegreeOfParallelism = threads };
        var validationOptions = new ValidationOptions { MaxDegreeOfParallelism = threads };
        var loads = new List<double>();
        var validations = new List<double>();
        for (var i = 0; i < times; i++)
        {
            GC.Collect(); // as BenchmarkDotNet does between iterations: each run starts with an empty heap
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var pausedBefore = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            var load = CaseDatasetLoader.LoadFolder(corpus.Folder, loadOptions);
            var loaded = clock.Elapsed;
            var middle = GC.GetTotalAllocatedBytes(precise: true);
            var pausedMiddle = GC.GetTotalPauseDuration();
            var report = CaseValidator.Validate(load, validationOptions);
            clock.Stop();
            var after = GC.GetTotalAllocatedBytes(precise: true);
            var pausedAfter = GC.GetTotalPauseDuration();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}: load {loaded.TotalMilliseconds:N0} ms ({(middle - before) / 1048576.0:N0} MB allocated, GC paused {(pausedMiddle - pausedBefore).TotalMilliseconds:N0} ms), validate {(clock.Elapsed - loaded).TotalMilliseconds:N0} ms ({(after - middle) / 1048576.0:N0} MB, GC paused {(pausedAfter - pausedMiddle).TotalMilliseconds:N0} ms), total {clock.Elapsed.TotalMilliseconds:N0} ms, {report.Diagnostics.Count:N0} diagnostics"));
            loads.Add(loaded.TotalMilliseconds);
            validations.Add((clock.Elapsed - loaded).TotalMilliseconds);
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        if (times < 2)
        {
            return 0; // one run: its line is the result (the first run of a fresh process, compilation included)
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of runs 2-{times}: load {Median(loads[1..]):N0} ms, validate {Median(validations[1..]):N0} ms; fastest: load {loads[1..].Min():N0} ms, validate {validations[1..].Min():N0} ms"));
        return 0;
    }

    /// <summary>Load, validate and export one corpus in a fresh child process; returns the table with its row.</summary>
    public static string Export(int claims, string format)
    {
        _ = Corpus.Get(claims); // generate outside the measured process
        var start = Child("export-child", claims.ToString(CultureInfo.InvariantCulture), format);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return "| Claims | Input | Format | Load | Validate | Export | Export ÷ load | Peak after load | Peak, load + validate | Peak during export | Allocated by export | GC pauses in export | Files written |\n"
            + "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n" + output.Trim();
    }

    /// <summary>
    /// One load, validation and export (CaseExport.Write) in this process. The peak working set is read after each
    /// step; before the export it is reset (Linux: /proc/self/clear_refs), so "peak during export" is the most the
    /// process held while exporting: the loaded dataset and report, plus what the export itself takes.
    /// </summary>
    public static int ExportChild(int claims, string format)
    {
        var corpus = Corpus.Get(claims);
        var exportFormat = Enum.Parse<CaseRecords.Export.ExportFormat>(format, ignoreCase: true);
        var output = Path.Combine(Path.GetTempPath(), "caserecords-bench-export", $"{claims}-{format}");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var clock = Stopwatch.StartNew();
        var load = CaseDatasetLoader.LoadFolder(corpus.Folder);
        var loaded = clock.Elapsed;
        var peakAfterLoad = Process.GetCurrentProcess().PeakWorkingSet64;
        var report = CaseValidator.Validate(load);
        var validated = clock.Elapsed;
        var peakAfterValidate = Process.GetCurrentProcess().PeakWorkingSet64;

        GC.Collect();
        var resetPeak = TryResetPeak();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var exportClock = Stopwatch.StartNew();
        var written = CaseRecords.Export.CaseExport.Write(load.Dataset, report, output, exportFormat);
        exportClock.Stop();
        var peakDuringExport = Process.GetCurrentProcess().PeakWorkingSet64;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        GC.KeepAlive(load);
        GC.KeepAlive(report);

        var bytes = written.Sum(t => new FileInfo(t.Path).Length);
        var rows = string.Join(", ", written.Select(t => $"{t.Name} {t.Rows:N0}"));
        Directory.Delete(output, recursive: true);
        static string Mb(long b) => (b / 1048576.0).ToString("N1", CultureInfo.InvariantCulture) + " MB";
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {claims:N0} | {Mb(corpus.InputBytes)} | {format} | {Ms(loaded)} | {Ms(validated - loaded)} | {Ms(exportClock.Elapsed)} | {exportClock.Elapsed / loaded:N2} | {Mb(peakAfterLoad)} | {Mb(peakAfterValidate)} | {(resetPeak ? Mb(peakDuringExport) : "? (no clear_refs)")} | {Mb(allocated)} | {Ms(paused)} | {Mb(bytes)} ({rows}) |"));
        return report.ErrorCount == 0 ? 0 : 1;
    }

    /// <summary>Resets the process's peak resident set size (Linux 4.0 and later); false where that cannot be done.</summary>
    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static int PeakChild(int claims)
    {
        var corpus = Corpus.Get(claims);
        var clock = Stopwatch.StartNew();
        var load = CaseDatasetLoader.LoadFolder(corpus.Folder);
        var loaded = clock.Elapsed;
        var peakAfterLoad = Process.GetCurrentProcess().PeakWorkingSet64;
        var heapAfterLoad = GC.GetTotalMemory(forceFullCollection: false);
        var report = CaseValidator.Validate(load);
        clock.Stop();
        var pauses = GC.GetTotalPauseDuration();
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        GC.KeepAlive(report);
        GC.KeepAlive(load);
        static string Mb(long b) => (b / 1048576.0).ToString("N1", CultureInfo.InvariantCulture) + " MB";
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {claims:N0} | {Mb(corpus.InputBytes)} | {Mb(peak)} | {(double)peak / corpus.InputBytes:N2} | {Mb(managed)} | {Ms(clock.Elapsed)} | {Ms(loaded)} | {Ms(clock.Elapsed - loaded)} | {Ms(pauses)} ({pauses / clock.Elapsed:P0}) | {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} | {Mb(peakAfterLoad)} |"));
        return report.ErrorCount == 0 ? 0 : 1;
    }
}
