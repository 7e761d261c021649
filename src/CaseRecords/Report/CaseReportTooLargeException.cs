namespace CaseRecords.Report;

/// <summary>
/// The page of a dataset would be larger than <see cref="CaseReportOptions.MaxBytes"/>. Nothing was written: report
/// a part of the records, or raise the limit.
/// </summary>
public sealed class CaseReportTooLargeException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public CaseReportTooLargeException()
        : base("The page would be larger than the size limit.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and what to do.</param>
    public CaseReportTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    /// <param name="message">What was refused and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public CaseReportTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a page refused at <paramref name="maxBytes"/>.</summary>
    /// <param name="message">What was refused and what to do.</param>
    /// <param name="maxBytes">The limit that the page would exceed, in bytes.</param>
    public CaseReportTooLargeException(string message, long maxBytes)
        : base(message) => MaxBytes = maxBytes;

    /// <summary>The limit that the page would exceed, in bytes (0 when not given).</summary>
    public long MaxBytes { get; }
}
