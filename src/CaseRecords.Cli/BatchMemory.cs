using System.Runtime;

namespace CaseRecords.Cli;

/// <summary>
/// The tool as a batch process: a one-shot command loads a dataset, works on it and exits, and nearly everything it
/// allocates stays live until then. A collection during that run marks the whole dataset built so far and frees little:
/// at 1M claims, four full collections paused the run for 1.1 s of 6.6 s (benchmarks/README.md). So a one-shot
/// command asks the runtime not to collect until it has allocated a budget sized from its input: twice the input's
/// bytes, plus 64 MB. Past the budget the runtime collects and goes on as usual, so memory never grows beyond the
/// budget for want of a collection; a runtime that refuses the budget (too large for it) simply collects as usual.
/// On Linux it also asks for the heap to be backed by huge pages (<see cref="HugePages"/>): the run fills its memory
/// once, and first touches of 4 KB pages were a fifth of its time.
/// </summary>
/// <remarks>
/// Only the tool's own process asks for it (<see cref="Program"/> turns it on): a host that runs the commands in
/// its process, as the tests do, keeps its collector as it is. <c>validate --watch</c> never asks: it runs for hours.
/// </remarks>
internal static class BatchMemory
{
    private const long Extra = 64L << 20;

    private static bool advised;

    /// <summary>Whether this process is the tool itself, which may reserve (set once, by <see cref="Program"/>).</summary>
    public static bool Enabled { get; set; }

    /// <summary>Asks the runtime not to collect until the command has allocated twice what it is about to read.</summary>
    /// <param name="path">The folder or file the command reads; null for the bundled dataset.</param>
    public static void Reserve(string? path)
    {
        if (!Enabled || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return;
        }

        if (!advised)
        {
            advised = true;
            HugePages.AdviseManagedHeap();
        }

        try
        {
            var input = path is null ? 0 : File.Exists(path) ? new FileInfo(path).Length : InputBytes(path);
            GC.TryStartNoGCRegion(Budget(input, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // A budget the runtime will not give, or a folder that cannot be listed (the loader reports that): the
            // command runs with the collector as usual.
        }
    }

    /// <summary>What a command may allocate before the first collection: twice its input and 64 MB, within half the memory available.</summary>
    internal static long Budget(long inputBytes, long availableBytes) => Math.Min((2 * inputBytes) + Extra, availableBytes / 2);

    /// <summary>The bytes of every file under <paramref name="folder"/>: record files and source texts.</summary>
    internal static long InputBytes(string folder)
    {
        var total = 0L;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
        {
            total += file.Length;
        }

        return total;
    }
}
