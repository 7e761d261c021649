namespace CaseRecords.Loading;

/// <summary>Limits the loader applies to untrusted input. The defaults suit hand-curated datasets.</summary>
public sealed record LoadOptions
{
    /// <summary>The default options.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>The largest record or source-text file read, in bytes (default 64 MiB). Larger files are reported, not read.</summary>
    public long MaxFileBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), value, "Must be positive."); } = 64L * 1024 * 1024;

    /// <summary>The longest JSON string value accepted, in UTF-16 code units (default 1,048,576). Longer values are reported (CR1024).</summary>
    public int MaxStringLength { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStringLength), value, "Must be positive."); } = 1024 * 1024;

    /// <summary>The most sources and entities a dataset may hold (default 2,000,000). A record file that would exceed it is reported (CR1022) and not loaded.</summary>
    public int MaxRecords { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRecords), value, "Must be positive."); } = 2_000_000;

    /// <summary>The most problems reported for one file (default 1,000); the rest are counted in one CR1023 diagnostic.</summary>
    public int MaxDiagnosticsPerFile { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDiagnosticsPerFile), value, "Must be positive."); } = 1000;

    /// <summary>
    /// How many record files are read at once, and then how many source texts: -1 (the default) for as many as there
    /// are processors, 1 to read them one after another on the calling thread; never more than there are processors.
    /// With more than one, <see cref="DatasetFiles.OpenRead"/> is called from several threads at once. The result is
    /// the same either way.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init => field = value is -1 or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Must be -1 (all processors) or positive."); } = -1;

    /// <summary>The deepest JSON nesting accepted (default 64; the format itself needs fewer than 10).</summary>
    public int MaxDepth { get; init => field = value is > 0 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "Must be between 1 and 1000."); } = 64;
}
