namespace CaseRecords.Serialization;

/// <summary>
/// Shares citations that a reading thread reads again (the same source, quote, locator and relayed source, as the
/// same pooled strings), and the one-citation list of each: a quote is often cited by several claims, and most claims
/// have one citation. A fixed table, like <see cref="StringPool"/>'s: a citation that misses is made anew, so the
/// pool never grows. Not thread-safe.
/// </summary>
/// <remarks>
/// Citations are immutable records with value equality; whether two equal ones are one object is not observable
/// through the model. The reader does not share a citation whose place in its list differs from its place in the
/// file (one before it was left out): <see cref="FileLayout"/> finds that place by the citation itself.
/// </remarks>
internal sealed class CitationPool
{
    private const int Slots = 1 << 14;

    // Each slot keeps its citation's quote beside it: a slot whose quote is another string is a miss found without
    // reading the citation, an object somewhere in the heap.
    private readonly (string? Quote, Citation? Citation, EquatableArray<Citation> One)[] table = new (string?, Citation?, EquatableArray<Citation>)[Slots];

    /// <summary>The citation of these parts: the one made last for them, if it is still in the table, or a new one.</summary>
    public Citation Get(string source, string quote, string? locator, string? relayedFrom)
    {
        ref var entry = ref table[Slot(source, Citation.KeyOf(quote))];
        if (ReferenceEquals(entry.Quote, quote) && entry.Citation is { } shared
            && ReferenceEquals(shared.Source, source) && ReferenceEquals(shared.Locator, locator) && ReferenceEquals(shared.RelayedFrom, relayedFrom))
        {
            return shared;
        }

        var created = new Citation(source, quote) { Locator = locator, RelayedFrom = relayedFrom };
        entry = (quote, created, default);
        return created;
    }

    /// <summary>The list of this one citation: shared when the citation is the one the table holds.</summary>
    public EquatableArray<Citation> One(Citation citation)
    {
        ref var entry = ref table[Slot(citation.Source, citation.QuoteKey)];
        if (!ReferenceEquals(entry.Citation, citation))
        {
            return [citation];
        }

        if (entry.One.IsEmpty)
        {
            entry.One = [citation];
        }

        return entry.One;
    }

    // From the quote's key (Citation.KeyOf: its length and first and last characters) and the source id's length and
    // last character: the strings were just read, so this touches nothing else in the heap.
    private static int Slot(string source, int quoteKey) => HashCode.Combine(quoteKey, source.Length, source[^1]) & (Slots - 1);
}
