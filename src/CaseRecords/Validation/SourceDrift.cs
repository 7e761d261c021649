using System.Text;

namespace CaseRecords.Validation;

/// <summary>What differs between a stored text and the text its recorded SHA-256 was computed from, as far as can be told.</summary>
public enum TextDifference
{
    /// <summary>The content: the text is not the one the records were written against (or what differs cannot be told).</summary>
    Content,

    /// <summary>Only the line endings: the text with its CRLF line endings made LF (or its LF made CRLF) has the recorded hash.</summary>
    LineEndings,

    /// <summary>Only a byte-order mark: the file with its UTF-8 byte-order mark removed (or one added) has the recorded hash.</summary>
    ByteOrderMark,

    /// <summary>Only the line endings and a byte-order mark.</summary>
    LineEndingsAndByteOrderMark,
}

/// <summary>A quote that no longer occurs in its source's stored text.</summary>
/// <param name="Quote">The quote, as cited.</param>
/// <param name="Citations">How many citations of the source quote it.</param>
/// <param name="Nearest">The nearest passage of the text, when one is close enough (as CR2001 names it); otherwise null.</param>
public sealed record LostQuote(string Quote, int Citations, QuoteCandidate? Nearest);

/// <summary>
/// A source whose stored text no longer has the recorded SHA-256: what differs, and whether the quotes that cite it
/// still occur in the text as it is (CR2004; <c>caserecords rehash</c> records the new hash only when they all do).
/// </summary>
/// <remarks>
/// CaseRecords keeps no copy of the text a hash was recorded for, so it cannot tell whether a quote moved in the text;
/// it tells whether each quote still occurs, and whether only after folding white space, quotes or dashes.
/// </remarks>
public sealed record SourceDrift
{
    internal SourceDrift(Source source, SourceText text, TextDifference difference, int citations, int stillOccur, int onlyFolded, EquatableArray<LostQuote> lost)
    {
        Source = source;
        Text = text;
        Difference = difference;
        Citations = citations;
        StillOccur = stillOccur;
        OnlyFolded = onlyFolded;
        Lost = lost;
    }

    /// <summary>The source.</summary>
    public Source Source { get; }

    /// <summary>Its stored text as loaded (<see cref="SourceText.Sha256"/> is the new hash).</summary>
    public SourceText Text { get; }

    /// <summary>What differs from the text the recorded hash was computed from, as far as can be told.</summary>
    public TextDifference Difference { get; }

    /// <summary>How many citations quote the source.</summary>
    public int Citations { get; }

    /// <summary>How many of those quotes still occur in the text.</summary>
    public int StillOccur { get; }

    /// <summary>How many of those that still occur do so only after folding (their first occurrence differs from the quote in white space, quotes or dashes).</summary>
    public int OnlyFolded { get; }

    /// <summary>How many of the citations' quotes no longer occur.</summary>
    public int Gone => Citations - StillOccur;

    /// <summary>The quotes that no longer occur, each once, in the order they are first cited.</summary>
    public EquatableArray<LostQuote> Lost { get; }

    /// <summary>The drift of one source: null when its text is not loaded or still has the recorded hash.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="source">One of its sources.</param>
    /// <returns>The drift, with the nearest passage to each lost quote when one is close enough; or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Costs a search of the text for every quote citing the source, and a nearest-passage search for each lost one.</remarks>
    public static SourceDrift? Of(CaseDataset dataset, Source source)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(source);
        return dataset.GetText(source) is { } text && !string.Equals(text.Sha256, source.Sha256, StringComparison.Ordinal)
            ? Measure(dataset, source, text, text.Find, quote => text.FindNearest(quote, 1, CloseEnough(quote)) is [var nearest] ? nearest : null)
            : null;
    }

    /// <summary>The drift of every source of <paramref name="dataset"/> whose text is loaded and no longer has the recorded hash.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>One drift per such source, in the dataset's order of sources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static EquatableArray<SourceDrift> Of(CaseDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Sources.Select(s => Of(dataset, s)).OfType<SourceDrift>().ToEquatableArray();
    }

    /// <summary>The most edits a passage may differ from a quote by and still be named as what it meant: 20% of the folded quote's length, and at least 2.</summary>
    internal static int CloseEnough(string quote) => Math.Max(2, QuoteFinder.FoldedLength(quote) / 5);

    /// <summary>Measures the drift of a source whose text's hash differs, with the given searches.</summary>
    internal static SourceDrift Measure(CaseDataset dataset, Source source, SourceText text, Func<string, TextSpan?> find, Func<string, QuoteCandidate?>? nearest)
    {
        var difference = Compare(text, source.Sha256);
        int citations = 0, stillOccur = 0, onlyFolded = 0;
        var lost = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in dataset.ClaimsCiting(source.Id))
        {
            foreach (var citation in entry.Claim.Citations)
            {
                if (!string.Equals(citation.Source, source.Id, StringComparison.Ordinal))
                {
                    continue;
                }

                citations++;
                if (find(citation.Quote) is { } span)
                {
                    stillOccur++;
                    if (!text.Text.AsSpan(span.Start, span.Length).SequenceEqual(citation.Quote.AsSpan().Trim()))
                    {
                        onlyFolded++;
                    }
                }
                else
                {
                    lost[citation.Quote] = lost.GetValueOrDefault(citation.Quote) + 1;
                }
            }
        }

        // Dictionary enumeration keeps insertion order when nothing is removed: the order quotes are first cited.
        var lostQuotes = lost.Select(l => new LostQuote(l.Key, l.Value, nearest?.Invoke(l.Key))).ToEquatableArray();
        return new SourceDrift(source, text, difference, citations, stillOccur, onlyFolded, lostQuotes);
    }

    /// <summary>Whether the text with other line endings, or with or without a byte-order mark, has the recorded hash.</summary>
    internal static TextDifference Compare(SourceText text, string recorded)
    {
        var content = text.Text;
        var otherEndings = content.Contains("\r\n", StringComparison.Ordinal) ? content.Replace("\r\n", "\n", StringComparison.Ordinal)
            : content.Contains('\n', StringComparison.Ordinal) ? content.Replace("\n", "\r\n", StringComparison.Ordinal)
            : null;
        if (otherEndings is not null && Hash(otherEndings, text.HasByteOrderMark) == recorded)
        {
            return TextDifference.LineEndings;
        }

        if (Hash(content, !text.HasByteOrderMark) == recorded)
        {
            return TextDifference.ByteOrderMark;
        }

        return otherEndings is not null && Hash(otherEndings, !text.HasByteOrderMark) == recorded
            ? TextDifference.LineEndingsAndByteOrderMark
            : TextDifference.Content;
    }

    private static string Hash(string content, bool byteOrderMark)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return Source.ComputeSha256(byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }
}
