namespace CaseRecords.Serialization;

/// <summary>
/// Writes a file all at once or not at all: to a temporary file beside it, flushed to disk, then moved into place,
/// so a reader never sees half a file and a failure leaves the old one. The one place CaseRecords writes files.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="target"/> with what <paramref name="write"/> puts in the stream.</summary>
    /// <param name="target">The file's path.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="overwrite">Whether an existing file is replaced; when false, an existing file makes the move throw <see cref="IOException"/> and nothing is written.</param>
    public static void Write(string target, Action<Stream> write, bool overwrite = true)
    {
        var full = Path.GetFullPath(target);
        var temporary = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite);
        }
        finally
        {
            File.Delete(temporary); // a no-op once moved
        }
    }
}
