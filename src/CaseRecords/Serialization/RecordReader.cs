using System.Runtime.InteropServices;
using System.Text.Json;
using CaseRecords.Dates;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;

namespace CaseRecords.Serialization;

/// <summary>
/// The one reader of record files: a single <see cref="Utf8JsonReader"/> pass that builds the model and reports
/// every problem with its code, line, column and JSON Pointer. It never throws on input. It keeps every valid
/// source, entity, claim and citation and leaves out only the smallest unit a problem breaks (a citation, a
/// claim, or a source or entity), recording what it left out; a source or entity left out keeps its id
/// defined, so references to it do not cascade into further errors. Malformed JSON ends the pass at the point
/// of the error: what was complete before it is kept.
/// </summary>
/// <remarks>
/// Property names, required sets and the canonical order come from <see cref="RecordFormat"/>. Strings that
/// repeat (ids, roles, dates, quotes cited by several claims) are shared through a <see cref="StringPool"/>.
/// Where each source and entity starts is recorded (<see cref="FileLayout"/>) so that the validator can place
/// its findings by reading only the entity they are in.
/// </remarks>
internal sealed class RecordReader
{
    /// <summary>Reads one value of a list (null when it is left out); static, so that no delegate is made per reader.</summary>
    private delegate T? Item<T>(RecordReader self, ref Utf8JsonReader reader)
        where T : class;

    private static readonly Item<Source> SourceItem = static (RecordReader r, ref Utf8JsonReader x) => r.ReadSource(ref x);
    private static readonly Item<Person> PersonItem = static (RecordReader r, ref Utf8JsonReader x) => r.ReadPerson(ref x);
    private static readonly Item<Organization> OrganizationItem = static (RecordReader r, ref Utf8JsonReader x) => r.ReadOrganization(ref x);
    private static readonly Item<Incident> IncidentItem = static (RecordReader r, ref Utf8JsonReader x) => r.ReadIncident(ref x);
    private static readonly Item<Proceeding> ProceedingItem = static (RecordReader r, ref Utf8JsonReader x) => r.ReadProceeding(ref x);
    private static readonly Item<Citation> CitationItem = static (RecordReader r, ref Utf8JsonReader x) => r.ReadCitation(ref x);
    private static readonly Item<Claim<string>> TextClaim = static (RecordReader r, ref Utf8JsonReader x) => r.ReadClaim(ref x, static (RecordReader r, ref Utf8JsonReader x) => r.OptionalText(ref x, RecordFormat.Claim[ClaimField.Value], "The value is empty; give the text the source states."));
    private static readonly Item<Claim<CaseDate>> DateClaim = static (RecordReader r, ref Utf8JsonReader x) => r.ReadClaim(ref x, static (RecordReader r, ref Utf8JsonReader x) => r.Date(ref x, RecordFormat.Claim[ClaimField.Value]));
    private static readonly Item<Claim<Reference>> ReferenceClaim = static (RecordReader r, ref Utf8JsonReader x) => r.ReadClaim(ref x, static (RecordReader r, ref Utf8JsonReader x) => r.ReadReference(ref x));
    private static readonly Item<Claim<Fact>> FactClaim = static (RecordReader r, ref Utf8JsonReader x) => r.ReadClaim(ref x, static (RecordReader r, ref Utf8JsonReader x) => r.ReadFact(ref x));

    private readonly string file;
    private readonly ReadOnlyMemory<byte> json;
    private readonly LoadOptions options;
    private readonly StringPool pool;
    private readonly Func<Citation, EquatableArray<Citation>> oneCitation;
    private readonly Scratch scratch = new();
    private readonly Path path = new();
    private readonly List<Finding> findings = [];
    private readonly List<LeftOutAt> leftOut = [];
    private readonly List<int>[] starts = [[], [], [], [], []];
    private readonly List<(Source Source, long Offset)> sourceTexts = [];
    private Dictionary<object, int>? shifted;
    private byte[]? unescaped;

    /// <summary>Whether the unit being read will sit at another index in its list than in the file.</summary>
    private bool unitShifted;

    /// <summary>Whether the unit being read (a citation, claim, source or entity) has a problem of its own.</summary>
    private bool broken;

    /// <summary>The id of the source or entity being read, once known: diagnostics inside it carry it.</summary>
    private string? entityId;

    private int problems;
    private (long Offset, string Message)? versionProblem;

    private bool versionSeen;

    private RecordReader(string file, ReadOnlyMemory<byte> json, LoadOptions options, StringPool pool)
    {
        this.file = file;
        this.json = json;
        this.options = options;
        this.pool = pool;
        oneCitation = pool.Citations.One;
    }

    /// <summary>Reads one record file (its byte-order mark already skipped, its UTF-8 already checked).</summary>
    /// <param name="file">The name the file is reported under.</param>
    /// <param name="json">The file's bytes.</param>
    /// <param name="options">Limits.</param>
    /// <param name="pool">Shares repeated strings; not thread-safe.</param>
    /// <returns>What was read, what was left out, and every problem.</returns>
    public static RecordReadResult Read(string file, ReadOnlyMemory<byte> json, LoadOptions options, StringPool pool) =>
        new RecordReader(file, json, options, pool).ReadFile();

