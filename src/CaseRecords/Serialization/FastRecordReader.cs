using System.Runtime.InteropServices;
using System.Text.Json;
using CaseRecords.Dates;

namespace CaseRecords.Serialization;

/// <summary>
/// The loader's fast path: one pass of <see cref="Utf8JsonReader"/> over a record file, straight into the model,
/// with no intermediate objects. It accepts exactly the files that the strict path (source-generated
/// deserialization, then <see cref="RecordMapper"/>) accepts without a single problem, and builds an equal
/// <see cref="RecordFile"/>. At the first thing it does not expect (an unknown, duplicate, missing or null
/// property, a wrong type, an escaped property name, a value the mapper would refuse) it gives up and returns
/// null; the loader then runs the strict path, which reports every problem with its position. So the fast path
/// never decides what is wrong, only that nothing is.
/// </summary>
/// <remarks>
/// Strings that repeat (ids, roles, names, dates, quotes cited by several claims) are read once and shared
/// through a <see cref="StringPool"/>. A differential test holds the two paths to the same result.
/// </remarks>
internal sealed class FastRecordReader
{
    private delegate T Item<T>(ref Utf8JsonReader reader);

    private static readonly GiveUp Stop = new();

    private readonly int maxStringLength;
    private readonly StringPool pool;
    private readonly Scratch scratch = new();

    // Where each element of the five top-level lists starts, in the order of EntityOffsets.Lists.
    private readonly List<int>?[] starts = new List<int>?[5];
    private readonly Item<Source> source;
    private readonly Item<Person> person;
    private readonly Item<Organization> organization;
    private readonly Item<Incident> incident;
    private readonly Item<Proceeding> proceeding;
    private readonly Item<Citation> citation;
    private readonly Item<string> text;
    private readonly Item<CaseDate> date;
    private readonly Item<Reference> reference;
    private readonly Item<Fact> fact;

    private FastRecordReader(int maxStringLength, StringPool pool)
    {
        this.maxStringLength = maxStringLength;
        this.pool = pool;
        source = ReadSource;
        person = ReadPerson;
        organization = ReadOrganization;
        incident = ReadIncident;
        proceeding = ReadProceeding;
        citation = ReadCitation;
        text = ReadText;
        date = ReadDate;
        reference = ReadReference;
        fact = ReadFact;
    }

    /// <summary>Reads a record file that has no problem at all; null when it may have one (the strict path decides).</summary>
    public static RecordFile? TryRead(string path, ReadOnlySpan<byte> json, int maxDepth, int maxStringLength, StringPool pool) =>
        TryRead(path, json, maxDepth, maxStringLength, pool, out _);

    /// <summary>Reads a record file that has no problem at all, and where its entities start; null when it may have a problem.</summary>
    public static RecordFile? TryRead(string path, ReadOnlySpan<byte> json, int maxDepth, int maxStringLength, StringPool pool, out EntityOffsets? offsets)
    {
        offsets = null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            var fast = new FastRecordReader(maxStringLength, pool);
            var file = fast.ReadFile(ref reader, path);

            // Nothing may follow the record file's object.
            if (reader.Read())
            {
                return null;
            }

            offsets = new EntityOffsets([.. fast.starts.Select(s => s?.ToArray() ?? [])]);
            return file;
        }
        catch (Exception e) when (e is GiveUp or JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private RecordFile ReadFile(ref Utf8JsonReader reader, string path)
    {
        Next(ref reader);
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        EquatableArray<Source> sources = default;
        EquatableArray<Person> persons = default;
        EquatableArray<Organization> organizations = default;
        EquatableArray<Incident> incidents = default;
        EquatableArray<Proceeding> proceedings = default;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            if (name.SequenceEqual("formatVersion"u8))
            {
                Once(ref seen, 0);
                if (Next(ref reader) != JsonTokenType.String || !reader.ValueTextEquals("1.0"u8))
                {
                    throw Stop;
                }
            }
            else if (name.SequenceEqual("sources"u8))
            {
                Once(ref seen, 1);
                sources = List(ref reader, source, starts[0] = []);
            }
            else if (name.SequenceEqual("persons"u8))
            {
                Once(ref seen, 2);
                persons = List(ref reader, person, starts[1] = []);
            }
            else if (name.SequenceEqual("organizations"u8))
            {
                Once(ref seen, 3);
                organizations = List(ref reader, organization, starts[2] = []);
            }
            else if (name.SequenceEqual("incidents"u8))
            {
                Once(ref seen, 4);
                incidents = List(ref reader, incident, starts[3] = []);
            }
            else if (name.SequenceEqual("proceedings"u8))
            {
                Once(ref seen, 5);
                proceedings = List(ref reader, proceeding, starts[4] = []);
            }
            else
            {
                throw Stop;
            }
        }

        Require(seen, 1 << 0);
        return new RecordFile(path)
        {
            Sources = sources,
            Persons = persons,
            Organizations = organizations,
            Incidents = incidents,
            Proceedings = proceedings,
        };
    }

