using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaseRecords.Dates;

namespace CaseRecords.Serialization;

/// <summary>
/// Writes datasets as canonical JSON: properties in the format's order, two-space indentation, '\n' line ends,
/// empty lists and default values left out, non-ASCII text unescaped. Loading a canonical file and writing
/// it again gives the same bytes. Property names and their order come from the one description of the format
/// that the reader also uses.
/// </summary>
public static class CaseDatasetWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonWriterOptions Canonical = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Writes one record file as canonical JSON.</summary>
    /// <param name="file">The record file.</param>
    /// <param name="destination">The stream to write to; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    public static void Write(RecordFile file, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(destination);
        using (var writer = new Utf8JsonWriter(destination, Canonical))
        {
            WriteFile(writer, file);
        }

        destination.WriteByte((byte)'\n');
    }

    /// <summary>Returns one record file as canonical JSON text.</summary>
    /// <param name="file">The record file.</param>
    /// <returns>The JSON, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public static string ToJson(RecordFile file)
    {
        using var buffer = new MemoryStream();
        Write(file, buffer);
        return Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Writes every record file and stored text of <paramref name="dataset"/> into <paramref name="folder"/>, at
    /// their relative paths. Each file is written to a temporary file first and then moved into place.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="folder">The destination folder; created if missing.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A path in the dataset is not a safe relative path.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing was refused.</exception>
    public static void WriteFolder(CaseDataset dataset, string folder)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        foreach (var file in dataset.Files)
        {
            WriteAtomically(root, file.Path, stream => Write(file, stream));
        }

        foreach (var text in dataset.Texts)
        {
            WriteAtomically(root, text.Path, stream =>
            {
                if (text.HasByteOrderMark)
                {
                    stream.Write([0xEF, 0xBB, 0xBF]);
                }

                stream.Write(Utf8.GetBytes(text.Text));
            });
        }
    }

    private static void WriteAtomically(string root, string relativePath, Action<Stream> write)
    {
        if (!Loading.DatasetPaths.IsSafeRelative(relativePath, out var problem))
        {
            throw new ArgumentException($"Refusing to write \"{relativePath}\": {problem}.", nameof(relativePath));
        }

        var target = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        AtomicFile.Write(target, write);
    }

    // ---- model to JSON ----------------------------------------------------------------------------------------

    private static void WriteFile(Utf8JsonWriter w, RecordFile file)
    {
        var f = RecordFormat.File;
        w.WriteStartObject();
        Optional(w, f.Encode(FileField.Schema), file.Schema);
        w.WriteString(f.Encode(FileField.FormatVersion), RecordFile.CurrentFormatVersion);
        List(w, f.Encode(FileField.Sources), file.Sources, WriteSource);
        List(w, f.Encode(FileField.Persons), file.Persons, WriteEntity);
        List(w, f.Encode(FileField.Organizations), file.Organizations, WriteEntity);
        List(w, f.Encode(FileField.Incidents), file.Incidents, WriteEntity);
        List(w, f.Encode(FileField.Proceedings), file.Proceedings, WriteEntity);
        w.WriteEndObject();
    }

    /// <summary>An entity: its id, its kind or sensitivity, then its claim lists in format order (the entity names them).</summary>
    private static void WriteEntity(Utf8JsonWriter w, Entity entity)
    {
        w.WriteStartObject();
        w.WriteString(RecordFormat.Person.Encode(PersonField.Id), entity.Id);
        if (entity is Proceeding proceeding)
        {
            w.WriteString(RecordFormat.Proceeding.Encode(ProceedingField.Kind), EnumNames<ProceedingKind>.Name(proceeding.ProceedingKind));
        }

        Optional(w, RecordFormat.Person.Encode(PersonField.Label), entity.Label);

        if (entity is Person person)
        {
            Sensitivities(w, RecordFormat.Person.Encode(PersonField.Sensitivity), person.Sensitivity);
        }

        for (var i = 0; i < entity.ClaimListCount; i++)
        {
            var (property, claims) = entity.GetClaimList(i);
            Claims(w, property, claims);
        }

        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, Source source)
    {
        var s = RecordFormat.Source;
        w.WriteStartObject();
        w.WriteString(s.Encode(SourceField.Id), source.Id);
        w.WriteString(s.Encode(SourceField.Title), source.Title);
        w.WriteString(s.Encode(SourceField.Kind), EnumNames<SourceKind>.Name(source.Kind));
        Optional(w, s.Encode(SourceField.Author), source.Author);
        Optional(w, s.Encode(SourceField.Publisher), source.Publisher);
        Optional(w, s.Encode(SourceField.Url), source.Url?.OriginalString);
        Optional(w, s.Encode(SourceField.Published), source.Published?.ToEdtf());
        Optional(w, s.Encode(SourceField.Retrieved), source.Retrieved?.ToEdtf());
        Optional(w, s.Encode(SourceField.Language), source.Language);
        w.WriteString(s.Encode(SourceField.Text), source.TextPath);
        w.WriteString(s.Encode(SourceField.Sha256), source.Sha256);
        w.WriteEndObject();
    }

    private static void Claims(Utf8JsonWriter w, string name, Claim[] claims)
    {
        if (claims.Length == 0)
        {
            return;
        }

        var s = RecordFormat.Claim;
        w.WriteStartArray(name);
        foreach (var claim in claims)
        {
            w.WriteStartObject();
            w.WritePropertyName(s.Encode(ClaimField.Value));
            switch (claim.UntypedValue)
            {
                case CaseDate date: w.WriteStringValue(date.ToEdtf()); break;
                case Reference reference: WriteReference(w, reference); break;
                case Fact fact: WriteFact(w, fact); break;
                default: w.WriteStringValue((string)claim.UntypedValue); break;
            }

            List(w, s.Encode(ClaimField.Citations), claim.Citations, static (w, c) =>
            {
                var s = RecordFormat.Citation;
                w.WriteStartObject();
                w.WriteString(s.Encode(CitationField.Source), c.Source);
                w.WriteString(s.Encode(CitationField.Quote), c.Quote);
                Optional(w, s.Encode(CitationField.Locator), c.Locator);
                Optional(w, s.Encode(CitationField.RelayedFrom), c.RelayedFrom);
                w.WriteEndObject();
            });
            Optional(w, s.Encode(ClaimField.Rank), claim.Rank == ClaimRank.Normal ? null : EnumNames<ClaimRank>.Name(claim.Rank));
            Optional(w, s.Encode(ClaimField.Form), claim.Form == NameForm.Full ? null : EnumNames<NameForm>.Name(claim.Form));
            Optional(w, s.Encode(ClaimField.AsStated), claim.AsStated);
            Optional(w, s.Encode(ClaimField.InferredFrom), claim.InferredFrom);
            Optional(w, s.Encode(ClaimField.Note), claim.Note);
            Sensitivities(w, s.Encode(ClaimField.Sensitivity), claim.Sensitivity);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteReference(Utf8JsonWriter w, Reference r)
    {
        var s = RecordFormat.Reference;
        w.WriteStartObject();
        w.WriteString(s.Encode(ReferenceField.Id), r.Id);
        Optional(w, s.Encode(ReferenceField.Role), r.Role);
        w.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter w, Fact f)
    {
        var s = RecordFormat.Fact;
        w.WriteStartObject();
        w.WriteString(s.Encode(FactField.Property), f.Property);
        Optional(w, s.Encode(FactField.Text), f.Text);
        Optional(w, s.Encode(FactField.Date), f.Date?.ToEdtf());
        Optional(w, s.Encode(FactField.Place), f.Place);
        if (f.Quantity is { } q)
        {
            var qs = RecordFormat.Quantity;
            w.WriteStartObject(s.Encode(FactField.Quantity));
            w.WriteNumber(qs.Encode(QuantityField.Amount), q.Amount);
            if (q.UpperAmount is { } upper)
            {
                w.WriteNumber(qs.Encode(QuantityField.UpperAmount), upper);
            }

            w.WriteString(qs.Encode(QuantityField.Unit), q.Unit);
            if (q.IsApproximate)
            {
                w.WriteBoolean(qs.Encode(QuantityField.Approximate), true);
            }

            w.WriteEndObject();
        }

        if (f.Money is { } m)
        {
            var ms = RecordFormat.Money;
            w.WriteStartObject(s.Encode(FactField.Money));
            w.WriteNumber(ms.Encode(MoneyField.Amount), m.Amount);
            w.WriteString(ms.Encode(MoneyField.Currency), m.Currency);
            w.WriteEndObject();
        }

        if (f.Related is { } related)
        {
            w.WritePropertyName(s.Encode(FactField.Related));
            WriteReference(w, related);
        }

        w.WriteEndObject();
    }

    private static void Sensitivities(Utf8JsonWriter w, JsonEncodedText name, Sensitivity value)
    {
        if (value == Sensitivity.None)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var flag in EnumNames<Sensitivity>.Flags(value))
        {
            w.WriteStringValue(flag);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void List<T>(Utf8JsonWriter w, JsonEncodedText name, EquatableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }
}
