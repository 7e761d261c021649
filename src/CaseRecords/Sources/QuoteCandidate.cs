using System.Text;

namespace CaseRecords;

/// <summary>
/// A passage of a stored text near a quote that does not occur in it as written: where it is, how far it is from the
/// quote, and what differs (<see cref="SourceText.FindNearest"/>).
/// </summary>
/// <remarks>
/// The quote and the passage are compared as quotes are matched (<see cref="SourceText.Find"/>): white-space runs,
/// typographic quotes, apostrophes and dashes folded; <see cref="Differences"/> and <see cref="Marked"/> show them
/// folded that way, so a line break in the text shows as a space.
/// </remarks>
public sealed record QuoteCandidate
{
    // Every part of the passage in order: unchanged words (Quoted == Stored) and differences.
    private readonly EquatableArray<QuoteDifference> parts;

    internal QuoteCandidate(TextSpan span, string passage, int distance, bool differsOnlyInCase, EquatableArray<QuoteDifference> parts)
    {
        Span = span;
        Passage = passage;
        Distance = distance;
        DiffersOnlyInCase = differsOnlyInCase;
        this.parts = parts;
        Differences = parts.Where(p => !p.IsUnchanged).ToEquatableArray();
        Marked = Render(parts, int.MaxValue);
    }

    /// <summary>Where the passage is in the stored text (offset, length, line and column of the original text).</summary>
    public TextSpan Span { get; }

    /// <summary>The passage as stored (the text at <see cref="Span"/>).</summary>
    public string Passage { get; }

    /// <summary>
    /// How many single-character edits (insertions, deletions, substitutions; a change of case counts as one) turn the
    /// folded quote into the folded passage. 0 when the quote occurs here.
    /// </summary>
    public int Distance { get; }

    /// <summary>Whether the quote and the passage differ only in the case of letters ("Officer" for "officer").</summary>
    public bool DiffersOnlyInCase { get; }

    /// <summary>The differences, word by word, in order: what the quote has and what the text has instead.</summary>
    public EquatableArray<QuoteDifference> Differences { get; }

    /// <summary>
    /// The passage with the differences marked as <c>[-what the quote has-]{+what the text has+}</c>, for example
    /// <c>the fox was [-sighted-]{+seen+}</c>: remove what is between <c>[-</c> and <c>-]</c> from the quote and write
    /// what is between <c>{+</c> and <c>+}</c> to make it match.
    /// </summary>
    public string Marked { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"line {Span.Line}, column {Span.Column} ({Distance} edit{(Distance == 1 ? string.Empty : "s")}): {Marked}";

    /// <summary><see cref="Marked"/> with long unchanged stretches shortened to <paramref name="context"/> words either side of a difference.</summary>
    internal string MarkedBriefly(int context = 4) => Render(parts, context);

    private static string Render(EquatableArray<QuoteDifference> parts, int context)
    {
        var o = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (o.Length > 0)
            {
                o.Append(' ');
            }

            var part = parts[i];
            if (!part.IsUnchanged)
            {
                o.Append(part.ToString());
                continue;
            }

            var words = part.Quoted.Split(' ');
            var keepBefore = i == 0 ? 0 : context;                 // words after the previous difference
            var keepAfter = i == parts.Count - 1 ? 0 : context;    // words before the next difference
            if (parts.Count == 1 || words.Length <= keepBefore + keepAfter + 1 || context == int.MaxValue)
            {
                o.Append(part.Quoted);
                continue;
            }

            o.AppendJoin(' ', words.Take(keepBefore));
            o.Append(keepBefore > 0 ? " …" : "…");
            o.Append(keepAfter > 0 ? " " : string.Empty).AppendJoin(' ', words.Skip(words.Length - keepAfter));
        }

        return o.ToString();
    }
}

/// <summary>One difference between a quote and a passage near it: the words the quote has, and the words the text has instead.</summary>
/// <param name="Quoted">The quote's words (folded); empty when the text has words the quote lacks.</param>
/// <param name="Stored">The text's words (folded); empty when the quote has words the text lacks.</param>
public sealed record QuoteDifference(string Quoted, string Stored)
{
    /// <summary>Whether the two differ only in the case of letters.</summary>
    public bool OnlyInCase => !IsUnchanged && string.Equals(Quoted, Stored, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is an unchanged stretch (internal: a candidate's parts include them).</summary>
    internal bool IsUnchanged => string.Equals(Quoted, Stored, StringComparison.Ordinal);

    /// <summary>The difference as <c>[-quoted-]{+stored+}</c> (either part left out when empty).</summary>
    /// <returns>The marked difference.</returns>
    public override string ToString() =>
        (Quoted.Length > 0 ? $"[-{Quoted}-]" : string.Empty) + (Stored.Length > 0 ? $"{{+{Stored}+}}" : string.Empty);
}
