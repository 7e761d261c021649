using System.Globalization;

namespace CaseRecords.Validation;

/// <summary>A citation whose quote was found in its source, and where.</summary>
/// <remarks>
/// A report holds one of these for every citation of a dataset (1.3 million at 1M claims), so it is a struct kept in
/// one array, and the validator keeps the parts of the JSON Pointer and builds the string only when
/// <see cref="JsonPointer"/> is read. The default value is no match (its members are null); a report never holds it.
/// </remarks>
public readonly record struct QuoteMatch
{
    // Either the whole pointer (property null) or the entity's pointer and the claim's property.
    private readonly string pointer;
    private readonly string? property;
    private readonly int claimIndex;
    private readonly int citationIndex;

    /// <summary>Creates a match.</summary>
    /// <param name="Subject">The entity of the cited claim.</param>
    /// <param name="JsonPointer">The citation's JSON Pointer in its record file.</param>
    /// <param name="Citation">The citation.</param>
    /// <param name="Span">Where the quote occurs in the source's stored text.</param>
#pragma warning disable SA1313 // the parameter names are the property names, as in a positional record
    public QuoteMatch(string Subject, string JsonPointer, Citation Citation, TextSpan Span)
#pragma warning restore SA1313
    {
        this.Subject = Subject;
        pointer = JsonPointer;
        this.Citation = Citation;
        this.Span = Span;
    }

    /// <summary>A match whose pointer is <c>{entityPointer}/{property}/{claimIndex}/citations/{citationIndex}</c>, built on demand.</summary>
    internal QuoteMatch(string subject, string entityPointer, string property, int claimIndex, int citationIndex, Citation citation, TextSpan span)
    {
        Subject = subject;
        pointer = entityPointer;
        this.property = property;
        this.claimIndex = claimIndex;
        this.citationIndex = citationIndex;
        Citation = citation;
        Span = span;
    }

    /// <summary>The entity of the cited claim.</summary>
    public string Subject { get; init; }

    /// <summary>The citation's JSON Pointer in its record file.</summary>
    public string JsonPointer
    {
        get => property is null ? pointer : string.Create(CultureInfo.InvariantCulture, $"{pointer}/{property}/{claimIndex}/citations/{citationIndex}");
        init
        {
            pointer = value;
            property = null;
        }
    }

    /// <summary>The citation.</summary>
    public Citation Citation { get; init; }

    /// <summary>Where the quote occurs in the source's stored text.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Deconstructs the match.</summary>
    /// <param name="Subject">The entity of the cited claim.</param>
    /// <param name="JsonPointer">The citation's JSON Pointer.</param>
    /// <param name="Citation">The citation.</param>
    /// <param name="Span">Where the quote occurs.</param>
#pragma warning disable SA1313
    public void Deconstruct(out string Subject, out string JsonPointer, out Citation Citation, out TextSpan Span)
#pragma warning restore SA1313
    {
        Subject = this.Subject;
        JsonPointer = this.JsonPointer;
        Citation = this.Citation;
        Span = this.Span;
    }

    /// <inheritdoc/>
    public bool Equals(QuoteMatch other) =>
        string.Equals(Subject, other.Subject, StringComparison.Ordinal)
        && string.Equals(JsonPointer, other.JsonPointer, StringComparison.Ordinal)
        && Equals(Citation, other.Citation)
        && Span.Equals(other.Span);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Subject, JsonPointer, Citation, Span);
}
