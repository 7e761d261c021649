using System.IO.Hashing;

namespace CaseRecords.Loading;

/// <summary>
/// How the validator gets a record file's bytes back to put line and column on its findings. A loaded dataset
/// keeps each file's length and fingerprint, not its bytes (they were as large as everything else together);
/// the file is read again only if it has findings, and its positions are used only if it is unchanged.
/// </summary>
internal sealed class RecordFileBytes
{
    private readonly DatasetFiles files;
    private readonly long maxFileBytes;
    private readonly IReadOnlyDictionary<string, Fingerprint> fingerprints;

    public RecordFileBytes(DatasetFiles files, long maxFileBytes, IReadOnlyDictionary<string, Fingerprint> fingerprints)
    {
        this.files = files;
        this.maxFileBytes = maxFileBytes;
        this.fingerprints = fingerprints;
    }

    /// <summary>
    /// The file's bytes as they were loaded (byte-order mark included), in a pooled buffer the caller disposes;
    /// null when the file cannot be read or has changed since.
    /// </summary>
    public CaseDatasetLoader.PooledBytes? Read(string path)
    {
        if (!fingerprints.TryGetValue(path, out var expected))
        {
            return null;
        }

        try
        {
            using var stream = files.OpenRead(path);
            var bytes = CaseDatasetLoader.ReadPooled(stream, maxFileBytes);
            if (bytes is not null && Fingerprint.Of(bytes.Bytes.Span) == expected)
            {
                return bytes;
            }

            bytes?.Dispose();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>A file's length and 64-bit XXH3 hash: enough to tell that it changed after it was loaded.</summary>
    internal readonly record struct Fingerprint(long Length, ulong Hash)
    {
        public static Fingerprint Of(ReadOnlySpan<byte> bytes) => new(bytes.Length, XxHash3.HashToUInt64(bytes));
    }
}