    // ---- sources and entities -----------------------------------------------------------------------------

    private Source ReadSource(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? id = null, title = null, kind = null, author = null, publisher = null, url = null, published = null, retrieved = null, language = null, textPath = null, sha = null;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            Next(ref reader);
            if (name.SequenceEqual("id"u8)) { Once(ref seen, 0); id = Id(ref reader); }
            else if (name.SequenceEqual("title"u8)) { Once(ref seen, 1); title = Text(ref reader); }
            else if (name.SequenceEqual("kind"u8)) { Once(ref seen, 2); kind = Text(ref reader); }
            else if (name.SequenceEqual("author"u8)) { Once(ref seen, 3); author = OptionalText(ref reader); }
            else if (name.SequenceEqual("publisher"u8)) { Once(ref seen, 4); publisher = OptionalText(ref reader); }
            else if (name.SequenceEqual("url"u8)) { Once(ref seen, 5); url = OptionalText(ref reader); }
            else if (name.SequenceEqual("published"u8)) { Once(ref seen, 6); published = OptionalText(ref reader); }
            else if (name.SequenceEqual("retrieved"u8)) { Once(ref seen, 7); retrieved = OptionalText(ref reader); }
            else if (name.SequenceEqual("language"u8)) { Once(ref seen, 8); language = OptionalText(ref reader); }
            else if (name.SequenceEqual("text"u8)) { Once(ref seen, 9); textPath = Text(ref reader); }
            else if (name.SequenceEqual("sha256"u8)) { Once(ref seen, 10); sha = Text(ref reader); }
            else { throw Stop; }
        }

        Require(seen, (1 << 0) | (1 << 1) | (1 << 2) | (1 << 9) | (1 << 10));
        if (!Source.IsSha256(sha) || !EnumNames<SourceKind>.TryParse(kind!, out var sourceKind))
        {
            throw Stop;
        }

