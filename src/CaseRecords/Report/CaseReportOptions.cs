namespace CaseRecords.Report;

/// <summary>How <see cref="CaseReport"/> writes a page.</summary>
public sealed record CaseReportOptions
{
    /// <summary>The default size limit of a page: 8 MiB.</summary>
    public const long DefaultMaxBytes = 8L * 1024 * 1024;

    /// <summary>The default options: sensitive content redacted, pages up to <see cref="DefaultMaxBytes"/>.</summary>
    public static CaseReportOptions Default { get; } = new();

    /// <summary>
    /// What to do with records and claims marked sensitive (<see cref="Person.Sensitivity"/>, <see cref="Claim.Sensitivity"/>)
    /// and with the names of sensitive persons wherever they occur. Defaults to <see cref="SensitiveContent.Redact"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public SensitiveContent Sensitive { get; init => field = Guard.Defined(value, nameof(Sensitive)); }

    /// <summary>
    /// The largest page written, in bytes (UTF-8). A dataset whose page would be larger is refused with
    /// <see cref="CaseReportTooLargeException"/> and nothing is written. Defaults to <see cref="DefaultMaxBytes"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 64 KiB.</exception>
    public long MaxBytes
    {
        get;
        init => field = value >= 64 * 1024 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "The limit must be at least 64 KiB (65536 bytes).");
    } = DefaultMaxBytes;

    /// <summary>The page's title; <see langword="null"/> (the default) for "Case report".</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space title.</exception>
    public string? Title { get => field; init => field = Guard.NullOrNotBlank(value, nameof(Title)); }
}

/// <summary>How a <see cref="CaseReport"/> page treats content marked sensitive.</summary>
public enum SensitiveContent
{
    /// <summary>
    /// Sensitive records, claims and passages, and the names of sensitive persons, are in the page but withheld from
    /// view until the reader turns on the page's "Reveal sensitive content" control.
    /// </summary>
    Redact = 0,

    /// <summary>
    /// Sensitive records and claims are left out of the file, and the names of sensitive persons and the passages
    /// that sensitive claims quote are blanked out of every text the page holds: nothing in the file reveals them.
    /// </summary>
    Omit = 1,
}
