namespace CaseRecords.Loading;

/// <summary>Limits the loader applies to untrusted input. The defaults suit hand-curated datasets.</summary>
public sealed record LoadOptions
{
    /// <summary>The default options.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>The largest record or source-text file read, in bytes (default 64 MiB). Larger files are reported, not read.</summary>
    public long MaxFileBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), value, "Must be positive."); } = 64L * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted (default 64; the format itself needs fewer than 10).</summary>
    public int MaxDepth { get; init => field = value is > 0 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "Must be between 1 and 1000."); } = 64;
}
