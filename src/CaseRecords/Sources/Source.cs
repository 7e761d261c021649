using CaseRecords.Dates;

namespace CaseRecords;

/// <summary>
/// A document that claims cite: its metadata, and the stored text file that quotes are checked against,
/// pinned by the SHA-256 of its bytes so that a changed text is detected.
/// </summary>
/// <remarks>A source's metadata describe the document itself; they are not claims.</remarks>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The stable id, for example "wikipedia-john-balcerzak".</param>
    /// <param name="title">The document's title.</param>
    /// <param name="kind">What kind of document it is.</param>
    /// <param name="textPath">The stored text's path, relative to the dataset folder, with '/' separators.</param>
    /// <param name="sha256">The SHA-256 of the stored text's bytes: 64 lower-case hexadecimal digits.</param>
    /// <exception cref="ArgumentException">An argument is empty or malformed.</exception>
    public Source(string id, string title, SourceKind kind, string textPath, string sha256)
    {
        Id = id;
        Title = title;
        Kind = kind;
        TextPath = textPath;
        Sha256 = sha256;
    }

    /// <summary>The stable id, unique in a dataset.</summary>
    public string Id { get; init => field = Guard.Id(value, nameof(Id)); }

    /// <summary>The document's title.</summary>
    public string Title { get; init => field = Guard.NotBlank(value, nameof(Title)); }

    /// <summary>What kind of document it is.</summary>
    public SourceKind Kind { get; init => field = Guard.Defined(value, nameof(Kind)); }

    /// <summary>The author, where known.</summary>
    public string? Author { get; init => field = Guard.NullOrNotBlank(value, nameof(Author)); }

    /// <summary>The publisher or website, where known.</summary>
    public string? Publisher { get; init => field = Guard.NullOrNotBlank(value, nameof(Publisher)); }

    /// <summary>The document's address, where known.</summary>
    public Uri? Url { get; init => field = value is null || value.IsAbsoluteUri ? value : throw new ArgumentException("The URL must be absolute.", nameof(Url)); }

    /// <summary>When the document was published, where known.</summary>
    public CaseDate? Published { get; init; }

    /// <summary>When the stored text was retrieved, where known.</summary>
    public CaseDate? Retrieved { get; init; }

    /// <summary>The document's language as a BCP 47 tag ("en"), where known.</summary>
    public string? Language { get; init => field = Guard.NullOrNotBlank(value, nameof(Language)); }

    /// <summary>The stored text's path, relative to the dataset folder, with '/' separators.</summary>
    public string TextPath { get; init => field = Guard.NotBlank(value, nameof(TextPath)); }

    /// <summary>The SHA-256 of the stored text's bytes, as 64 lower-case hexadecimal digits.</summary>
    public string Sha256
    {
        get;
        init => field = IsSha256(value)
            ? value
            : throw new ArgumentException("The SHA-256 must be 64 lower-case hexadecimal digits.", nameof(Sha256));
    }

    /// <summary>Whether <paramref name="hex"/> is 64 lower-case hexadecimal digits.</summary>
    /// <param name="hex">The candidate digest.</param>
    /// <returns><see langword="true"/> for a well-formed digest.</returns>
    public static bool IsSha256(string? hex) => hex is { Length: 64 } && hex.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>Computes the SHA-256 of <paramref name="bytes"/> in the form <see cref="Sha256"/> uses.</summary>
    /// <param name="bytes">The stored text's bytes.</param>
    /// <returns>64 lower-case hexadecimal digits.</returns>
    public static string ComputeSha256(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    /// <inheritdoc/>
    public override string ToString() => $"Source {Id}";
}
