using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using CaseRecords.Cli;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Validation;

namespace CaseRecords.Tests.Hostile;

/// <summary>
/// Every kind of bad input in <see cref="HostileCorpus"/> gets its diagnostics from the loader, the validator and
/// the tool: never an unhandled exception, a hang or runaway memory.
/// </summary>
public class HostileInputTests
{
    /// <summary>Generous: a case that takes longer is hanging, not slow.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Cases() => [.. HostileCorpus.All.Select(c => c.Name)];

    private static HostileCase Get(string name) => HostileCorpus.All.Single(c => c.Name == name);

    [Fact]
    public void The_corpus_holds_at_least_40_kinds_of_bad_input() =>
        HostileCorpus.All.Count.ShouldBeGreaterThanOrEqualTo(40);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_loader_and_validator_report_the_expected_codes(string name)
    {
        var hostile = Get(name);
        var files = hostile.Files();
        var inputBytes = files.Values.Sum(f => (long)f.Length);
        var (report, allocated) = await Within(Bound, () =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var load = CaseDatasetLoader.Load(DatasetFiles.FromMemory(files), hostile.Options);
            var result = CaseValidator.Validate(load);
            ReportWriter.ToText(result);
            ReportWriter.ToSarif(result);
            return (result, GC.GetAllocatedBytesForCurrentThread() - before);
        });

        var codes = report.Diagnostics.Select(d => d.Code).ToHashSet();
        foreach (var code in hostile.Codes)
        {
            codes.ShouldContain(code, ReportWriter.ToText(report));
        }

        if (hostile.Codes.Length == 0)
        {
            report.HasErrors.ShouldBeFalse(ReportWriter.ToText(report));
        }

        report.Diagnostics.Where(d => d.Code.StartsWith("CR1", StringComparison.Ordinal) && d.Code != "CR1020").ShouldAllBe(d => d.File != null && d.Line != null && d.Column != null && d.JsonPointer != null);
        allocated.ShouldBeLessThan(64L * 1024 * 1024 + (100 * inputBytes), "allocation bound");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_tool_answers_with_diagnostics_and_an_exit_code(string name)
    {
        var hostile = Get(name);
        var folder = Directory.CreateTempSubdirectory("caserecords-hostile-");
        try
        {
            foreach (var (path, bytes) in hostile.Files())
            {
                await File.WriteAllBytesAsync(Path.Combine(folder.FullName, path), bytes, TestContext.Current.CancellationToken);
            }

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = await Within(Bound, () => CliApp.Run(["validate", folder.FullName, "--format", "json", "--min-severity", "information"], stdout, stderr));
            if (hostile.Options is not null)
            {
                code.ShouldBeOneOf(CliApp.Clean, CliApp.ValidationErrors);
                return;
            }

            code.ShouldBe(hostile.Codes.Length == 0 ? CliApp.Clean : CliApp.ValidationErrors, stderr.ToString());
            var reported = JsonNode.Parse(stdout.ToString())!["diagnostics"]!.AsArray().Select(d => (string)d!["code"]!).ToHashSet();
            foreach (var expected in hostile.Codes)
            {
                reported.ShouldContain(expected);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_100_MB_string_is_refused_without_reading_it()
    {
        var folder = Directory.CreateTempSubdirectory("caserecords-hostile-");
        try
        {
            var path = Path.Combine(folder.FullName, "case.json");
            await using (var file = File.Create(path))
            {
                await file.WriteAsync(Encoding.UTF8.GetBytes("{ \"formatVersion\": \"1.0\", \"persons\": [ { \"id\": \"a\", \"names\": [ { \"value\": \""), TestContext.Current.CancellationToken);
                var chunk = Encoding.UTF8.GetBytes(new string('x', 1024 * 1024));
                for (var i = 0; i < 100; i++)
                {
                    await file.WriteAsync(chunk, TestContext.Current.CancellationToken);
                }

                await file.WriteAsync(Encoding.UTF8.GetBytes("\" } ] } ] }"), TestContext.Current.CancellationToken);
            }

            var (result, allocated) = await Within(Bound, () =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var load = CaseDatasetLoader.LoadFolder(folder.FullName);
                return (load, GC.GetAllocatedBytesForCurrentThread() - before);
            });
            result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("CR1018");
            allocated.ShouldBeLessThan(16L * 1024 * 1024, "the file must not be read");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_million_tiny_entities_load_and_validate_within_bounds()
    {
        var json = new StringBuilder("{ \"formatVersion\": \"1.0\", \"persons\": [");
        for (var i = 0; i < 1_000_000; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"id\":\"p").Append(i).Append("\"}");
        }

        var bytes = Encoding.UTF8.GetBytes(json.Append("] }").ToString());
        var report = await Within(TimeSpan.FromSeconds(120), () => CaseValidator.Validate(CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["case.json"] = bytes }))));
        report.ErrorCount.ShouldBe(0);
        CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]> { ["case.json"] = bytes }), new LoadOptions { MaxRecords = 999_999 })
            .Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("CR1022");
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_not_thrown()
    {
        var result = CaseDatasetLoader.Load(new RefusingFiles());
        result.Diagnostics.Select(d => d.Code).ShouldBe(["CR1017"]);
        result.Diagnostics[0].File.ShouldBe("case.json");
    }

    [Fact]
    public void A_symbolic_link_to_a_record_file_outside_the_folder_is_refused_and_links_to_folders_are_not_followed()
    {
        var root = Directory.CreateTempSubdirectory("caserecords-hostile-");
        var outside = Directory.CreateTempSubdirectory("caserecords-outside-");
        try
        {
            File.WriteAllText(Path.Combine(outside.FullName, "secret.json"), TestData.ValidFile);
            File.CreateSymbolicLink(Path.Combine(root.FullName, "linked.json"), Path.Combine(outside.FullName, "secret.json"));
            Directory.CreateSymbolicLink(Path.Combine(root.FullName, "loop"), root.FullName);
            var result = CaseDatasetLoader.LoadFolder(root.FullName);
            result.Diagnostics.Select(d => (d.Code, d.File)).ShouldBe([("CR1014", "linked.json")]);
            result.Dataset.Files.ShouldBeEmpty();
        }
        finally
        {
            root.Delete(recursive: true);
            outside.Delete(recursive: true);
        }
    }

    [Fact]
    public void Loaded_objects_are_safe_to_share_between_threads()
    {
        var dataset = CaseDatasetLoader.LoadFolder(TestData.SeedsFolder).GetDatasetOrThrow();
        var reports = new string[8];
        var timelines = new int[8];
        Parallel.For(0, 8, i =>
        {
            reports[i] = ReportWriter.ToJson(CaseValidator.Validate(dataset));
            timelines[i] = Reading.CaseReading.Timeline(dataset).Dated.Count;
        });
        reports.ShouldAllBe(r => r == reports[0]);
        timelines.ShouldAllBe(t => t == timelines[0]);
    }

    private static async Task<T> Within<T>(TimeSpan bound, Func<T> work)
    {
        var task = Task.Run(work, TestContext.Current.CancellationToken);
        var finished = await Task.WhenAny(task, Task.Delay(bound, TestContext.Current.CancellationToken));
        finished.ShouldBe(task, $"did not finish within {bound}");
        return await task;
    }

    private sealed class RefusingFiles : DatasetFiles
    {
        public override string Description => "a folder that refuses reads";

        public override IReadOnlyList<string> ListRecordFiles() => ["case.json"];

        public override Stream OpenRead(string path) => throw new UnauthorizedAccessException($"Access to '{path}' is denied.");
    }
}
