namespace CaseRecords;

/// <summary>The stored text of a source, as loaded: what quotes are checked against.</summary>
public sealed record SourceText
{
    /// <summary>Creates a stored text.</summary>
    /// <param name="path">The path relative to the dataset folder, as in <see cref="Source.TextPath"/>.</param>
    /// <param name="text">The text.</param>
    /// <param name="sha256">The SHA-256 of the file's bytes as loaded (compare with <see cref="Source.Sha256"/>).</param>
    /// <exception cref="ArgumentException">The path is empty or the digest malformed.</exception>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    public SourceText(string path, string text, string sha256)
    {
        Path = Guard.NotBlank(path, nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Sha256 = Source.IsSha256(sha256) ? sha256 : throw new ArgumentException("The SHA-256 must be 64 lower-case hexadecimal digits.", nameof(sha256));
    }

    /// <summary>Creates a stored text from its UTF-8 content, computing its digest.</summary>
    /// <param name="path">The path relative to the dataset folder.</param>
    /// <param name="text">The text; its digest is that of its UTF-8 bytes without a byte-order mark.</param>
    /// <returns>The stored text.</returns>
    public static SourceText FromText(string path, string text) =>
        new(path, text, Source.ComputeSha256(System.Text.Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text)))));

    /// <summary>The path relative to the dataset folder.</summary>
    public string Path { get; }

    /// <summary>The text, decoded from UTF-8 (a leading byte-order mark is not part of it).</summary>
    public string Text { get; }

    /// <summary>The SHA-256 of the file's bytes as loaded.</summary>
    public string Sha256 { get; }

    /// <summary>Whether the file began with a UTF-8 byte-order mark (kept when the text is written back).</summary>
    public bool HasByteOrderMark { get; init; }

    /// <summary>
    /// Finds a quote in the text as the validator checks a citation's quote: verbatim, except that every run of white
    /// space (spaces, tabs, line breaks, no-break spaces) matches any other run, typographic double quotes
    /// (“ ” „ ‟ ″) match '"', typographic apostrophes and single quotes (‘ ’ ‚ ‛ ′) match '\'', and dashes
    /// (‐ ‑ ‒ – — ― −) match '-'. Letters, case, digits and other punctuation must match exactly; white space at either
    /// end of the quote is ignored.
    /// </summary>
    /// <param name="quote">The quote, for example a <see cref="Citation.Quote"/>.</param>
    /// <returns>
    /// Where its first occurrence is (the span covers the passage as stored, with its own white space and punctuation),
    /// or <see langword="null"/> when it does not occur; a quote that is empty or only white space never occurs.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="quote"/> is null.</exception>
    /// <remarks>
    /// Thread-safe. The first call folds the text and indexes its 8-character substrings, which costs time and memory
    /// in proportion to the text; the index is kept as long as this instance, so that later calls cost about the length
    /// of the quote.
    /// </remarks>
    public TextSpan? Find(string quote) => QuoteFinder.FindAttached(this, quote);

    /// <summary>
    /// Finds the passages nearest to a quote, by edit distance: where a quote that does not occur was most likely taken
    /// from (a typo, a word changed, a difference in case), the way annotation tools re-anchor a quote whose text
    /// changed. The quote and the text are folded as <see cref="Find"/> folds them.
    /// </summary>
    /// <param name="quote">The quote.</param>
    /// <param name="max">How many passages at most (they do not overlap).</param>
    /// <param name="maxDistance">
    /// The most edits a passage may differ by; <see langword="null"/> for half the folded quote's length. A passage that
    /// differs from the quote only in case is returned whatever its distance.
    /// </param>
    /// <returns>
    /// The passages, nearest first (fewest edits ignoring case, then fewest edits, then first in the text); an occurrence
    /// of the quote comes first, with distance 0. Empty when nothing is that near, and for a quote that is empty or, folded,
    /// longer than <see cref="MaxNearestQuoteLength"/> characters.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="quote"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than 1, or <paramref name="maxDistance"/> negative.</exception>
    /// <remarks>
    /// Thread-safe. Reads the whole text once per call (Myers' bit-parallel algorithm, 64 characters of the quote to a
    /// machine word), so it costs about the text's length times (1 + distance / 64): milliseconds for a text of a few
    /// megabytes. It shares the folded text with <see cref="Find"/>.
    /// </remarks>
    public EquatableArray<QuoteCandidate> FindNearest(string quote, int max = 3, int? maxDistance = null) =>
        QuoteFinder.FindNearestAttached(this, quote, max, maxDistance);

    /// <summary>The longest quote (folded) <see cref="FindNearest"/> searches for.</summary>
    public const int MaxNearestQuoteLength = NearestPassage.MaxQuoteLength;
}
