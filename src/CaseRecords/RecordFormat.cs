using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;

namespace CaseRecords;

/// <summary>
/// The record format, named once: for each object type, its properties in canonical (written) order and which
/// are required. The reader, the writer, the validator's JSON Pointers and the entities' claim-list names all
/// take their names from here; tests hold the JSON Schema and docs/format.md to it.
/// </summary>
/// <remarks>
/// Each object type is an enum whose members are its properties, in canonical order; the JSON name of a member
/// is its camelCase name. Adding a property means adding a member here, then reading and writing it.
/// </remarks>
internal static class RecordFormat
{
    /// <summary>The format version this library reads and writes.</summary>
    public const string Version = RecordFile.CurrentFormatVersion;

    /// <summary>
    /// The format versions this library reads: 1.0 (no labels, name forms or inferences: a subset of 1.1, read as
    /// it is) and the current one. Files are always written in the current version.
    /// </summary>
    public static IReadOnlyList<string> ReadableVersions { get; } = ["1.0", Version];

    /// <summary>The top-level object of a record file.</summary>
    public static readonly ObjectShape<FileField> File = new("record file", FileField.FormatVersion);

    /// <summary>A source: a document that claims cite.</summary>
    public static readonly ObjectShape<SourceField> Source = new("source", SourceField.Id, SourceField.Title, SourceField.Kind, SourceField.Text, SourceField.Sha256);

    /// <summary>A person.</summary>
    public static readonly ObjectShape<PersonField> Person = new("person", PersonField.Id);

    /// <summary>An organization.</summary>
    public static readonly ObjectShape<OrganizationField> Organization = new("organization", OrganizationField.Id);

    /// <summary>An incident.</summary>
    public static readonly ObjectShape<IncidentField> Incident = new("incident", IncidentField.Id);

    /// <summary>A proceeding.</summary>
    public static readonly ObjectShape<ProceedingField> Proceeding = new("proceeding", ProceedingField.Id, ProceedingField.Kind);

    /// <summary>A claim. Its citations are required too, but a claim without them is reported as uncited (CR1012).</summary>
    public static readonly ObjectShape<ClaimField> Claim = new("claim", ClaimField.Value, ClaimField.Citations);

    /// <summary>A citation: a source and the verbatim quote.</summary>
    public static readonly ObjectShape<CitationField> Citation = new("citation", CitationField.Source, CitationField.Quote);

    /// <summary>A reference to an entity, with a role.</summary>
    public static readonly ObjectShape<ReferenceField> Reference = new("reference", ReferenceField.Id);

    /// <summary>A fact's value.</summary>
    public static readonly ObjectShape<FactField> Fact = new("fact", FactField.Property);

    /// <summary>A quantity.</summary>
    public static readonly ObjectShape<QuantityField> Quantity = new("quantity", QuantityField.Amount, QuantityField.Unit);

    /// <summary>An amount of money.</summary>
    public static readonly ObjectShape<MoneyField> Money = new("money", MoneyField.Amount, MoneyField.Currency);

    /// <summary>Every object type, for the tests that hold the schema and the docs to the format.</summary>
    public static IReadOnlyList<ObjectShape> All { get; } = [File, Source, Person, Organization, Incident, Proceeding, Claim, Citation, Reference, Fact, Quantity, Money];

    /// <summary>The top-level lists, in canonical order.</summary>
    public static IReadOnlyList<FileField> Lists { get; } = [FileField.Sources, FileField.Persons, FileField.Organizations, FileField.Incidents, FileField.Proceedings];
}

/// <summary>The properties of a record file's top-level object.</summary>
internal enum FileField
{
    FormatVersion, Sources, Persons, Organizations, Incidents, Proceedings,
}

/// <summary>The properties of a source.</summary>
internal enum SourceField
{
    Id, Title, Kind, Author, Publisher, Url, Published, Retrieved, Language, Text, Sha256,
}

/// <summary>The properties of a person.</summary>
internal enum PersonField
{
    Id, Label, Sensitivity, Names, Facts,
}

/// <summary>The properties of an organization.</summary>
internal enum OrganizationField
{
    Id, Label, Names, Facts,
}