    private RecordReadResult ReadFile()
    {
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        RecordFile? record = null;
        var fatal = false;
        try
        {
            if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
            {
                Report(DiagnosticCodes.InvalidJson, "The file is empty; a record file is a JSON object that begins with \"formatVersion\".", 0);
                fatal = true;
            }
            else
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Report(DiagnosticCodes.WrongType, $"A record file is a JSON object ({{ \"{RecordFormat.File[FileField.FormatVersion]}\": \"{RecordFormat.Version}\", … }}).", reader.TokenStartIndex);
                    fatal = true;
                }
                else
                {
                    record = ReadRoot(ref reader, out fatal);
                    _ = fatal || reader.Read(); // anything but white space after the object throws: malformed JSON
                }
            }
        }
        catch (JsonException e)
        {
            // Malformed JSON before the records (the whole file is left out) or after them (only what follows).
            Malformed(ref reader, e);
            fatal = true;
        }

        if (versionProblem is not null || !versionSeen)
        {
            if (versionProblem is null && fatal)
            {
                // Malformed before the version was seen: the syntax error is the problem to report.
                return Finish(null, wholeFile: true);
            }

            // A file of another (or no) version: its other problems would be noise.
            findings.Clear();
            problems = 0;
            var (offset, message) = versionProblem ?? (0, $"The file has no \"{RecordFormat.File[FileField.FormatVersion]}\"; add \"{RecordFormat.File[FileField.FormatVersion]}\": \"{RecordFormat.Version}\".");
            path.Clear();
            if (versionProblem is not null)
            {
                path.Push(RecordFormat.File[FileField.FormatVersion]);
            }

            Report(DiagnosticCodes.UnsupportedFormatVersion, message, offset);
            path.Clear();
            return Finish(null, wholeFile: true);
        }

        return Finish(record, wholeFile: record is null);
    }

    // The file's "$schema", kept as written.
    private string? schema;

    private RecordFile ReadRoot(ref Utf8JsonReader reader, out bool fatal)
    {
        fatal = false;
        var shape = RecordFormat.File;
        var seen = 0;
        List<Unknown>? unknown = null;
        var lists = new object?[5];
        var objectStart = reader.TokenStartIndex;
        try
        {
            ReadRootProperties(ref reader, shape, ref seen, ref unknown, lists, ref fatal);
        }
        catch (JsonException e)
        {
            // Malformed JSON between the lists: what was read before it is kept.
            Malformed(ref reader, e);
            path.Clear();
            fatal = true;
        }

        if (!fatal)
        {
            EndObject(shape, seen, unknown, objectStart, required: 0);
        }

        return new RecordFile(file)
        {
            Schema = schema,
            Sources = Cast<Source>(lists[0]),
            Persons = Cast<Person>(lists[1]),
            Organizations = Cast<Organization>(lists[2]),
            Incidents = Cast<Incident>(lists[3]),
            Proceedings = Cast<Proceeding>(lists[4]),
        };

        static EquatableArray<T> Cast<T>(object? list) => list is EquatableArray<T> items ? items : default;
    }

    private void ReadRootProperties(ref Utf8JsonReader reader, ObjectShape<FileField> shape, ref int seen, ref List<Unknown>? unknown, object?[] lists, ref bool fatal)
    {
        while (true)
        {
            var index = NextProperty(ref reader, shape, ref seen, ref unknown, out var name);
            if (index == End)
            {
                break;
            }

            if (index < 0)
            {
                continue;
            }

            path.Push(name);
            var field = (FileField)index;
            if (field == FileField.Schema)
            {
                reader.Read();
                schema = OptionalText(ref reader, name);
            }
            else if (field == FileField.FormatVersion)
            {
                reader.Read();
                versionSeen = true;
                if (reader.TokenType != JsonTokenType.String || !IsReadableVersion(ref reader))
                {
                    var found = reader.TokenType == JsonTokenType.String ? $"\"{Shorten(TryGetString(ref reader) ?? "?")}\"" : Found(reader.TokenType);
                    versionProblem = (reader.TokenStartIndex, $"The format version is {found}; this version of CaseRecords reads {string.Join(" and ", RecordFormat.ReadableVersions.Select(v => $"\"{v}\""))}.");
                    reader.Skip();
                }
            }
            else
            {
                var list = field - FileField.Sources;
                lists[list] = field switch
                {
                    FileField.Sources => TopList(ref reader, SourceItem, list, ref fatal),
                    FileField.Persons => TopList(ref reader, PersonItem, list, ref fatal),
                    FileField.Organizations => TopList(ref reader, OrganizationItem, list, ref fatal),
                    FileField.Incidents => TopList(ref reader, IncidentItem, list, ref fatal),
                    _ => TopList(ref reader, ProceedingItem, list, ref fatal),
                };
            }

            path.Pop();
            if (fatal)
            {
                break;
            }
        }
    }

    /// <summary>
    /// One of the top-level lists. Malformed JSON inside it ends the pass here (<paramref name="fatal"/>): the
    /// elements read before it are kept, the one being read and the rest of the file are reported as left out.
    /// </summary>
    private EquatableArray<T> TopList<T>(ref Utf8JsonReader reader, Item<T> item, int list, ref bool fatal)
        where T : class
    {
        reader.Read();
        if (!IsList(ref reader))
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                leftOut.Add(new LeftOutAt(reader.TokenStartIndex, LeftOutKind.Property, path.ToString(), null));
            }

            return default;
        }

        var kind = (LeftOutKind)((int)LeftOutKind.Source + list);
        var items = scratch.Rent();
        var count = 0;
        var index = 0;
        var depth = path.Depth;
        var start = 0L;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                start = reader.TokenStartIndex;
                starts[list].Add(checked((int)start));
                path.Push(index);
                entityId = null;
                var findingsBefore = findings.Count;
                var leftOutBefore = leftOut.Count;
                broken = false;
                var value = reader.TokenType == JsonTokenType.Null ? NullElement<T>(ref reader) : item(this, ref reader);
                if (value is null || broken)
                {
                    // Only the outermost unit counts as left out: drop what was recorded inside it.
                    leftOut.RemoveRange(leftOutBefore, leftOut.Count - leftOutBefore);
                    leftOut.Add(new LeftOutAt(start, kind, path.ToString(), entityId));
                    Amend(findingsBefore, entityId is null ? $"The {Noun(kind)} is left out." : $"The {Noun(kind)} \"{entityId}\" is left out; references to it still resolve.");
                }
                else
                {
                    Amend(findingsBefore, null);
                    Keep(ref items, ref count, value, index);
                    if (value is Source kept)
                    {
                        sourceTexts.Add((kept, pendingTextOffset));
                    }
                }

                path.Pop();
                index++;
            }
        }
        catch (JsonException e)
        {
            Malformed(ref reader, e);
            path.Truncate(depth + 1);
            leftOut.Add(new LeftOutAt(start, kind, path.ToString(), entityId));
            path.Truncate(depth);
            fatal = true;
        }

        entityId = null;
        return scratch.Return<T>(items, count);
    }

    // ---- sources and entities -----------------------------------------------------------------------------

    private long pendingTextOffset;

    private Source? ReadSource(ref Utf8JsonReader reader)
    {
        if (!Begin(ref reader, RecordFormat.Source, out var o))
        {
            return null;
        }

        string? id = null, title = null, textPath = null, sha = null, author = null, publisher = null, language = null;
        SourceKind? kind = null;
        Uri? url = null;
        CaseDate? published = null, retrieved = null;
        pendingTextOffset = o.Start;
        while (NextValue(ref reader, ref o, out var index, out var name))
        {
            switch ((SourceField)index)
            {
                case SourceField.Id: id = entityId = Id(ref reader, name); break;
                case SourceField.Title: title = Text(ref reader, name); break;
                case SourceField.Kind: kind = EnumValue<SourceKind>(ref reader, name); break;
                case SourceField.Author: author = OptionalText(ref reader, name); break;
                case SourceField.Publisher: publisher = OptionalText(ref reader, name); break;
                case SourceField.Url: url = Url(ref reader, name); break;
                case SourceField.Published: published = OptionalDate(ref reader, name); break;
                case SourceField.Retrieved: retrieved = OptionalDate(ref reader, name); break;
                case SourceField.Language: language = OptionalText(ref reader, name); break;
                case SourceField.Text: pendingTextOffset = reader.TokenStartIndex; textPath = Text(ref reader, name); break;
                default: sha = Checked(ref reader, name, Source.IsSha256, "The sha256 must be 64 lower-case hexadecimal digits (the SHA-256 of the text file's bytes)."); break;
            }
        }

        EndObject(ref o);
        if (broken || id is null || title is null || kind is null || textPath is null || sha is null)
        {
            return null;
        }

        return new Source(id, title, kind.Value, textPath, sha)
        {
            Author = author,
            Publisher = publisher,
            Url = url,
            Published = published,
            Retrieved = retrieved,
            Language = language,
        };
    }

    /// <summary>What the properties of an entity hold, by property index.</summary>
    private enum Slot : byte
    {
        Id, Kind, Label, Sensitivity, Texts, Dates, References, Facts,
    }

    private static readonly Slot[] PersonSlots = [Slot.Id, Slot.Label, Slot.Sensitivity, Slot.Texts, Slot.Facts];
    private static readonly Slot[] OrganizationSlots = [Slot.Id, Slot.Label, Slot.Texts, Slot.Facts];
    private static readonly Slot[] IncidentSlots = [Slot.Id, Slot.Label, Slot.Texts, Slot.Dates, Slot.Texts, Slot.References, Slot.Facts];
    private static readonly Slot[] ProceedingSlots = [Slot.Id, Slot.Kind, Slot.Label, Slot.Texts, Slot.References, Slot.References, Slot.Dates, Slot.Dates, Slot.Texts, Slot.References, Slot.References, Slot.References, Slot.Facts];

    // The claim lists of the entity being read, by property index (entities do not nest, so one set serves all).
    private static readonly int MostProperties = RecordFormat.Proceeding.Names.Count;

    private readonly EquatableArray<Claim<string>>[] texts = new EquatableArray<Claim<string>>[MostProperties];
    private readonly EquatableArray<Claim<CaseDate>>[] dates = new EquatableArray<Claim<CaseDate>>[MostProperties];
    private readonly EquatableArray<Claim<Reference>>[] references = new EquatableArray<Claim<Reference>>[MostProperties];
    private readonly EquatableArray<Claim<Fact>>[] facts = new EquatableArray<Claim<Fact>>[MostProperties];

    // The label of the entity being read.
    private string? label;

    private Person? ReadPerson(ref Utf8JsonReader reader) =>
        ReadEntity(ref reader, RecordFormat.Person, PersonSlots, static (r, id, _, sensitivity) =>
            new Person(id) { Label = r.label, Sensitivity = sensitivity, Names = r.texts[(int)PersonField.Names], Facts = r.facts[(int)PersonField.Facts] });

    private Organization? ReadOrganization(ref Utf8JsonReader reader) =>
        ReadEntity(ref reader, RecordFormat.Organization, OrganizationSlots, static (r, id, _, _) =>
            new Organization(id) { Label = r.label, Names = r.texts[(int)OrganizationField.Names], Facts = r.facts[(int)OrganizationField.Facts] });

    private Incident? ReadIncident(ref Utf8JsonReader reader) =>
        ReadEntity(ref reader, RecordFormat.Incident, IncidentSlots, static (r, id, _, _) => new Incident(id)
        {
            Label = r.label,
            Names = r.texts[(int)IncidentField.Names],
            Dates = r.dates[(int)IncidentField.Dates],
            Places = r.texts[(int)IncidentField.Places],
            Participants = r.references[(int)IncidentField.Participants],
            Facts = r.facts[(int)IncidentField.Facts],
        });

    private Proceeding? ReadProceeding(ref Utf8JsonReader reader) =>
        ReadEntity(ref reader, RecordFormat.Proceeding, ProceedingSlots, static (r, id, kind, _) => kind is not { } known ? null : new Proceeding(id, known)
        {
            Label = r.label,
            Names = r.texts[(int)ProceedingField.Names],
            Forums = r.references[(int)ProceedingField.Forums],
            Parties = r.references[(int)ProceedingField.Parties],
            Filed = r.dates[(int)ProceedingField.Filed],
            Decided = r.dates[(int)ProceedingField.Decided],
            Outcomes = r.texts[(int)ProceedingField.Outcomes],
            Concerns = r.references[(int)ProceedingField.Concerns],
            Reviews = r.references[(int)ProceedingField.Reviews],
            Follows = r.references[(int)ProceedingField.Follows],
            Facts = r.facts[(int)ProceedingField.Facts],
        });

    /// <summary>Reads an entity whose properties hold what <paramref name="slots"/> says; <paramref name="build"/> makes it from its id, kind and sensitivity and the claim lists read.</summary>
    private T? ReadEntity<T>(ref Utf8JsonReader reader, ObjectShape shape, Slot[] slots, Func<RecordReader, string, ProceedingKind?, Sensitivity, T?> build)
        where T : Entity
    {
        if (!Begin(ref reader, shape, out var o))
        {
            return null;
        }

        Array.Clear(texts);
        Array.Clear(dates);
        Array.Clear(references);
        Array.Clear(facts);
        label = null;
        string? id = null;
        ProceedingKind? kind = null;
        var sensitivity = Sensitivity.None;
        while (NextValue(ref reader, ref o, out var index, out var name))
        {
            switch (slots[index])
            {
                case Slot.Id: id = entityId = Id(ref reader, name); break;
                case Slot.Kind: kind = EnumValue<ProceedingKind>(ref reader, name); break;
                case Slot.Label: label = OptionalText(ref reader, name); break;
                case Slot.Sensitivity: sensitivity = Sensitivities(ref reader, name); break;
                case Slot.Texts: texts[index] = Units(ref reader, LeftOutKind.Claim, TextClaim); break;
                case Slot.Dates: dates[index] = Units(ref reader, LeftOutKind.Claim, DateClaim); break;
                case Slot.References: references[index] = Units(ref reader, LeftOutKind.Claim, ReferenceClaim); break;
                default: facts[index] = Units(ref reader, LeftOutKind.Claim, FactClaim); break;
            }
        }

        EndObject(ref o);
        return broken || id is null ? null : build(this, id, kind, sensitivity);
    }

    // ---- claims and citations -----------------------------------------------------------------------------

    /// <summary>A list of claims or citations: each broken one is left out on its own; a value that is not a list breaks its owner.</summary>
    private EquatableArray<T> Units<T>(ref Utf8JsonReader reader, LeftOutKind kind, Item<T> item)
        where T : class => Units(ref reader, kind, item, out _);

    // one: when given, makes the list of a single unit (the shared lists of one citation).
    private EquatableArray<T> Units<T>(ref Utf8JsonReader reader, LeftOutKind kind, Item<T> item, out int written, Func<T, EquatableArray<T>>? one = null)
        where T : class
    {
        written = 0;
        if (!IsList(ref reader))
        {
            return default;
        }

        var items = scratch.Rent();
        var count = 0;
        for (; reader.Read() && reader.TokenType != JsonTokenType.EndArray; written++)
        {
            path.Push(written);
            unitShifted = written != count;
            var mark = BeginUnit(ref reader);
            var unit = EndUnit(mark, reader.TokenType == JsonTokenType.Null ? NullElement<T>(ref reader) : item(this, ref reader), kind);
            if (unit is not null)
            {
                Keep(ref items, ref count, unit, written);
            }

            path.Pop();
        }

        if (count == 1 && one is not null)
        {
            var only = (T)items[0];
            items[0] = null!;
            scratch.Return<T>(items, 0);
            return one(only);
        }

        return scratch.Return<T>(items, count);
    }

    /// <summary>Starts a droppable unit (a claim or citation): it gets a broken flag of its own.</summary>
    private UnitMark BeginUnit(ref Utf8JsonReader reader)
    {
        var mark = new UnitMark(broken, reader.TokenStartIndex, leftOut.Count, findings.Count);
        broken = false;
        return mark;
    }

    /// <summary>Ends a droppable unit: null when it is left out (recorded, and said in its findings).</summary>
    private T? EndUnit<T>(UnitMark mark, T? value, LeftOutKind kind)
        where T : class
    {
        if (value is null || broken)
        {
            leftOut.RemoveRange(mark.LeftOut, leftOut.Count - mark.LeftOut);
            leftOut.Add(new LeftOutAt(mark.Start, kind, path.ToString(), null));
            Amend(mark.Findings, $"The {Noun(kind)} is left out.");
            value = null;
        }

        broken = mark.Broken;
        return value;
    }

    private readonly record struct UnitMark(bool Broken, long Start, int LeftOut, int Findings);

    private static bool IsReadableVersion(ref Utf8JsonReader reader)
    {
        foreach (var version in RecordFormat.ReadableVersions)
        {
            if (reader.ValueTextEquals(version))
            {
                return true;
            }
        }

        return false;
    }

    private Claim<T>? ReadClaim<T>(ref Utf8JsonReader reader, Item<T> value)
        where T : class
    {
        if (!Begin(ref reader, RecordFormat.Claim, out var o))
        {
            return null;
        }

        T? claimValue = null;
        EquatableArray<Citation> citations = default;
        var citationsWritten = false;
        var rank = ClaimRank.Normal;
        string? asStated = null, inferredFrom = null, note = null;
        var form = NameForm.Full;
        var sensitivity = Sensitivity.None;
        while (NextValue(ref reader, ref o, out var index, out var name))
        {
            switch ((ClaimField)index)
            {
                case ClaimField.Value:
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        Report(DiagnosticCodes.NullValue, "The claim's value is null; give a value.", reader.TokenStartIndex);
                    }
                    else
                    {
                        claimValue = value(this, ref reader);
                    }

                    break;
                case ClaimField.Citations:
                    (citations, citationsWritten) = Citations(ref reader);
                    break;
                case ClaimField.Rank:
                    rank = reader.TokenType == JsonTokenType.Null ? ClaimRank.Normal : EnumValue<ClaimRank>(ref reader, name) ?? ClaimRank.Normal;
                    break;
                case ClaimField.Form:
                    form = reader.TokenType == JsonTokenType.Null ? NameForm.Full : EnumValue<NameForm>(ref reader, name) ?? NameForm.Full;
                    break;
                case ClaimField.AsStated: asStated = OptionalText(ref reader, name); break;
                case ClaimField.InferredFrom: inferredFrom = OptionalText(ref reader, name); break;
                case ClaimField.Note: note = OptionalText(ref reader, name); break;
                default: sensitivity = Sensitivities(ref reader, name); break;
            }
        }

        // A claim whose citations are missing, empty or null is uncited (CR1012), not merely missing a property.
        if ((o.Seen & (1 << (int)ClaimField.Citations)) == 0 || (citations.IsEmpty && !citationsWritten))
        {
            Report(DiagnosticCodes.UncitedClaim, "The claim has no citation. Add \"citations\": [{\"source\": \"<source id>\", \"quote\": \"<verbatim words>\"}] or remove the claim: every claim is cited.", o.Start);
        }

        o.Seen |= 1 << (int)ClaimField.Citations;
        EndObject(ref o);
        if (broken || claimValue is null || citations.IsEmpty)
        {
            return null;
        }

        return new Claim<T>(claimValue, citations) { Rank = rank, Form = form, Sensitivity = sensitivity, AsStated = asStated, InferredFrom = inferredFrom, Note = note };
    }

    /// <summary>A claim's citations, each broken one left out on its own; whether any citation was written at all.</summary>
    private (EquatableArray<Citation> Citations, bool Written) Citations(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return (default, false);
        }

        var citations = Units(ref reader, LeftOutKind.Citation, CitationItem, out var written, oneCitation);
        return (citations, written > 0 || reader.TokenType != JsonTokenType.EndArray);
    }

    private Citation? ReadCitation(ref Utf8JsonReader reader)
    {
        if (!Begin(ref reader, RecordFormat.Citation, out var o))
        {
            return null;
        }

        string? sourceId = null, quote = null, locator = null, relayedFrom = null;
        while (NextValue(ref reader, ref o, out var index, out var name))
        {
            switch ((CitationField)index)
            {
                case CitationField.Source: sourceId = Id(ref reader, name); break;
                case CitationField.Quote: quote = Text(ref reader, name); break;
                case CitationField.Locator: locator = OptionalText(ref reader, name); break;
                default: relayedFrom = reader.TokenType == JsonTokenType.Null ? null : Id(ref reader, name); break;
            }
        }

        EndObject(ref o);
        if (broken || sourceId is null || quote is null)
        {
            return null;
        }

        // Shared unless its index in the list differs from the file's (FileLayout maps that by the citation itself).
        return unitShifted ? new Citation(sourceId, quote) { Locator = locator, RelayedFrom = relayedFrom } : pool.Citations.Get(sourceId, quote, locator, relayedFrom);
    }

    // ---- values -------------------------------------------------------------------------------------------

    private Reference? ReadReference(ref Utf8JsonReader reader)
    {
        if (!Begin(ref reader, RecordFormat.Reference, out var o))
        {
            return null;
        }

        string? id = null, role = null;
        while (NextValue(ref reader, ref o, out var index, out var name))
        {
            if ((ReferenceField)index == ReferenceField.Id)
            {
                id = Id(ref reader, name);
            }
            else
            {
                role = OptionalText(ref reader, name);
            }
        }

        EndObject(ref o);
        return id is null ? null : new Reference(id, role);
    }

    private Fact? ReadFact(ref Utf8JsonReader reader)
    {
        if (!Begin(ref reader, RecordFormat.Fact, out var o))
        {
            return null;
        }

        string? property = null, factText = null, place = null;
        CaseDate? factDate = null;
        Quantity? quantity = null;
        Money? money = null;
        Reference? related = null;
        var wasBroken = broken;
        while (NextValue(ref reader, ref o, out var index, out var name))
        {
            switch ((FactField)index)
            {
                case FactField.Property: property = Text(ref reader, name); break;
                case FactField.Text: factText = OptionalText(ref reader, name); break;
                case FactField.Date: factDate = OptionalDate(ref reader, name); break;
                case FactField.Place: place = OptionalText(ref reader, name); break;
                case FactField.Quantity: quantity = reader.TokenType == JsonTokenType.Null ? null : ReadQuantity(ref reader); break;
                case FactField.Money: money = reader.TokenType == JsonTokenType.Null ? null : ReadMoney(ref reader); break;
                default: related = reader.TokenType == JsonTokenType.Null ? null : ReadReference(ref reader); break;
            }
        }

        EndObject(ref o);
        if (property is null || broken != wasBroken)
        {
            return null;
        }

        var value = new Fact(property) { Text = factText, Date = factDate, Place = place, Quantity = quantity, Money = money, Related = related };
        if (!value.HasValue)
        {
            Report(DiagnosticCodes.EmptyFact, $"The fact \"{Shorten(property)}\" has no value: give at least one of text, date, place, quantity, money or related.", o.Start);
            return null;
        }

        return value;
    }

    private Quantity? ReadQuantity(ref Utf8JsonReader reader)
    {
        if (!Begin(ref reader, RecordFormat.Quantity, out var o))
        {
            return null;
        }

        decimal? amount = null, upper = null;
        long upperStart = 0;
        string? unit = null;
        var approximate = false;
        while (NextValue(ref reader, ref o, out var index, out var name))
        {
            switch ((QuantityField)index)
            {
                case QuantityField.Amount: amount = Decimal(ref reader); break;
                case QuantityField.UpperAmount: upperStart = reader.TokenStartIndex; upper = reader.TokenType == JsonTokenType.Null ? null : Decimal(ref reader); break;
                case QuantityField.Unit: unit = Text(ref reader, name); break;
                default: approximate = Boolean(ref reader) ?? false; break;
            }
        }

        EndObject(ref o);
        if (amount is null || unit is null)
        {
            return null;
        }

        if (upper < amount)
        {
            Report(DiagnosticCodes.InvalidValue, $"The upper amount {upper} is less than the amount {amount}; a range goes from amount to upperAmount.", upperStart, Child(RecordFormat.Quantity[QuantityField.UpperAmount]));
            return null;
        }

        return new Quantity(amount.Value, unit) { UpperAmount = upper, IsApproximate = approximate };
    }

    private Money? ReadMoney(ref Utf8JsonReader reader)
    {
        if (!Begin(ref reader, RecordFormat.Money, out var o))
        {
            return null;
        }

        decimal? amount = null;
        string? currency = null;
        while (NextValue(ref reader, ref o, out var index, out var name))
        {
            if ((MoneyField)index == MoneyField.Amount)
            {
                amount = Decimal(ref reader);
            }
            else
            {
                currency = Checked(ref reader, name, Money.IsCurrencyCode, "The currency must be an ISO 4217 code: three upper-case letters such as \"USD\".");
            }
        }

        EndObject(ref o);
        return amount is null || currency is null ? null : new Money(amount.Value, currency);
    }

    private Sensitivity Sensitivities(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType == JsonTokenType.Null || !IsList(ref reader))
        {
            return Sensitivity.None;
        }

        var result = Sensitivity.None;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            path.Push(index++);
            if (reader.TokenType == JsonTokenType.Null)
            {
                Report(DiagnosticCodes.NullValue, "A list may not hold null; remove the element.", reader.TokenStartIndex);
            }
            else if (EnumValue<Sensitivity>(ref reader, name, exclude: Sensitivity.None) is { } flag)
            {
                result |= flag;
            }

            path.Pop();
        }

        return result;
    }

    // ---- scalars ------------------------------------------------------------------------------------------

    private string? Id(ref Utf8JsonReader reader, string name) =>
        Checked(ref reader, name, EntityIds.IsValid, null);

    /// <summary>A required, non-blank string within the length limit.</summary>
    private string? Text(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            Report(DiagnosticCodes.NullValue, $"\"{name}\" is null; give a value.", reader.TokenStartIndex);
            return null;
        }

        return OptionalText(ref reader, name);
    }

    /// <summary>An optional string: null (or absent) is no value; otherwise as <see cref="Text"/>.</summary>
    private string? OptionalText(ref Utf8JsonReader reader, string name, string? emptyMessage = null)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a string");
            return null;
        }

        if (String(ref reader) is not { } value)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Report(DiagnosticCodes.EmptyValue, emptyMessage ?? $"\"{name}\" is empty; give a value.", reader.TokenStartIndex);
            return null;
        }

        return TooLong(ref reader, value) ? null : value;
    }

    /// <summary>A required string that must pass <paramref name="isValid"/>; <paramref name="message"/> null means the id rule.</summary>
    private string? Checked(ref Utf8JsonReader reader, string name, Func<string, bool> isValid, string? message)
    {
        if (Text(ref reader, name) is not { } value)
        {
            return null;
        }

        if (isValid(value))
        {
            return value;
        }

        Report(DiagnosticCodes.InvalidValue, message ?? $"\"{Shorten(value)}\" is not a valid id. {EntityIds.Rule}", reader.TokenStartIndex);
        return null;
    }

    private TEnum? EnumValue<TEnum>(ref Utf8JsonReader reader, string name, TEnum? exclude = null)
        where TEnum : struct, Enum
    {
        if (Text(ref reader, name) is not { } value)
        {
            return null;
        }

        if (EnumNames<TEnum>.TryParse(value, out var parsed) && !(exclude is { } excluded && EqualityComparer<TEnum>.Default.Equals(parsed, excluded)))
        {
            return parsed;
        }

        InvalidEnum(ref reader, name, value, exclude);
        return null;
    }

    /// <summary>Reports a value that is not one of the enum's names, with the closest (apart, so that a valid value allocates nothing).</summary>
    private void InvalidEnum<TEnum>(ref Utf8JsonReader reader, string name, string value, TEnum? exclude)
        where TEnum : struct, Enum
    {
        var allowed = EnumNames<TEnum>.Names.Where(n => exclude is null || n != EnumNames<TEnum>.Name(exclude.Value)).ToList();
        var suggestion = ObjectShape.Closest(allowed, value) is { } closest ? $" Did you mean \"{closest}\"?" : string.Empty;
        var noun = typeof(TEnum) == typeof(Sensitivity) ? "sensitivity marking" : $"{name}";
        var verb = typeof(TEnum) == typeof(Sensitivity) ? "any" : "one";
        Report(DiagnosticCodes.InvalidValue, $"\"{Shorten(value)}\" is not a valid {noun}.{suggestion} Use {verb} of: {string.Join(", ", allowed)}.", reader.TokenStartIndex);
    }

    private CaseDate? OptionalDate(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Null ? null : Date(ref reader, name);

    private CaseDate? Date(ref Utf8JsonReader reader, string name)
    {
        if (Text(ref reader, name) is not { } value)
        {
            return null;
        }

        if (pool.Dates.TryGet(value, out var parsed))
        {
            return parsed;
        }

        var result = CaseDate.Parse(value);
        if (result.Success)
        {
            pool.Dates.Add(value, result.Value);
            return result.Value;
        }

        InvalidDate(ref reader, value, result);
        return null;
    }

    /// <summary>Reports a date that is not EDTF, with the EDTF its words mean when they are a date (apart, so that a valid date allocates nothing).</summary>
    private void InvalidDate(ref Utf8JsonReader reader, string value, EdtfParseResult result)
    {
        var descriptor = result.ErrorKind switch
        {
            EdtfErrorKind.UnsupportedLevel2 => DiagnosticCodes.UnsupportedDate,
            EdtfErrorKind.ReversedInterval => DiagnosticCodes.ReversedInterval,
            _ => DiagnosticCodes.InvalidDate,
        };
        // Words a person would write ("June 2017", "May 30, 2006"): suggest the EDTF they mean.
        var found = result.ErrorKind == EdtfErrorKind.ReversedInterval ? [] : DateExpressions.Find(value);
        var most = found.FindIndex(e => e.Length * 2 >= value.Trim().Length);
        var suggestion = most >= 0 && found[most] is var stated ? $" Did you mean \"{stated.ToEdtf()}\"? (\"{stated.Text}\" in EDTF; keep the wording in \"asStated\")" : string.Empty;
        Report(descriptor, $"\"{Shorten(value)}\" is not a valid date: {result.Message}{suggestion}", reader.TokenStartIndex);
    }

    private Uri? Url(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var value = Checked(ref reader, name, v => Uri.TryCreate(v, UriKind.Absolute, out _), "The url must be an absolute address such as \"https://example.org/page\".");
        return value is null ? null : new Uri(value, UriKind.Absolute);
    }

    private decimal? Decimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            Report(DiagnosticCodes.NullValue, "Null is not allowed here; give a value or remove it.", reader.TokenStartIndex);
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongType(ref reader, "a number");
            return null;
        }

        if (reader.TryGetDecimal(out var value))
        {
            return value;
        }

        Report(DiagnosticCodes.InvalidValue, "The number is out of range; amounts must fit a decimal (about ±7.9e28 with up to 28 decimal places).", reader.TokenStartIndex);
        return null;
    }

    private bool? Boolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Null: return null;
            default:
                WrongType(ref reader, "true or false");
                return null;
        }
    }

    /// <summary>The current string token, shared through the pool; null (reported) when its escapes do not decode.</summary>
    private string? String(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return pool.Get(reader.ValueSpan);
        }

        // Unescaped into a buffer and shared like any other value (a quote with a typographic character is often
        // written escaped, and is cited again as often as any other), unless it is longer than the pool keeps.
        if (reader.ValueSpan.Length <= StringPool.MaxPooledBytes)
        {
            unescaped ??= new byte[StringPool.MaxPooledBytes];
            try
            {
                return pool.Get(unescaped.AsSpan(0, reader.CopyString(unescaped)));
            }
            catch (InvalidOperationException)
            {
                // an invalid escape: reported below
            }
        }
        else if (TryGetString(ref reader) is { } value)
        {
            return value;
        }

        Report(DiagnosticCodes.InvalidJson, InvalidEscape, reader.TokenStartIndex);
        return null;
    }

    private bool TooLong(ref Utf8JsonReader reader, string value)
    {
        if (value.Length <= options.MaxStringLength)
        {
            return false;
        }

        Report(DiagnosticCodes.StringTooLong, $"The value is {value.Length:N0} characters long; the limit is {options.MaxStringLength:N0}.", reader.TokenStartIndex);
        return true;
    }

    // ---- structure ----------------------------------------------------------------------------------------

    private const int End = int.MinValue;
    private const int Skipped = -1;

    /// <summary>
    /// Moves to the next property of the current object: its index in <paramref name="shape"/>, <see cref="End"/>
    /// at the end of the object, or <see cref="Skipped"/> for a property that was reported (unknown, duplicate,
    /// undecodable) and skipped. An unknown property is reported when the object ends, where a near miss of a
    /// missing required property can be told apart (<c>EndObject</c>).
    /// </summary>
    private int NextProperty(ref Utf8JsonReader reader, ObjectShape shape, ref int seen, ref List<Unknown>? unknown, out string name)
    {
        name = string.Empty;
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return End;
        }

        var nameStart = reader.TokenStartIndex;
        int index;
        if (!reader.ValueIsEscaped)
        {
            index = shape.IndexOf(reader.ValueSpan);
        }
        else if (TryGetString(ref reader) is { } unescaped)
        {
            index = shape.IndexOf(System.Text.Encoding.UTF8.GetBytes(unescaped));
        }
        else
        {
            Report(DiagnosticCodes.InvalidJson, InvalidEscape, nameStart);
            return SkipValue(ref reader, "?");
        }

        if (index < 0)
        {
            var unknownName = TryGetString(ref reader) ?? "?";
            (unknown ??= []).Add(new Unknown(unknownName, nameStart, Child(unknownName)));
            broken = true;
            return SkipValue(ref reader, unknownName);
        }

        name = shape.Names[index];
        if ((seen & (1 << index)) != 0)
        {
            Report(DiagnosticCodes.DuplicateProperty, $"The property \"{name}\" appears more than once in this object; keep one.", nameStart, Child(name));
            return SkipValue(ref reader, name);
        }

        seen |= 1 << index;
        return index;
    }

    /// <summary>Skips the value of a property that was reported; at the top level, what it held is left out with it.</summary>
    private int SkipValue(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        if (path.Depth == 0 && reader.TokenType != JsonTokenType.Null)
        {
            leftOut.Add(new LeftOutAt(reader.TokenStartIndex, LeftOutKind.Property, Child(name), null));
        }

        reader.Skip();
        return Skipped;
    }

    /// <summary>An unknown property of the object being read: reported when the object ends.</summary>
    private readonly record struct Unknown(string Name, long Offset, string Pointer);

    /// <summary>The pointer of the property <paramref name="name"/> of the value being read.</summary>
    private string Child(string name)
    {
        path.Push(name);
        var pointer = path.ToString();
        path.Pop();
        return pointer;
    }

    /// <summary>An object being read: its shape, where it starts, the properties seen, and its unknown ones.</summary>
    private struct ObjectRead
    {
        public ObjectShape Shape;
        public long Start;
        public int Seen;
        public List<Unknown>? Unknown;
        public bool Pushed;
    }

    /// <summary>Starts reading an object of <paramref name="shape"/>; false (reported) when the value is not an object.</summary>
    private bool Begin(ref Utf8JsonReader reader, ObjectShape shape, out ObjectRead o)
    {
        o = new ObjectRead { Shape = shape, Start = reader.TokenStartIndex };
        return IsObject(ref reader);
    }

    /// <summary>The next known property, with the reader on its value and its name on the path (until the next call); false at the end of the object.</summary>
    private bool NextValue(ref Utf8JsonReader reader, ref ObjectRead o, out int index, out string name)
    {
        if (o.Pushed)
        {
            path.Pop();
            o.Pushed = false;
        }

        while (true)
        {
            index = NextProperty(ref reader, o.Shape, ref o.Seen, ref o.Unknown, out name);
            if (index == End)
            {
                return false;
            }

            if (index >= 0)
            {
                path.Push(name);
                o.Pushed = true;
                reader.Read();
                return true;
            }
        }
    }

    /// <summary>
    /// At the end of an object: reports its unknown properties (with the property each most likely meant) and
    /// its missing required ones, once each: "qoute" where "quote" is missing is one problem, not two.
    /// </summary>
    private void EndObject(ref ObjectRead o) => EndObject(o.Shape, o.Seen, o.Unknown, o.Start);

    private void EndObject(ObjectShape shape, int seen, List<Unknown>? unknown, long objectStart, int? required = null)
    {
        var missing = (required ?? shape.Required) & ~seen;
        // Most objects have no unknown property: then no list was made (nor is one made here).
        if (unknown is not null)
        {
            foreach (var (name, offset, pointer) in unknown)
            {
                var hint = string.Empty;
                if (shape.Suggest(name) is { } suggestion)
                {
                    var bit = 1 << shape.Names.ToList().IndexOf(suggestion);
                    hint = (missing & bit) != 0 ? $" (did you mean \"{suggestion}\"? It is required)" : $" (did you mean \"{suggestion}\"?)";
                    missing &= ~bit;
                }

                Report(DiagnosticCodes.UnknownProperty, $"Unknown property \"{Shorten(name)}\"{hint}. Allowed here: {string.Join(", ", shape.Names)}.", offset, pointer);
            }
        }

        for (var i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0)
            {
                Report(DiagnosticCodes.MissingProperty, $"The required property \"{shape.Names[i]}\" is missing.", objectStart);
            }
        }
    }

    private bool IsObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        WrongType(ref reader, "an object");
        return false;
    }

    /// <summary>Whether the reader is on a list; null counts as an empty list, anything else is reported.</summary>
    private bool IsList(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Null)
        {
            WrongType(ref reader, "an array");
        }

        return false;
    }

    private T? NullElement<T>(ref Utf8JsonReader reader)
        where T : class
    {
        Report(DiagnosticCodes.NullValue, "A list may not hold null; remove the element or give a value.", reader.TokenStartIndex);
        return null;
    }

    /// <summary>Reports a value of the wrong JSON type and skips it (a subtree too deep to skip is reported as that instead).</summary>
    private void WrongType(ref Utf8JsonReader reader, string expected)
    {
        var start = reader.TokenStartIndex;
        var found = Found(reader.TokenType);
        reader.Skip();
        Report(DiagnosticCodes.WrongType, $"Expected {expected} but found {found}.", start);
    }

    private static string Found(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "a value",
    };

    private void Keep<T>(ref object[] items, ref int count, T item, int jsonIndex)
        where T : class
    {
        if (jsonIndex != count)
        {
            (shifted ??= new Dictionary<object, int>(ReferenceEqualityComparer.Instance))[item] = jsonIndex;
        }

        Scratch.Add(ref items, ref count, item);
    }

    // ---- problems -----------------------------------------------------------------------------------------

    /// <summary>The message for a string the reader cannot decode: an unpaired surrogate in a \u escape.</summary>
    private const string InvalidEscape = "Malformed JSON: a string holds an invalid \\u escape (an unpaired UTF-16 surrogate such as \\uD800); write the character itself or a valid surrogate pair.";

    /// <summary>Reports malformed JSON, which ends the reading of the file: the rest of it is left out.</summary>
    private void Malformed(ref Utf8JsonReader reader, JsonException exception)
    {
        var offset = OffsetOf(json.Span, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        leftOut.Add(new LeftOutAt(offset, LeftOutKind.Remainder, string.Empty, null));
        if (reader.CurrentDepth >= options.MaxDepth - 1)
        {
            Report(DiagnosticCodes.TooDeep, $"The JSON is nested deeper than {options.MaxDepth} levels.", offset);
        }
        else
        {
            var message = exception.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut < 0 ? message : message[..cut].TrimEnd();

            // System.Text.Json's advice ("Change the reader options") is for programmers; the file's author needs another.
            message = message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase) ? "a comma before the closing bracket (a trailing comma); remove it."
                : message.Contains("comment", StringComparison.OrdinalIgnoreCase) || message.StartsWith("'/' is invalid", StringComparison.Ordinal) ? "a comment (\"//\" or \"/*\"); JSON has none: remove it, or move it into a \"note\"."
                : message.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
            Report(DiagnosticCodes.InvalidJson, "Malformed JSON: " + message + " Nothing after this point is read.", offset);
        }
    }

    private void Report(DiagnosticDescriptor descriptor, string message, long offset, string? pointer = null)
    {
        broken = true;
        if (++problems > options.MaxDiagnosticsPerFile)
        {
            // Enough is known; a hostile file can hold millions of problems. Reading goes on (it is linear) but records no more.
            return;
        }

        findings.Add(new Finding(offset, descriptor, message, pointer ?? path.ToString(), entityId));
    }

    /// <summary>
    /// Completes the findings made since <paramref name="from"/>: the id of the source or entity they are in, once
    /// read, and what was left out because of them (<paramref name="note"/>; the outermost unit left out wins).
    /// </summary>
    private void Amend(int from, string? note)
    {
        var id = entityId is not null && EntityIds.IsValid(entityId) ? entityId : null;
        var span = CollectionsMarshal.AsSpan(findings);
        for (var i = from; i < span.Length; i++)
        {
            span[i] = span[i] with { EntityId = span[i].EntityId ?? id, Note = note ?? span[i].Note };
        }
    }

    private static string Noun(LeftOutKind kind) => kind.ToString().ToLowerInvariant();

    private RecordReadResult Finish(RecordFile? record, bool wholeFile)
    {
        if (wholeFile)
        {
            leftOut.Clear();
            leftOut.Add(new LeftOutAt(0, LeftOutKind.File, string.Empty, null));
            sourceTexts.Clear();
        }

        // What was left out is listed in file order (malformed JSON records the rest of the file before the unit it broke).
        var ordered = leftOut.OrderBy(l => l.Offset).ToList();
        leftOut.Clear();
        leftOut.AddRange(ordered);

        // Lines and columns for everything that has an offset, in one pass over the file in offset order.
        var places = new List<(long Offset, int Kind, int Index)>(findings.Count + leftOut.Count + sourceTexts.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            places.Add((findings[i].Offset, 0, i));
        }

        for (var i = 0; i < leftOut.Count; i++)
        {
            places.Add((leftOut[i].Offset, 1, i));
        }

        for (var i = 0; i < sourceTexts.Count; i++)
        {
            places.Add((sourceTexts[i].Offset, 2, i));
        }

        places.Sort();
        var diagnostics = new List<Diagnostic>(findings.Count + 1);
        var left = new LeftOutRecord[leftOut.Count];
        var texts = new Dictionary<Source, (int Line, int Column)>(ReferenceEqualityComparer.Instance);
        var cursor = new LineCursor(json.Span);
        foreach (var (offset, kind, index) in places)
        {
            var (line, column) = cursor.Locate(offset);
            switch (kind)
            {
                case 0:
                    var f = findings[index];
                    diagnostics.Add(new Diagnostic(f.Descriptor, f.Note is null ? f.Message : f.Message + " " + f.Note) { File = file, JsonPointer = f.Pointer, EntityId = f.EntityId, Line = line, Column = column });
                    break;
                case 1:
                    var l = leftOut[index];
                    left[index] = new LeftOutRecord(file, l.Pointer, l.Kind) { Id = l.Id, Line = line, Column = column };
                    break;
                default:
                    texts[sourceTexts[index].Source] = (line, column);
                    break;
            }
        }

        if (problems > options.MaxDiagnosticsPerFile && diagnostics.Count > 0)
        {
            var last = diagnostics[^1];
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TooManyProblems, $"\"{file}\" has more than {options.MaxDiagnosticsPerFile:N0} problems; the rest are not listed.") { File = file, JsonPointer = last.JsonPointer, Line = last.Line, Column = last.Column });
        }

        var layout = new FileLayout([.. starts.Select(s => s.ToArray())], shifted);
        return new RecordReadResult(record, diagnostics, left, layout, texts);
    }

    private static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Shorten(string value) =>
        value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "...");

    /// <summary>The byte offset of a 0-based line and byte position, as <see cref="JsonException"/> gives them.</summary>
    private static long OffsetOf(ReadOnlySpan<byte> bytes, long line, long bytePosition)
    {
        var offset = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = bytes[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return bytes.Length;
            }

            offset += next + 1;
        }

        return Math.Min(bytes.Length, offset + bytePosition);
    }

    /// <summary>A problem found while reading, placed (line and column) when the file is done.</summary>
    private readonly record struct Finding(long Offset, DiagnosticDescriptor Descriptor, string Message, string Pointer, string? EntityId, string? Note = null);

    private readonly record struct LeftOutAt(long Offset, LeftOutKind Kind, string Pointer, string? Id);

    /// <summary>The JSON Pointer of the value being read, as a stack of segments formatted only when asked.</summary>
    private sealed class Path
    {
        private (string? Name, int Index)[] segments = new (string?, int)[16];

        public int Depth { get; private set; }

        public void Push(string name) => Push((name, 0));

        public void Push(int index) => Push((null, index));

        public void Pop() => Depth--;

        public void Clear() => Depth = 0;

        public void Truncate(int depth) => Depth = Math.Min(Depth, depth);

        public override string ToString()
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < Depth; i++)
            {
                text.Append('/');
                _ = segments[i].Name is { } name
                    ? text.Append(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal))
                    : text.Append(segments[i].Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        private void Push((string?, int) segment)
        {
            if (Depth == segments.Length)
            {
                Array.Resize(ref segments, segments.Length * 2);
            }

            segments[Depth++] = segment;
        }
    }

    /// <summary>
    /// Buffers for the lists being read, one per nesting level and reused: a list costs one exact-size array,
    /// not a growing List and a copy of it.
    /// </summary>
    private sealed class Scratch
    {
        private readonly Stack<object[]> free = new();

        public object[] Rent() => free.TryPop(out var buffer) ? buffer : new object[16];

        public static void Add(ref object[] buffer, ref int count, object item)
        {
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer[count++] = item;
        }

        public EquatableArray<T> Return<T>(object[] buffer, int count)
            where T : class
        {
            EquatableArray<T> result = default;
            if (count > 0)
            {
                var items = new T[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = (T)buffer[i];
                }

                result = new EquatableArray<T>(ImmutableCollectionsMarshal.AsImmutableArray(items));
                Array.Clear(buffer, 0, count);
            }

            free.Push(buffer);
            return result;
        }
    }
}

