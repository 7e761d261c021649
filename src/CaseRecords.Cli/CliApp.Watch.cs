using System.Globalization;
using System.Threading.Channels;

namespace CaseRecords.Cli;

internal static partial class CliApp
{
    /// <summary>How long the folder must be quiet after a change before <c>validate --watch</c> validates again.</summary>
    internal static readonly TimeSpan WatchDebounce = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// <c>validate PATH --watch</c>: validates, then watches PATH's folder (or the record file's folder) and validates
    /// again after each burst of changes, until <paramref name="cancel"/> (Ctrl+C). Returns the last validation's exit code.
    /// </summary>
    private static async Task<int> WatchAsync(string path, string? outputPath, Func<int> validate, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full) && !File.Exists(full))
        {
            stderr.WriteLine($"caserecords: \"{path}\" is neither a folder nor a file.");
            return UsageOrIoError;
        }

        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        var report = outputPath is null ? null : Path.GetFullPath(outputPath);
        var changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        void Changed(string changed)
        {
            if (IsWatched(folder, changed, report))
            {
                changes.Writer.TryWrite(Path.GetRelativePath(folder, changed).Replace(Path.DirectorySeparatorChar, '/'));
            }
        }

        using var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Changed(e.OldFullPath);
            Changed(e.FullPath);
        };

        // Too many changes at once overflow the watcher's buffer: some are lost, so validate again to be safe.
        watcher.Error += (_, _) => changes.Writer.TryWrite("(changes lost by the file watcher)");
        watcher.EnableRaisingEvents = true;
        stderr.WriteLine($"Watching {folder} for changes; press Ctrl+C to stop.");
        return await WatchLoopAsync(validate, changes.Reader, WatchDebounce, stdout, TimeProvider.System, cancel).ConfigureAwait(false);
    }

    /// <summary>
    /// The watch loop: validates once, then again after each burst of changes read from <paramref name="changes"/>
    /// (a burst ends when no change comes for <paramref name="debounce"/>), each report after a line with the time and
    /// what changed. Ends when <paramref name="cancel"/> is cancelled or <paramref name="changes"/> completes, and
    /// returns the last validation's exit code.
    /// </summary>
    internal static async Task<int> WatchLoopAsync(Func<int> validate, ChannelReader<string> changes, TimeSpan debounce, TextWriter stdout, TimeProvider time, CancellationToken cancel)
    {
        int Validate(IReadOnlyCollection<string> changed)
        {
            var what = changed.Count == 0 ? "validating" : $"changed: {string.Join(", ", changed.Take(5))}{(changed.Count > 5 ? $" and {changed.Count - 5} more" : string.Empty)}";
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"---- {time.GetLocalNow():HH:mm:ss} {what} ----\n"));
            var code = validate();
            stdout.Flush();
            return code;
        }

        var code = Validate([]);
        try
        {
            while (await changes.WaitToReadAsync(cancel).ConfigureAwait(false))
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                do
                {
                    while (changes.TryRead(out var path))
                    {
                        changed.Add(path);
                    }
                }
                while (!await QuietAsync(changes, debounce, time, cancel).ConfigureAwait(false));

                code = Validate(changed);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Ctrl+C: stop watching.
        }

        return code;
    }

    /// <summary>
    /// Waits until no change has come for <paramref name="debounce"/> or the changes are complete (true), or until a
    /// change comes (false).
    /// </summary>
    private static async Task<bool> QuietAsync(ChannelReader<string> changes, TimeSpan debounce, TimeProvider time, CancellationToken cancel)
    {
        using var timeout = new CancellationTokenSource(debounce, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancel, timeout.Token);
        try
        {
            return !await changes.WaitToReadAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return true;
        }
    }

    /// <summary>
    /// Whether a change to <paramref name="changed"/> may change the report: not the report itself (which would
    /// validate forever), not a temporary file of an atomic write, not inside .git, bin, obj or node_modules.
    /// </summary>
    internal static bool IsWatched(string folder, string changed, string? report)
    {
        if (report is not null && string.Equals(Path.GetFullPath(changed), report, StringComparison.Ordinal))
        {
            return false;
        }

        var relative = Path.GetRelativePath(folder, changed);
        return !relative.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            && !relative.Split(Path.DirectorySeparatorChar).Any(segment => segment is ".git" or "bin" or "obj" or "node_modules");
    }
}
