using System.Globalization;
using System.Text;
using CaseRecords.Validation;

namespace CaseRecords.Report;

/// <summary>
/// Writes a case as one self-contained web page: an overview of the sources and the validation, the timeline, the
/// people and organizations, the incidents, the proceedings drawn as chains, the conflicts side by side and the
/// markings (single-source, relayed, inferred). Every claim lists its citations; opening one shows the source's text
/// with the quoted passage highlighted where the validator found it, and the words that state the value emphasized.
/// </summary>
/// <remarks>
/// The page is one HTML file with its style sheet, script and data inline: it makes no network request (its content
/// security policy forbids any), works from a file or an e-mail attachment, on a phone or a desktop, and prints. Text
/// from the records and the sources is escaped and runs no script. The same input gives the same bytes.
/// </remarks>
public static class CaseReport
{
    /// <summary>Writes the page of <paramref name="dataset"/> to <paramref name="output"/> as UTF-8.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="validation">The validator's report on it (<see cref="CaseValidator.Validate(Loading.LoadResult, ValidationOptions?)"/>): its quote positions, findings and conflicts are shown.</param>
    /// <param name="output">A writable stream; the page is written whole, or not at all.</param>
    /// <param name="options">Sensitivity handling, size limit and title; <see cref="CaseReportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="CaseReportTooLargeException">The page would be larger than <see cref="CaseReportOptions.MaxBytes"/>; nothing was written.</exception>
    public static void Write(CaseDataset dataset, ValidationReport validation, Stream output, CaseReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(output));
        }

        options ??= CaseReportOptions.Default;
        if (LeastBytes(dataset, options) > options.MaxBytes)
        {
            throw TooLarge(dataset, options.MaxBytes); // at once, without building the page: it holds at least all this
        }

        byte[] page;
        try
        {
            page = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(new PageWriter(new ReportModel(dataset, validation, options)).Write());
        }
        catch (Html.LimitExceededException)
        {
            throw TooLarge(dataset, options.MaxBytes);
        }

        if (page.LongLength > options.MaxBytes)
        {
            throw TooLarge(dataset, options.MaxBytes);
        }

        output.Write(page);
    }

    /// <summary>
    /// Less than the page will hold, at least: every source's text, half of every quote shown, and 64 bytes of markup per
    /// claim shown (a claim's item alone takes more). A dataset past the limit by this count is refused at once.
    /// </summary>
    private static long LeastBytes(CaseDataset dataset, CaseReportOptions options)
    {
        var least = dataset.Texts.Sum(t => (long)t.Text.Length);
        foreach (var entry in dataset.Claims)
        {
            if (options.Sensitive == SensitiveContent.Omit && (entry.Claim.Sensitivity != Sensitivity.None || entry.Subject is Person { Sensitivity: not Sensitivity.None }))
            {
                continue;
            }

            least += 64;
            foreach (var citation in entry.Claim.Citations)
            {
                least += citation.Quote.Length / 2;
            }
        }

        return least;
    }

    private static CaseReportTooLargeException TooLarge(CaseDataset dataset, long maxBytes)
    {
        var text = dataset.Texts.Sum(t => (long)t.Text.Length);
        var citations = dataset.Claims.Sum(c => (long)c.Claim.Citations.Count);
        return new CaseReportTooLargeException(
            string.Create(CultureInfo.InvariantCulture, $"The page of this dataset would be larger than {Size(maxBytes)}, the limit: it has {dataset.Claims.Count:#,0} claims with {citations:#,0} citations and {Size(text)} of source text. ")
            + "Make a page of part of the records (one record file, or a folder with fewer of them), or raise the limit (CaseReportOptions.MaxBytes; caserecords report --max-size).",
            maxBytes);
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB");
}