        Uri? address = null;
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out address))
        {
            throw Stop;
        }

        return new Source(id!, title!, sourceKind, textPath!, sha!)
        {
            Author = author,
            Publisher = publisher,
            Url = address,
            Published = OptionalDate(published),
            Retrieved = OptionalDate(retrieved),
            Language = language,
        };
    }

    private Person ReadPerson(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? id = null;
        var sensitivity = Sensitivity.None;
        EquatableArray<Claim<string>> names = default;
        EquatableArray<Claim<Fact>> facts = default;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            if (name.SequenceEqual("id"u8)) { Once(ref seen, 0); Next(ref reader); id = Id(ref reader); }
            else if (name.SequenceEqual("names"u8)) { Once(ref seen, 1); names = Claims(ref reader, text); }
            else if (name.SequenceEqual("facts"u8)) { Once(ref seen, 2); facts = Claims(ref reader, fact); }
            else if (name.SequenceEqual("sensitivity"u8)) { Once(ref seen, 3); sensitivity = Sensitivities(ref reader); }
            else { throw Stop; }
        }

        Require(seen, 1 << 0);
        return new Person(id!) { Sensitivity = sensitivity, Names = names, Facts = facts };
    }

    private Organization ReadOrganization(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? id = null;
        EquatableArray<Claim<string>> names = default;
        EquatableArray<Claim<Fact>> facts = default;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            if (name.SequenceEqual("id"u8)) { Once(ref seen, 0); Next(ref reader); id = Id(ref reader); }
            else if (name.SequenceEqual("names"u8)) { Once(ref seen, 1); names = Claims(ref reader, text); }
            else if (name.SequenceEqual("facts"u8)) { Once(ref seen, 2); facts = Claims(ref reader, fact); }
            else { throw Stop; }
        }

        Require(seen, 1 << 0);
        return new Organization(id!) { Names = names, Facts = facts };
    }

    private Incident ReadIncident(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? id = null;
        EquatableArray<Claim<string>> names = default, places = default;
        EquatableArray<Claim<CaseDate>> dates = default;
        EquatableArray<Claim<Reference>> participants = default;
        EquatableArray<Claim<Fact>> facts = default;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            if (name.SequenceEqual("id"u8)) { Once(ref seen, 0); Next(ref reader); id = Id(ref reader); }
            else if (name.SequenceEqual("names"u8)) { Once(ref seen, 1); names = Claims(ref reader, text); }
            else if (name.SequenceEqual("dates"u8)) { Once(ref seen, 2); dates = Claims(ref reader, date); }
            else if (name.SequenceEqual("places"u8)) { Once(ref seen, 3); places = Claims(ref reader, text); }
            else if (name.SequenceEqual("participants"u8)) { Once(ref seen, 4); participants = Claims(ref reader, reference); }
            else if (name.SequenceEqual("facts"u8)) { Once(ref seen, 5); facts = Claims(ref reader, fact); }
            else { throw Stop; }
        }

        Require(seen, 1 << 0);
        return new Incident(id!) { Names = names, Dates = dates, Places = places, Participants = participants, Facts = facts };
    }

    private Proceeding ReadProceeding(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? id = null, kind = null;
        EquatableArray<Claim<string>> names = default, outcomes = default;
        EquatableArray<Claim<CaseDate>> filed = default, decided = default;
        EquatableArray<Claim<Reference>> forums = default, parties = default, concerns = default, reviews = default, follows = default;
        EquatableArray<Claim<Fact>> facts = default;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            if (name.SequenceEqual("id"u8)) { Once(ref seen, 0); Next(ref reader); id = Id(ref reader); }
            else if (name.SequenceEqual("kind"u8)) { Once(ref seen, 1); Next(ref reader); kind = Text(ref reader); }
            else if (name.SequenceEqual("names"u8)) { Once(ref seen, 2); names = Claims(ref reader, text); }
            else if (name.SequenceEqual("forums"u8)) { Once(ref seen, 3); forums = Claims(ref reader, reference); }
            else if (name.SequenceEqual("parties"u8)) { Once(ref seen, 4); parties = Claims(ref reader, reference); }
            else if (name.SequenceEqual("filed"u8)) { Once(ref seen, 5); filed = Claims(ref reader, date); }
            else if (name.SequenceEqual("decided"u8)) { Once(ref seen, 6); decided = Claims(ref reader, date); }
            else if (name.SequenceEqual("outcomes"u8)) { Once(ref seen, 7); outcomes = Claims(ref reader, text); }
            else if (name.SequenceEqual("concerns"u8)) { Once(ref seen, 8); concerns = Claims(ref reader, reference); }
            else if (name.SequenceEqual("reviews"u8)) { Once(ref seen, 9); reviews = Claims(ref reader, reference); }
            else if (name.SequenceEqual("follows"u8)) { Once(ref seen, 10); follows = Claims(ref reader, reference); }
            else if (name.SequenceEqual("facts"u8)) { Once(ref seen, 11); facts = Claims(ref reader, fact); }
            else { throw Stop; }
        }

        Require(seen, (1 << 0) | (1 << 1));
        if (!EnumNames<ProceedingKind>.TryParse(kind!, out var proceedingKind))
        {
            throw Stop;
        }

        return new Proceeding(id!, proceedingKind)
        {
            Names = names,
            Forums = forums,
            Parties = parties,
            Filed = filed,
            Decided = decided,
            Outcomes = outcomes,
            Concerns = concerns,
            Reviews = reviews,
            Follows = follows,
            Facts = facts,
        };
    }

    // ---- claims -------------------------------------------------------------------------------------------

    private EquatableArray<Claim<T>> Claims<T>(ref Utf8JsonReader reader, Item<T> value)
        where T : notnull
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var items = scratch.Rent();
        var count = 0;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            Scratch.Add(ref items, ref count, ReadClaim(ref reader, value));
        }

        return scratch.Return<Claim<T>>(items, count);
    }

    private Claim<T> ReadClaim<T>(ref Utf8JsonReader reader, Item<T> value)
        where T : notnull
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        T? claimValue = default;
        EquatableArray<Citation> citations = default;
        var rank = ClaimRank.Normal;
        string? asStated = null, note = null;
        var sensitivity = Sensitivity.None;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            if (name.SequenceEqual("value"u8))
            {
                Once(ref seen, 0);
                Next(ref reader);
                claimValue = value(ref reader);
            }
            else if (name.SequenceEqual("citations"u8))
            {
                Once(ref seen, 1);
                citations = List(ref reader, citation);
            }
            else if (name.SequenceEqual("rank"u8))
            {
                Once(ref seen, 2);
                Next(ref reader);
                if (OptionalText(ref reader) is { } r && !EnumNames<ClaimRank>.TryParse(r, out rank))
                {
                    throw Stop;
                }
            }
            else if (name.SequenceEqual("asStated"u8)) { Once(ref seen, 3); Next(ref reader); asStated = OptionalText(ref reader); }
            else if (name.SequenceEqual("note"u8)) { Once(ref seen, 4); Next(ref reader); note = OptionalText(ref reader); }
            else if (name.SequenceEqual("sensitivity"u8)) { Once(ref seen, 5); sensitivity = Sensitivities(ref reader); }
            else { throw Stop; }
        }

        Require(seen, 1 << 0);
        if (citations.IsEmpty)
        {
            throw Stop;
        }

        return new Claim<T>(claimValue!, citations) { Rank = rank, Sensitivity = sensitivity, AsStated = asStated, Note = note };
    }

    private Citation ReadCitation(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? sourceId = null, quote = null, locator = null, relayedFrom = null;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            Next(ref reader);
            if (name.SequenceEqual("source"u8)) { Once(ref seen, 0); sourceId = Id(ref reader); }
            else if (name.SequenceEqual("quote"u8)) { Once(ref seen, 1); quote = Text(ref reader); }
            else if (name.SequenceEqual("locator"u8)) { Once(ref seen, 2); locator = OptionalText(ref reader); }
            else if (name.SequenceEqual("relayedFrom"u8))
            {
                Once(ref seen, 3);
                if (reader.TokenType != JsonTokenType.Null)
                {
                    relayedFrom = Id(ref reader);
                }
            }
            else { throw Stop; }
        }

        Require(seen, (1 << 0) | (1 << 1));
        return new Citation(sourceId!, quote!) { Locator = locator, RelayedFrom = relayedFrom };
    }

    // ---- values -------------------------------------------------------------------------------------------

    private string ReadText(ref Utf8JsonReader reader) => Text(ref reader);

    private CaseDate ReadDate(ref Utf8JsonReader reader) => Date(String(ref reader));

    private Reference ReadReference(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? id = null, role = null;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            Next(ref reader);
            if (name.SequenceEqual("id"u8)) { Once(ref seen, 0); id = Id(ref reader); }
            else if (name.SequenceEqual("role"u8)) { Once(ref seen, 1); role = OptionalText(ref reader); }
            else { throw Stop; }
        }

        Require(seen, 1 << 0);
        return new Reference(id!, role);
    }

    private Fact ReadFact(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? property = null, factText = null, factDate = null, place = null;
        Quantity? quantity = null;
        Money? money = null;
        Reference? related = null;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            Next(ref reader);
            if (name.SequenceEqual("property"u8)) { Once(ref seen, 0); property = Text(ref reader); }
            else if (name.SequenceEqual("text"u8)) { Once(ref seen, 1); factText = OptionalText(ref reader); }
            else if (name.SequenceEqual("date"u8)) { Once(ref seen, 2); factDate = OptionalText(ref reader); }
            else if (name.SequenceEqual("place"u8)) { Once(ref seen, 3); place = OptionalText(ref reader); }
            else if (name.SequenceEqual("quantity"u8)) { Once(ref seen, 4); quantity = reader.TokenType == JsonTokenType.Null ? null : ReadQuantity(ref reader); }
            else if (name.SequenceEqual("money"u8)) { Once(ref seen, 5); money = reader.TokenType == JsonTokenType.Null ? null : ReadMoney(ref reader); }
            else if (name.SequenceEqual("related"u8)) { Once(ref seen, 6); related = reader.TokenType == JsonTokenType.Null ? null : ReadReference(ref reader); }
            else { throw Stop; }
        }

        Require(seen, 1 << 0);
        var value = new Fact(property!)
        {
            Text = factText,
            Date = OptionalDate(factDate),
            Place = place,
            Quantity = quantity,
            Money = money,
            Related = related,
        };
        return value.HasValue ? value : throw Stop;
    }

    private Quantity ReadQuantity(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        decimal amount = 0;
        decimal? upper = null;
        string? unit = null;
        bool? approximate = null;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            Next(ref reader);
            if (name.SequenceEqual("amount"u8)) { Once(ref seen, 0); amount = Decimal(ref reader); }
            else if (name.SequenceEqual("upperAmount"u8)) { Once(ref seen, 1); upper = reader.TokenType == JsonTokenType.Null ? null : Decimal(ref reader); }
            else if (name.SequenceEqual("unit"u8)) { Once(ref seen, 2); unit = Text(ref reader); }
            else if (name.SequenceEqual("approximate"u8))
            {
                Once(ref seen, 3);
                approximate = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    JsonTokenType.Null => null,
                    _ => throw Stop,
                };
            }
            else { throw Stop; }
        }

        Require(seen, (1 << 0) | (1 << 2));
        if (upper < amount)
        {
            throw Stop;
        }

        return new Quantity(amount, unit!) { UpperAmount = upper, IsApproximate = approximate ?? false };
    }

    private Money ReadMoney(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        decimal amount = 0;
        string? currency = null;
        while (NextProperty(ref reader) is var name && !name.IsEmpty)
        {
            Next(ref reader);
            if (name.SequenceEqual("amount"u8)) { Once(ref seen, 0); amount = Decimal(ref reader); }
            else if (name.SequenceEqual("currency"u8)) { Once(ref seen, 1); currency = Text(ref reader); }
            else { throw Stop; }
        }

        Require(seen, (1 << 0) | (1 << 1));
        return Money.IsCurrencyCode(currency) ? new Money(amount, currency!) : throw Stop;
    }

    private Sensitivity Sensitivities(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Sensitivity.None;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var result = Sensitivity.None;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (!EnumNames<Sensitivity>.TryParse(String(ref reader), out var flag) || flag == Sensitivity.None)
            {
                throw Stop;
            }

            result |= flag;
        }

        return result;
    }

    private EquatableArray<T> List<T>(ref Utf8JsonReader reader, Item<T> item, List<int>? starts = null)
        where T : class
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var items = scratch.Rent();
        var count = 0;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            starts?.Add(checked((int)reader.TokenStartIndex));
            Scratch.Add(ref items, ref count, item(ref reader));
        }

        return scratch.Return<T>(items, count);
    }

    private string Id(ref Utf8JsonReader reader)
    {
        var value = Text(ref reader);
        return EntityIds.IsValid(value) ? value : throw Stop;
    }

    /// <summary>A non-blank string within the length limit, as the mapper's Text requires.</summary>
    private string Text(ref Utf8JsonReader reader)
    {
        var value = String(ref reader);
        return value.Length > maxStringLength || string.IsNullOrWhiteSpace(value) ? throw Stop : value;
    }

    private string? OptionalText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : Text(ref reader);

    private string String(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Stop;
        }

        return reader.ValueIsEscaped ? reader.GetString()! : pool.Get(reader.ValueSpan);
    }

    private static CaseDate? OptionalDate(string? value) => value is null ? null : Date(value);

    private static CaseDate Date(string value)
    {
        var result = CaseDate.Parse(value);
        return result.Success ? result.Value! : throw Stop;
    }

    private static decimal Decimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw Stop;

    // ---- tokens -------------------------------------------------------------------------------------------

    private static JsonTokenType Next(ref Utf8JsonReader reader) => reader.Read() ? reader.TokenType : throw Stop;

    /// <summary>The next property's name, or empty at the end of the object. Escaped names go to the strict path.</summary>
    private static ReadOnlySpan<byte> NextProperty(ref Utf8JsonReader reader)
    {
        var token = Next(ref reader);
        if (token == JsonTokenType.EndObject)
        {
            return default;
        }

        return token != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.ValueSpan.IsEmpty ? throw Stop : reader.ValueSpan;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw Stop;
        }
    }

    private static void Once(ref int seen, int bit)
    {
        if ((seen & (1 << bit)) != 0)
        {
            throw Stop;
        }

        seen |= 1 << bit;
    }

    private static void Require(int seen, int required)
    {
        if ((seen & required) != required)
        {
            throw Stop;
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

    /// <summary>Thrown (one shared instance) to leave the fast path; never escapes <c>TryRead</c>.</summary>
    private sealed class GiveUp : Exception
    {
    }
}