/// <summary>The properties of an incident.</summary>
internal enum IncidentField
{
    Id, Label, Names, Dates, Places, Participants, Facts,
}

/// <summary>The properties of a proceeding.</summary>
internal enum ProceedingField
{
    Id, Kind, Label, Names, Forums, Parties, Filed, Decided, Outcomes, Concerns, Reviews, Follows, Facts,
}

/// <summary>The properties of a claim.</summary>
internal enum ClaimField
{
    Value, Citations, Rank, Form, AsStated, InferredFrom, Note, Sensitivity,
}

/// <summary>The properties of a citation.</summary>
internal enum CitationField
{
    Source, Quote, Locator, RelayedFrom,
}

/// <summary>The properties of a reference.</summary>
internal enum ReferenceField
{
    Id, Role,
}

/// <summary>The properties of a fact's value.</summary>
internal enum FactField
{
    Property, Text, Date, Place, Quantity, Money, Related,
}

/// <summary>The properties of a quantity.</summary>
internal enum QuantityField
{
    Amount, UpperAmount, Unit, Approximate,
}

/// <summary>The properties of an amount of money.</summary>
internal enum MoneyField
{
    Amount, Currency,
}

/// <summary>One object type of the format: its properties' names in canonical order, and which are required.</summary>
internal abstract class ObjectShape
{
    private readonly byte[][] utf8;

    private protected ObjectShape(string noun, string[] names, int required)
    {
        Noun = noun;
        Names = names;
        Required = required;
        utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
        Encoded = [.. names.Select(n => JsonEncodedText.Encode(n, JavaScriptEncoder.UnsafeRelaxedJsonEscaping))];
    }

    /// <summary>What one such object is called in messages ("source", "claim").</summary>
    public string Noun { get; }

    /// <summary>The property names, in canonical order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The required properties, one bit per property index.</summary>
    public int Required { get; }

    /// <summary>The names, pre-encoded for the writer.</summary>
    public IReadOnlyList<JsonEncodedText> Encoded { get; }

    /// <summary>The index of the property named by the UTF-8 bytes <paramref name="name"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            // Length and first byte first: most names differ there, and the comparison is not called.
            var candidate = utf8[i];
            if (candidate.Length == name.Length && candidate[0] == name[0] && name.SequenceEqual(candidate))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The property a misspelled <paramref name="name"/> most likely means; null when none is close.</summary>
    public string? Suggest(string name) => Closest(Names, name);

    /// <summary>The candidate <paramref name="written"/> most likely means: equal ignoring case, or one or two edits away (adjacent swaps count one); null when none is close.</summary>
    public static string? Closest(IEnumerable<string> candidates, string written)
    {
        if (written.Length > 64)
        {
            return null;
        }

        var best = candidates.Select(c => (Candidate: c, Distance: string.Equals(c, written, StringComparison.OrdinalIgnoreCase) ? 0 : EditDistance(c, written))).MinBy(c => c.Distance);
        return best.Candidate is not null && best.Distance <= Math.Min(2, Math.Max(1, written.Length / 3)) ? best.Candidate : null;
    }

    /// <summary>The Damerau-Levenshtein distance (adjacent swaps count one) between two short strings.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

/// <summary>An object type whose properties are the members of <typeparamref name="TField"/>.</summary>
/// <typeparam name="TField">The enum of the object's properties, in canonical order.</typeparam>
internal sealed class ObjectShape<TField> : ObjectShape
    where TField : struct, Enum
{
    public ObjectShape(string noun, params TField[] required)
        : base(noun, [.. Enum.GetValues<TField>().Select(f => JsonNamingPolicy.CamelCase.ConvertName(f.ToString()))], required.Aggregate(0, (mask, f) => mask | (1 << System.Runtime.CompilerServices.Unsafe.BitCast<TField, int>(f))))
    {
    }

    /// <summary>The JSON name of <paramref name="field"/>.</summary>
    public string this[TField field] => Names[System.Runtime.CompilerServices.Unsafe.BitCast<TField, int>(field)];

    /// <summary>The pre-encoded JSON name of <paramref name="field"/>.</summary>
    public JsonEncodedText Encode(TField field) => Encoded[System.Runtime.CompilerServices.Unsafe.BitCast<TField, int>(field)];
}
