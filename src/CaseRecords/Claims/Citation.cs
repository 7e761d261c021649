namespace CaseRecords;

/// <summary>
/// The evidence for a claim: a source and the words in it that support the claim.
/// </summary>
/// <remarks>
/// When the source only relays what a third party said or reported ("per AP News"), <see cref="RelayedFrom"/>
/// names that party, so first-hand and relayed claims can be told apart. The quote is still copied from the
/// cited source, never from the party it relays.
/// </remarks>
public sealed record Citation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="source">The id of the cited <see cref="Source"/>.</param>
    /// <param name="quote">The passage of the source's text that supports the claim, copied verbatim.</param>
    /// <exception cref="ArgumentException">The source id is not a valid id, or the quote is empty.</exception>
    public Citation(string source, string quote)
    {
        Source = source;
        Quote = quote;
    }

    /// <summary>The id of the cited <see cref="CaseRecords.Source"/>.</summary>
    /// <exception cref="ArgumentException">Set to an invalid id.</exception>
    public string Source { get; init => field = Guard.Id(value, nameof(Source)); }

    /// <summary>The verbatim passage from the source's text.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space quote.</exception>
    public string Quote
    {
        get;
        init
        {
            field = Guard.NotBlank(value, nameof(Quote));
            QuoteKey = KeyOf(field);
        }
    }

    /// <summary>Where in the source the passage is (page, paragraph, timestamp), if given.</summary>
    public string? Locator { get; init => field = Guard.NullOrNotBlank(value, nameof(Locator)); }

    /// <summary>
    /// The id of the person, organization or source that the cited source relays (for example the
    /// organization "ap-news" for "…, per AP News"); <see langword="null"/> for first-hand reporting.
    /// </summary>
    public string? RelayedFrom { get; init => field = value is null ? null : Guard.Id(value, nameof(RelayedFrom)); }

    /// <summary>Whether the source relays a third party rather than reporting first-hand.</summary>
    public bool IsRelayed => RelayedFrom is not null;

    /// <summary>
    /// A hash of the quote from its length and its first, middle and last four characters, made with it, while they
    /// are at hand: the validator's table of quote searches finds a citation's slot from it without reading the quote
    /// again (at 1M claims, reading each quote's first characters once more was the table's main cost). The middle
    /// characters tell apart quotes that begin and end alike ("about … at"), which shared a slot. Equal quotes have
    /// equal keys, so the record's equality is unchanged.
    /// </summary>
    internal int QuoteKey { get; private init; }

    /// <summary>The <see cref="QuoteKey"/> of a citation of <paramref name="quote"/> (the reader's table of citations uses it too).</summary>
    internal static int KeyOf(string quote)
    {
        var chars = System.Runtime.InteropServices.MemoryMarshal.AsBytes(quote.AsSpan());
        return chars.Length >= 8
            ? HashCode.Combine(quote.Length, System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(chars), System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(chars[Math.Min((chars.Length / 2) & ~1, chars.Length - 8)..]), System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(chars[^8..]))
            : quote.GetHashCode();
    }
}
