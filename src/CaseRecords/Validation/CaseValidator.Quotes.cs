using System.Globalization;
using CaseRecords.Diagnostics;

namespace CaseRecords.Validation;

public static partial class CaseValidator
{
    // Quotes not found (CR2001) and source texts that changed (CR2004): what the author most likely meant.

    /// <summary>
    /// How many characters of text the nearest-passage searches of one validation may read in all. Beyond it, a quote
    /// not found gets the plain message: a dataset whose quotes are all wrong still validates in bounded time.
    /// </summary>
    internal const long NearestSearchBudget = 64L * 1024 * 1024;

    /// <summary>A citation whose quote does not occur in its source's text; reported once the entities are checked.</summary>
    private sealed record MissingQuote(Located Item, ClaimAt At, int CitationIndex, Citation Citation, Source Source, SourceText Text);

    private sealed partial class Run
    {
        private readonly List<MissingQuote> missing = [];

        /// <summary>
        /// Reports every quote not found (CR2001), naming the nearest passage in its source when one is close, or the
        /// source it does occur in, or the nearest passage in another source. The searches run here, after the entities
        /// are checked, in the order the quotes were met, within <see cref="NearestSearchBudget"/>: the report is the same
        /// on any number of threads, and a valid dataset never searches.
        /// </summary>
        private void ReportMissingQuotes()
        {
            var budget = NearestSearchBudget;
            foreach (var m in missing)
            {
                var quote = m.Citation.Quote;
                var close = SourceDrift.CloseEnough(quote);
                var searchable = QuoteFinder.FoldedLength(quote) is > 0 and <= NearestPassage.MaxQuoteLength;
                QuoteCandidate? Nearest(SourceText text)
                {
                    if (!searchable || budget < text.Text.Length)
                    {
                        return null;
                    }

                    budget -= text.Text.Length;
                    return finder.FindNearest(text, quote, 1, close) is [var nearest] ? nearest : null;
                }

                var message = $"The quote \"{Shorten(quote)}\" does not occur in the text of source \"{m.Source.Id}\"";
                var here = Nearest(m.Text);
                var elsewhere = dataset.Sources
                    .Where(s => s.Id != m.Source.Id && dataset.GetText(s) is { } other && finder.Find(other, quote) is not null)
                    .Select(s => $"\"{s.Id}\"")
                    .ToList();
                var cite = elsewhere.Count > 0 ? $" It does occur in {string.Join(", ", elsewhere)}: cite that source instead?" : string.Empty;
                if (here is { DiffersOnlyInCase: true })
                {
                    var cases = string.Join(", ", here.Differences.Select(d => $"the quote has \"{d.Quoted}\" where the source has \"{d.Stored}\""));
                    message += $": it differs only in case from the passage at line {here.Span.Line}, column {here.Span.Column} ({cases}). Copy the source's capitalisation.{cite}";
                }
                else if (here is not null)
                {
                    message += $". The nearest passage, at line {here.Span.Line}, column {here.Span.Column}, differs by {Edits(here.Distance)}: \"{here.MarkedBriefly()}\"; correct the quote to the source's words.{cite}";
                }
                else if (elsewhere.Count > 0)
                {
                    message += $".{cite}";
                }
                else if (OtherNearest(m.Source, Nearest) is var (other, near))
                {
                    message += $", and nothing close does. The nearest passage is in \"{other.Id}\", at line {near.Span.Line}, column {near.Span.Column}, {(near.DiffersOnlyInCase ? "differing only in case" : $"{Edits(near.Distance)} away")}: \"{near.MarkedBriefly()}\"; cite that source instead?";
                }
                else
                {
                    message += ". Copy it exactly from the source's text.";
                }

                Report(m.Item, m.At, $"{Citations}{m.CitationIndex}{Quote}", DiagnosticCodes.QuoteNotFound, message);
            }
        }

        /// <summary>The nearest close passage in the other sources' texts: a case-only difference first, then the fewest edits, then the first source.</summary>
        private (Source Source, QuoteCandidate Candidate)? OtherNearest(Source cited, Func<SourceText, QuoteCandidate?> nearest)
        {
            (Source Source, QuoteCandidate Candidate)? best = null;
            foreach (var source in dataset.Sources)
            {
                if (source.Id != cited.Id && dataset.GetText(source) is { } text && nearest(text) is { } candidate
                    && (best is not { } b || (candidate.DiffersOnlyInCase, -candidate.Distance).CompareTo((b.Candidate.DiffersOnlyInCase, -b.Candidate.Distance)) > 0))
                {
                    best = (source, candidate);
                }
            }

            return best;
        }

        /// <summary>The CR2004 message: the new and recorded hashes, and what changed as far as can be told.</summary>
        private string DriftMessage(Source source, SourceText text)
        {
            var drift = SourceDrift.Measure(dataset, source, text, quote => finder.Find(text, quote), nearest: null);
            var hashes = $"The stored text \"{source.TextPath}\" has SHA-256 {text.Sha256}, not the recorded {source.Sha256}";
            var endings = text.Text.Contains("\r\n", StringComparison.Ordinal)
                ? "the file has CRLF line endings; the recorded hash is of the LF text"
                : "the file has LF line endings; the recorded hash is of the CRLF text";
            var mark = text.HasByteOrderMark
                ? "the file begins with a UTF-8 byte-order mark; the recorded hash is of the text without one"
                : "the file has no byte-order mark; the recorded hash is of the text with one";
            const string Git = "Check .gitattributes / core.autocrlf: a source text must be checked out byte for byte (\"*.txt -text\").";
            switch (drift.Difference)
            {
                case TextDifference.LineEndings:
                    return $"{hashes}, but only line endings differ: {endings}. {Git}";
                case TextDifference.ByteOrderMark:
                    return $"{hashes}, but only a byte-order mark differs: {mark}. Restore the file as it was, or record the new SHA-256 (caserecords rehash).";
                case TextDifference.LineEndingsAndByteOrderMark:
                    return $"{hashes}, but only line endings and a byte-order mark differ: {endings}, and {mark}. {Git}";
            }

            var changed = $"{hashes}: the text changed since the records were written.";
            if (drift.Citations == 0)
            {
                return $"{changed} No claim cites \"{source.Id}\"; if the new text is the one to keep, record its SHA-256 (caserecords rehash).";
            }

            var folded = drift.OnlyFolded == 0 ? string.Empty : $" ({drift.OnlyFolded} only after folding white space, quotes or dashes)";
            if (drift.Gone == 0)
            {
                var all = drift.Citations == 1 ? $"The one quote citing \"{source.Id}\" still occurs" : $"All {Quotes(drift.Citations)} citing \"{source.Id}\" still occur";
                return $"{changed} {all} in it{folded}: if the new text is the one to cite, record its SHA-256 (caserecords rehash).";
            }

            var listed = string.Join(", ", drift.Lost.Take(3).Select(l => $"\"{Shorten(l.Quote)}\""));
            var more = drift.Lost.Count > 3 ? $" and {drift.Lost.Count - 3} more" : string.Empty;
            return $"{changed} Of the {Quotes(drift.Citations)} citing \"{source.Id}\", {drift.StillOccur} still {(drift.StillOccur == 1 ? "occurs" : "occur")}{folded} and {drift.Gone} {(drift.Gone == 1 ? "is" : "are")} gone: {listed}{more} "
                + "(each reported as CR2001, with the nearest passage when one is close). Restore the original text, or correct those quotes and then record the new SHA-256 (caserecords rehash).";
        }

        private static string Edits(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " edit" : " edits");

        private static string Quotes(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " quote" : " quotes");
    }
}