/// <summary>Turns increasing byte offsets into 1-based lines and columns (columns in UTF-16 code units) in one forward pass.</summary>
internal ref struct LineCursor
{
    private readonly ReadOnlySpan<byte> bytes;
    private int at;
    private int line;
    private int lineStart;

    public LineCursor(ReadOnlySpan<byte> bytes)
    {
        this.bytes = bytes;
        line = 1;
    }

    /// <summary>The line and column of <paramref name="offset"/>, which must not be before the previous one.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var target = (int)Math.Clamp(offset, at, bytes.Length);
        var between = bytes[at..target];
        var newlines = between.Count((byte)'\n');
        if (newlines > 0)
        {
            line += newlines;
            lineStart = at + between.LastIndexOf((byte)'\n') + 1;
        }

        at = target;
        return (line, Column(bytes[lineStart..target]));
    }

    /// <summary>The 1-based column (in UTF-16 code units) of the byte just after <paramref name="lineUpToOffset"/>, which runs from the line's start.</summary>
    public static int Column(ReadOnlySpan<byte> lineUpToOffset)
    {
        if (System.Text.Ascii.IsValid(lineUpToOffset))
        {
            return lineUpToOffset.Length + 1;
        }

        var column = 0;
        foreach (var b in lineUpToOffset)
        {
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte: one UTF-16 unit, two for a 4-byte sequence (a surrogate pair). Continuation bytes add nothing.
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return column + 1;
    }
}

/// <summary>What reading one record file gives.</summary>
/// <param name="File">The records read; null when the file as a whole could not be used.</param>
/// <param name="Diagnostics">Every problem, placed.</param>
/// <param name="LeftOut">What was not loaded because of the problems.</param>
/// <param name="Layout">Where the sources and entities start, and the JSON index of every unit whose index changed.</param>
/// <param name="SourceTextPositions">Where each source's "text" value is, for problems with the texts.</param>
internal sealed record RecordReadResult(
    RecordFile? File,
    List<Diagnostic> Diagnostics,
    LeftOutRecord[] LeftOut,
    FileLayout Layout,
    Dictionary<Source, (int Line, int Column)> SourceTextPositions);
