using System.Text.RegularExpressions;
using CaseRecords.Dates;
using CaseRecords.Diagnostics;

namespace CaseRecords.Validation;

public static partial class CaseValidator
{
    // Date evidence: a date may be no more precise than the quotes (or the as-stated wording) that support it.

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b\d{4}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")]
    private static partial Regex MonthEvidence();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}(st|nd|rd|th)?\b|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")]
    private static partial Regex DayEvidence();

    [GeneratedRegex(@"\b(spring|summer|autumn|fall|winter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeasonEvidence();

    [GeneratedRegex(@"\b\d{3,4}\b|'\d{2}\b")]
    private static partial Regex YearEvidence();

    private sealed partial class Run
    {
        /// <summary>The dates the claim being checked states in its quotes and as-stated wording (one list per worker, reused).</summary>
        private readonly List<DateExpression> statedDates = [];

        /// <summary>The numbers the claim being checked states in its quotes and as-stated wording (one list per worker, reused).</summary>
        private readonly List<NumberExpression> statedNumbers = [];

        /// <summary>
        /// Holds a date to the dates its quotes (and its as-stated wording) state, read once: one of them must share a
        /// day with it (CR2018 when they state only other dates, CR2019 when they state none); and it may be no more
        /// precise than they are (CR2006).
        /// </summary>
        private void CheckDateEvidence(Located item, ClaimAt at, string relativePointer, CaseDate date)
        {
            // A stated date whose days all lie within the claim's ("the late 90s" for [1996..1999], "May 1991" for
            // 1991) supports it and shows it is no more precise than its words: nothing to report. Usually one text
            // settles that, so they are read one at a time, the as-stated wording (the shortest) first.
            var earliest = date.Earliest ?? NodaTime.LocalDate.MinIsoValue;
            var latest = date.Latest ?? NodaTime.LocalDate.MaxIsoValue;
            var count = at.Claim.Citations.Count;
            for (var k = 0; k <= count; k++)
            {
                if (ClaimText(at.Claim, k == 0 ? count : k - 1) is { } text)
                {
                    statedDates.Clear();
                    DateExpressions.Find(text, statedDates);
                    if (StatesWithin(earliest, latest))
                    {
                        return;
                    }
                }
            }

            // Otherwise all of them, in order, for the findings.
            statedDates.Clear();
            for (var i = 0; i <= at.Claim.Citations.Count; i++)
            {
                if (ClaimText(at.Claim, i) is { } text)
                {
                    DateExpressions.Find(text, statedDates);
                }
            }

            if (statedDates.Count == 0)
            {
                Report(item, at, relativePointer, DiagnosticCodes.DateNotStated, $"No quote states the date {date}: quote the words that give it.");
            }
            else if (FirstAllowing(date) is null)
            {
                Report(item, at, relativePointer, DiagnosticCodes.DateContradicted, $"{date} contradicts the quote, which says \"{statedDates[0].Text}\".");
            }

            // No stated date lies within the claim's (checked above): the word patterns below decide whether a quote
            // still names its precision.
            var precision = date.Start is null && date.End is null
                ? DatePrecision.Century
                : (DatePrecision)Math.Max((int)(date.Start?.Precision ?? 0), (int)(date.End?.Precision ?? 0));
            var (needed, regex) = precision switch
            {
                DatePrecision.Day => ("a day", DayEvidence()),
                DatePrecision.Month => ("a month", MonthEvidence()),
                DatePrecision.Season => ("a season", SeasonEvidence()),
                DatePrecision.Year => ("a year", YearEvidence()),
                _ => (null, null),
            };
            if (regex is null)
            {
                return;
            }

            // Each quote and the as-stated wording are searched apart: no pattern can match across two of them.
            foreach (var citation in at.Claim.Citations)
            {
                if (regex.IsMatch(citation.Quote))
                {
                    return;
                }
            }

            if (at.Claim.AsStated is { } asStated && regex.IsMatch(asStated))
            {
                return;
            }

            var write = FirstAllowing(date) is { } allowing ? $" Write {allowing.ToEdtf()}, as the quote says \"{allowing.Text}\"." : string.Empty;
            Report(item, at, relativePointer, DiagnosticCodes.DateTooPrecise, $"The date {date} has {precision.ToString().ToLowerInvariant()} precision, but no quote names {needed}.{write}");
        }

        /// <summary>Whether a stated date lies within [<paramref name="earliest"/>, <paramref name="latest"/>].</summary>
        private bool StatesWithin(NodaTime.LocalDate earliest, NodaTime.LocalDate latest)
        {
            foreach (var stated in statedDates)
            {
                if (earliest <= stated.Earliest && stated.Latest <= latest)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first stated date that may be <paramref name="date"/>, if any.</summary>
        private DateExpression? FirstAllowing(CaseDate date)
        {
            foreach (var stated in statedDates)
            {
                if (stated.Allows(date))
                {
                    return stated;
                }
            }

            return null;
        }
    }
}
