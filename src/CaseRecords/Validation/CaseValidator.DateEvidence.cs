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
        /// <summary>
        /// Whether the date is one its quotes (or its as-stated wording) state: some date they state must share a
        /// day with it (CR2018 when they state only other dates, CR2019 when they state none).
        /// </summary>
        private void CheckDateSupport(Located item, ClaimAt at, string relativePointer, CaseDate date)
        {
            DateExpression? other = null;
            var citations = at.Claim.Citations;
            for (var i = 0; i <= citations.Count; i++)
            {
                var text = i < citations.Count ? citations[i].Quote : at.Claim.AsStated;
                foreach (var expression in text is null ? [] : DateExpressions.Find(text))
                {
                    if (expression.Allows(date))
                    {
                        return;
                    }

                    other ??= expression;
                }
            }

            if (other is { } stated)
            {
                Report(item, at, relativePointer, DiagnosticCodes.DateContradicted, $"{date} contradicts the quote, which says \"{stated.Text}\".");
            }
            else
            {
                Report(item, at, relativePointer, DiagnosticCodes.DateNotStated, $"No quote states the date {date}: quote the words that give it.");
            }
        }

        private void CheckDateEvidence(Located item, ClaimAt at, string relativePointer, CaseDate date)
        {
            CheckDateSupport(item, at, relativePointer, date);

            // A stated date whose days all lie within the claim's ("the late 90s" for [1996..1999], "May 1991" for
            // 1991) shows the claim is no more precise than its quote; otherwise the word patterns below decide.
            var earliest = date.Earliest ?? NodaTime.LocalDate.MinIsoValue;
            var latest = date.Latest ?? NodaTime.LocalDate.MaxIsoValue;
            var citations = at.Claim.Citations;
            for (var i = 0; i <= citations.Count; i++)
            {
                if ((i < citations.Count ? citations[i].Quote : at.Claim.AsStated) is { } text
                    && DateExpressions.Find(text).Any(e => earliest <= e.Earliest && e.Latest <= latest))
                {
                    return;
                }
            }

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

            Report(item, at, relativePointer, DiagnosticCodes.DateTooPrecise, $"The date {date} has {precision.ToString().ToLowerInvariant()} precision, but no quote names {needed}.");
        }
    }
}
