using System.Text;
using System.Text.Json;
using CaseRecords.Dates;

namespace CaseRecords.Serialization;

/// <summary>
/// Writes datasets as canonical JSON: properties in the format's order, two-space indentation, '\n' line ends,
/// empty lists and default values left out, non-ASCII text unescaped. Loading a canonical file and writing
/// it again gives the same bytes.
/// </summary>
public static class CaseDatasetWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes one record file as canonical JSON.</summary>
    /// <param name="file">The record file.</param>
    /// <param name="destination">The stream to write to; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    public static void Write(RecordFile file, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(destination);
        JsonSerializer.Serialize(destination, ToDto(file), CaseRecordsJsonContext.Writing.RecordFileDto);
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
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    // ---- model to wire format ------------------------------------------------------------------------------

    internal static RecordFileDto ToDto(RecordFile file) => new()
    {
        FormatVersion = RecordFile.CurrentFormatVersion,
        Sources = List(file.Sources, ToDto),
        Persons = List(file.Persons, p => new PersonDto
        {
            Id = p.Id,
            Sensitivity = Sensitivities(p.Sensitivity),
            Names = Claims(p.Names, Text),
            Facts = Claims(p.Facts, ToDto),
        }),
        Organizations = List(file.Organizations, o => new OrganizationDto
        {
            Id = o.Id,
            Names = Claims(o.Names, Text),
            Facts = Claims(o.Facts, ToDto),
        }),
        Incidents = List(file.Incidents, i => new IncidentDto
        {
            Id = i.Id,
            Names = Claims(i.Names, Text),
            Dates = Claims(i.Dates, Date),
            Places = Claims(i.Places, Text),
            Participants = Claims(i.Participants, ToDto),
            Facts = Claims(i.Facts, ToDto),
        }),
        Proceedings = List(file.Proceedings, p => new ProceedingDto
        {
            Id = p.Id,
            Kind = EnumNames<ProceedingKind>.Name(p.ProceedingKind),
            Names = Claims(p.Names, Text),
            Forums = Claims(p.Forums, ToDto),
            Parties = Claims(p.Parties, ToDto),
            Filed = Claims(p.Filed, Date),
            Decided = Claims(p.Decided, Date),
            Outcomes = Claims(p.Outcomes, Text),
            Concerns = Claims(p.Concerns, ToDto),
            Reviews = Claims(p.Reviews, ToDto),
            Follows = Claims(p.Follows, ToDto),
            Facts = Claims(p.Facts, ToDto),
        }),
    };

    private static SourceDto ToDto(Source s) => new()
    {
        Id = s.Id,
        Title = s.Title,
        Kind = EnumNames<SourceKind>.Name(s.Kind),
        Author = s.Author,
        Publisher = s.Publisher,
        Url = s.Url?.OriginalString,
        Published = s.Published?.ToEdtf(),
        Retrieved = s.Retrieved?.ToEdtf(),
        Language = s.Language,
        Text = s.TextPath,
        Sha256 = s.Sha256,
    };

    private static List<ClaimDto<TDto>>? Claims<T, TDto>(EquatableArray<Claim<T>> claims, Func<T, TDto> value)
        where T : notnull =>
        List(claims, c => new ClaimDto<TDto>
        {
            Value = value(c.Value),
            Citations = List(c.Citations, x => new CitationDto { Source = x.Source, Quote = x.Quote, Locator = x.Locator, RelayedFrom = x.RelayedFrom }),
            Rank = c.Rank == ClaimRank.Normal ? null : EnumNames<ClaimRank>.Name(c.Rank),
            AsStated = c.AsStated,
            Note = c.Note,
            Sensitivity = Sensitivities(c.Sensitivity),
        });

    private static string Text(string value) => value;

    private static string Date(CaseDate value) => value.ToEdtf();

    private static ReferenceDto ToDto(Reference r) => new() { Id = r.Id, Role = r.Role };

    private static FactDto ToDto(Fact f) => new()
    {
        Property = f.Property,
        Text = f.Text,
        Date = f.Date?.ToEdtf(),
        Place = f.Place,
        Quantity = f.Quantity is { } q ? new QuantityDto { Amount = q.Amount, UpperAmount = q.UpperAmount, Unit = q.Unit, Approximate = q.IsApproximate ? true : null } : null,
        Money = f.Money is { } m ? new MoneyDto { Amount = m.Amount, Currency = m.Currency } : null,
        Related = f.Related is { } r ? ToDto(r) : null,
    };

    private static List<string>? Sensitivities(Sensitivity value) =>
        value == Sensitivity.None
            ? null
            : [.. Enum.GetValues<Sensitivity>().Where(flag => flag != Sensitivity.None && value.HasFlag(flag)).Select(EnumNames<Sensitivity>.Name)];

    private static List<TDto>? List<T, TDto>(EquatableArray<T> items, Func<T, TDto> map) =>
        items.IsEmpty ? null : [.. items.Select(map)];
}
