using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CaseRecords.Cli;

/// <summary>
/// Asks Linux to back the managed heap with transparent huge pages (2 MB) where the system leaves that to each program
/// (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> set to <c>madvise</c>, the default of many distributions).
/// A one-shot command fills hundreds of megabytes of fresh memory; with 4 KB pages, each first touch of a page is a
/// fault, and the faults took a fifth of a 1M-claim run (benchmarks/README.md).
/// </summary>
/// <remarks>
/// The heap's address range is the run of anonymous mappings around an object just made, as <c>/proc/self/maps</c>
/// lists them; the runtime reserves it whole when it starts and commits parts of it as the heap grows. The advice is
/// only advice: anything that fails (another system, a kernel without it, an unreadable map) leaves memory as it was.
/// </remarks>
internal static partial class HugePages
{
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE in <sys/mman.h>, on every Linux architecture

    /// <summary>Advises huge pages for the managed heap; whether the kernel took the advice.</summary>
    public static bool AdviseManagedHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var probe = new object();
            var address = (ulong)Unsafe.As<object, nint>(ref probe);
            GC.KeepAlive(probe);
            return HeapRange(File.ReadLines("/proc/self/maps"), address) is var (start, end)
                && Madvise((nint)start, (nuint)(end - start), MadviseHugePage) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// The run of adjacent anonymous mappings (no file, not the stack or heap of the C runtime) that holds
    /// <paramref name="address"/>, from lines of <c>/proc/PID/maps</c>; null when no anonymous mapping holds it.
    /// </summary>
    internal static (ulong Start, ulong End)? HeapRange(IEnumerable<string> maps, ulong address)
    {
        (ulong Start, ulong End)? run = null;
        foreach (var line in maps)
        {
            if (Parse(line) is not var (start, end, anonymous))
            {
                continue;
            }

            if (anonymous && run is { } open && open.End == start)
            {
                run = (open.Start, end); // the run goes on
                continue;
            }

            if (run is { } done && done.Start <= address && address < done.End)
            {
                return done; // the run that holds the address has ended
            }

            run = anonymous ? (start, end) : null;
        }

        return run is { } last && last.Start <= address && address < last.End ? last : null;
    }

    private static (ulong Start, ulong End, bool Anonymous)? Parse(string line)
    {
        // "7f1c8a000000-7f1c8a021000 rw-p 00000000 00:00 0      [optional path]"
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5 || fields[0].Split('-') is not [var from, var to]
            || !ulong.TryParse(from, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
            || !ulong.TryParse(to, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
        {
            return null;
        }

        return (start, end, fields[4] == "0" && (fields.Length < 6 || string.IsNullOrWhiteSpace(fields[5])));
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
