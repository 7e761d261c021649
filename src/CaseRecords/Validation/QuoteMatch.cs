namespace CaseRecords.Validation;

/// <summary>A citation whose quote was found in its source, and where.</summary>
/// <param name="Subject">The entity of the cited claim.</param>
/// <param name="JsonPointer">The citation's JSON Pointer in its record file.</param>
/// <param name="Citation">The citation.</param>
/// <param name="Span">Where the quote occurs in the source's stored text.</param>
public sealed record QuoteMatch(string Subject, string JsonPointer, Citation Citation, TextSpan Span);
