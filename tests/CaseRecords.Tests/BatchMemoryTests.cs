using System.Runtime;
using CaseRecords.Cli;

namespace CaseRecords.Tests;

/// <summary>
/// The tool's own process may allocate twice its input (and 64 MB) before the runtime first collects; a host that
/// runs the commands in its process, as these tests do, keeps its collector as it is.
/// </summary>
public sealed class BatchMemoryTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("caserecords-batch-");

    [Fact]
    public void The_budget_is_twice_the_input_and_64_MB_within_half_the_memory_available()
    {
        const long MB = 1L << 20;
        BatchMemory.Budget(0, 16_000 * MB).ShouldBe(64 * MB);
        BatchMemory.Budget(540 * MB, 16_000 * MB).ShouldBe(1_144 * MB);
        BatchMemory.Budget(10_000 * MB, 16_000 * MB).ShouldBe(8_000 * MB); // capped
    }

    [Fact]
    public void The_input_is_every_file_under_the_folder_texts_included()
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, "case.json"), new byte[1000]);
        Directory.CreateDirectory(Path.Combine(folder.FullName, "texts"));
        File.WriteAllBytes(Path.Combine(folder.FullName, "texts", "a.txt"), new byte[234]);
        BatchMemory.InputBytes(folder.FullName).ShouldBe(1234);
    }

    [Fact]
    public void A_host_that_runs_the_commands_keeps_its_collector()
    {
        BatchMemory.Enabled.ShouldBeFalse(); // only Program.Main turns it on
        CliApp.Run(["validate", folder.FullName], TextWriter.Null, TextWriter.Null);
        GCSettings.LatencyMode.ShouldNotBe(GCLatencyMode.NoGCRegion);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
