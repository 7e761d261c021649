using System.Diagnostics.CodeAnalysis;

namespace CaseRecords.Dates;

/// <summary>
/// The outcome of <see cref="CaseDate.Parse"/>: either a value or a description of what is wrong.
/// Like NodaTime's <c>ParseResult</c>, failure is reported without throwing.
/// </summary>
public sealed record EdtfParseResult
{
    private EdtfParseResult(CaseDate? value, EdtfErrorKind? errorKind, string? message, int errorIndex)
    {
        Value = value;
        ErrorKind = errorKind;
        Message = message;
        ErrorIndex = errorIndex;
    }

    /// <summary>Whether parsing succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Success => Value is not null;

    /// <summary>The parsed date; null on failure.</summary>
    public CaseDate? Value { get; }

    /// <summary>The kind of error; null on success.</summary>
    public EdtfErrorKind? ErrorKind { get; }

    /// <summary>What is wrong and how to fix it; null on success.</summary>
    public string? Message { get; }

    /// <summary>The 0-based index of the offending character (the text length when something is missing at the end); -1 on success.</summary>
    public int ErrorIndex { get; }

    /// <summary>Returns the value, or throws when parsing failed.</summary>
    /// <exception cref="FormatException">Parsing failed; the exception message is <see cref="Message"/>.</exception>
    public CaseDate GetValueOrThrow() => Value ?? throw new FormatException(Message);

    internal static EdtfParseResult ForSuccess(CaseDate value) => new(value, null, null, -1);

    internal static EdtfParseResult ForFailure(EdtfErrorKind kind, int index, string message) => new(null, kind, message, index);
}
