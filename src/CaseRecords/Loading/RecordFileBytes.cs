using System.Buffers;
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
    /// The file's JSON (without a byte-order mark) as it was loaded, in a pooled buffer the caller disposes; null
    /// when it cannot be read or has changed since. Pooled: a dataset's files are read one after another, and
    /// large fresh arrays would pile up until the next full collection.
    /// </summary>
    public Lease? Read(string path)
    {
        if (!fingerprints.TryGetValue(path, out var expected) || expected.Length > maxFileBytes)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(1, expected.Length));
        try
        {
            using var stream = files.OpenRead(path);
            var total = 0;
            int n;
            while (total < expected.Length && (n = stream.Read(buffer, total, (int)expected.Length - total)) > 0)
            {
                total += n;
            }

            var bytes = buffer.AsSpan(0, total);
            if (total != expected.Length || stream.ReadByte() >= 0 || Fingerprint.Of(bytes) != expected)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }

            var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            return new Lease(buffer, buffer.AsMemory(bom, total - bom));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return null;
        }
    }

    /// <summary>A record file's bytes in a pooled buffer; disposing gives the buffer back.</summary>
    internal sealed class Lease : IDisposable
    {
        private byte[]? buffer;

        public Lease(byte[] buffer, ReadOnlyMemory<byte> json)
        {
            this.buffer = buffer;
            Json = json;
        }

        /// <summary>The JSON, without a byte-order mark.</summary>
        public ReadOnlyMemory<byte> Json { get; }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref buffer, null) is { } returned)
            {
                ArrayPool<byte>.Shared.Return(returned);
            }
        }
    }

    /// <summary>A file's length and 64-bit XXH3 hash: enough to tell that it changed after it was loaded.</summary>
    internal readonly record struct Fingerprint(long Length, ulong Hash)
    {
        public static Fingerprint Of(ReadOnlySpan<byte> bytes) => new(bytes.Length, XxHash3.HashToUInt64(bytes));
    }
}
