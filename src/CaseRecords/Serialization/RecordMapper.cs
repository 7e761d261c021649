using System.Collections.Immutable;
using CaseRecords.Dates;
using CaseRecords.Diagnostics;

namespace CaseRecords.Serialization;

/// <summary>
/// Maps a deserialized record file to the immutable model. Every value the model would refuse is reported
/// with its JSON Pointer instead of thrown; the element that holds it is left out of the model, never silently.
/// </summary>
internal sealed class RecordMapper
{
    private readonly string file;
    private readonly int maxStringLength;
    private readonly List<PendingDiagnostic> problems = [];
    private readonly PointerBuilder path = new();

    // Ids, roles and fact properties repeat across thousands of claims: the model keeps one string of each.
    private readonly HashSet<string> pool = new(StringComparer.Ordinal);
    private string? entityId;

    public RecordMapper(string file, int maxStringLength = int.MaxValue)
    {
        this.file = file;
        this.maxStringLength = maxStringLength;
    }

    /// <summary>Problems found, each with its pointer; positions are filled in later by <see cref="JsonLocator"/>.</summary>
    public IReadOnlyList<PendingDiagnostic> Problems => problems;

    public RecordFile Map(RecordFileDto dto) => new(file)
    {
        Sources = List(dto.Sources, "sources", MapSource),
        Persons = List(dto.Persons, "persons", MapPerson),
        Organizations = List(dto.Organizations, "organizations", MapOrganization),
        Incidents = List(dto.Incidents, "incidents", MapIncident),
        Proceedings = List(dto.Proceedings, "proceedings", MapProceeding),
    };

    private Source? MapSource(SourceDto dto)
    {
        entityId = dto.Id;
        var id = Id(dto.Id, "id");
        var title = Text(dto.Title, "title");
        var kind = EnumValue<SourceKind>(dto.Kind, "kind");
        var textPath = Text(dto.Text, "text");
        var sha = Check(dto.Sha256, "sha256", Source.IsSha256, "The sha256 must be 64 lower-case hexadecimal digits (the SHA-256 of the text file's bytes).");
        var url = OptionalUrl(dto.Url, "url");
        var published = OptionalDate(dto.Published, "published");
        var retrieved = OptionalDate(dto.Retrieved, "retrieved");
        var author = OptionalText(dto.Author, "author");
        var publisher = OptionalText(dto.Publisher, "publisher");
        var language = OptionalText(dto.Language, "language");
        if (id is null || title is null || kind is null || textPath is null || sha is null || !url.Ok || !published.Ok || !retrieved.Ok || !author.Ok || !publisher.Ok || !language.Ok)
        {
            return null;
        }

        return new Source(id, title, kind.Value, textPath, sha)
        {
            Author = author.Value,
            Publisher = publisher.Value,
            Url = url.Value,
            Published = published.Value,
            Retrieved = retrieved.Value,
            Language = language.Value,
        };
    }

    private Person? MapPerson(PersonDto dto)
    {
        entityId = dto.Id;
        var id = Id(dto.Id, "id");
        var sensitivity = Sensitivities(dto.Sensitivity, "sensitivity");
        var names = Claims(dto.Names, "names", TextValue);
        var facts = Claims(dto.Facts, "facts", FactValue);
        return id is null || sensitivity is null ? null : new Person(id) { Sensitivity = sensitivity.Value, Names = names, Facts = facts };
    }

    private Organization? MapOrganization(OrganizationDto dto)
    {
        entityId = dto.Id;
        var id = Id(dto.Id, "id");
        var names = Claims(dto.Names, "names", TextValue);
        var facts = Claims(dto.Facts, "facts", FactValue);
        return id is null ? null : new Organization(id) { Names = names, Facts = facts };
    }

    private Incident? MapIncident(IncidentDto dto)
    {
        entityId = dto.Id;
        var id = Id(dto.Id, "id");
        var incident = new
        {
            Names = Claims(dto.Names, "names", TextValue),
            Dates = Claims(dto.Dates, "dates", DateValue),
            Places = Claims(dto.Places, "places", TextValue),
            Participants = Claims(dto.Participants, "participants", ReferenceValue),
            Facts = Claims(dto.Facts, "facts", FactValue),
        };
        return id is null ? null : new Incident(id)
        {
            Names = incident.Names,
            Dates = incident.Dates,
            Places = incident.Places,
            Participants = incident.Participants,
            Facts = incident.Facts,
        };
    }

    private Proceeding? MapProceeding(ProceedingDto dto)
    {
        entityId = dto.Id;
        var id = Id(dto.Id, "id");
        var kind = EnumValue<ProceedingKind>(dto.Kind, "kind");
        var p = new
        {
            Names = Claims(dto.Names, "names", TextValue),
            Forums = Claims(dto.Forums, "forums", ReferenceValue),
            Parties = Claims(dto.Parties, "parties", ReferenceValue),
            Filed = Claims(dto.Filed, "filed", DateValue),
            Decided = Claims(dto.Decided, "decided", DateValue),
            Outcomes = Claims(dto.Outcomes, "outcomes", TextValue),
            Concerns = Claims(dto.Concerns, "concerns", ReferenceValue),
            Reviews = Claims(dto.Reviews, "reviews", ReferenceValue),
            Follows = Claims(dto.Follows, "follows", ReferenceValue),
            Facts = Claims(dto.Facts, "facts", FactValue),
        };
        return id is null || kind is null ? null : new Proceeding(id, kind.Value)
        {
            Names = p.Names,
            Forums = p.Forums,
            Parties = p.Parties,
            Filed = p.Filed,
            Decided = p.Decided,
            Outcomes = p.Outcomes,
            Concerns = p.Concerns,
            Reviews = p.Reviews,
            Follows = p.Follows,
            Facts = p.Facts,
        };
    }

    // ---- claims -------------------------------------------------------------------------------------------

    private EquatableArray<Claim<TValue>> Claims<TDto, TValue>(List<ClaimDto<TDto>>? dtos, string property, Func<TDto, TValue?> mapValue)
        where TValue : class =>
        List(dtos, property, dto => MapClaim(dto, mapValue));

    private Claim<TValue>? MapClaim<TDto, TValue>(ClaimDto<TDto> dto, Func<TDto, TValue?> mapValue)
        where TValue : class
    {
        var ok = true;
        path.Push("value");
        TValue? value = null;
        if (dto.Value is null)
        {
            Report(DiagnosticCodes.NullValue, "The claim's value is null; give a value.");
            ok = false;
        }
        else
        {
            value = mapValue(dto.Value);
            ok = value is not null;
        }

        path.Pop();

        var citations = List(dto.Citations, "citations", MapCitation);
        if (dto.Citations is null || dto.Citations.Count == 0)
        {
            Report(DiagnosticCodes.UncitedClaim, "The claim has no citation. Add \"citations\": [{\"source\": \"<source id>\", \"quote\": \"<verbatim words>\"}] or remove the claim: every claim is cited.");
            ok = false;
        }
        else if (citations.Count != dto.Citations.Count)
        {
            ok = false;
        }

        var rank = dto.Rank is null ? ClaimRank.Normal : EnumValue<ClaimRank>(dto.Rank, "rank");
        var sensitivity = Sensitivities(dto.Sensitivity, "sensitivity");
        var asStated = OptionalText(dto.AsStated, "asStated");
        var note = OptionalText(dto.Note, "note");
        if (!ok || value is null || rank is null || sensitivity is null || !asStated.Ok || !note.Ok)
        {
            return null;
        }

        return new Claim<TValue>(value, citations)
        {
            Rank = rank.Value,
            Sensitivity = sensitivity.Value,
            AsStated = asStated.Value,
            Note = note.Value,
        };
    }

    private Citation? MapCitation(CitationDto dto)
    {
        var source = Id(dto.Source, "source");
        var quote = Text(dto.Quote, "quote");
        var locator = OptionalText(dto.Locator, "locator");
        var relayed = dto.RelayedFrom is null ? null : Id(dto.RelayedFrom, "relayedFrom");
        if (source is null || quote is null || !locator.Ok || (dto.RelayedFrom is not null && relayed is null))
        {
            return null;
        }

        return new Citation(Shared(source), quote) { Locator = locator.Value, RelayedFrom = relayed is null ? null : Shared(relayed) };
    }

    private string Shared(string value)
    {
        if (pool.TryGetValue(value, out var shared))
        {
            return shared;
        }

        pool.Add(value);
        return value;
    }

    private string? TextValue(string dto)
    {
        if (string.IsNullOrWhiteSpace(dto))
        {
            Report(DiagnosticCodes.EmptyValue, "The value is empty; give the text the source states.");
            return null;
        }

        return TooLong(dto) ? null : dto;
    }

    private CaseDate? DateValue(string dto) => ParseDate(dto);

    private Reference? ReferenceValue(ReferenceDto dto) => MapReference(dto);

    private Reference? MapReference(ReferenceDto dto)
    {
        var id = Id(dto.Id, "id");
        var role = OptionalText(dto.Role, "role");
        return id is null || !role.Ok ? null : new Reference(Shared(id), role.Value is null ? null : Shared(role.Value));
    }

    private Fact? FactValue(FactDto dto)
    {
        var property = Text(dto.Property, "property");
        var text = OptionalText(dto.Text, "text");
        var date = OptionalDate(dto.Date, "date");
        var place = OptionalText(dto.Place, "place");
        var quantity = Nested(dto.Quantity, "quantity", MapQuantity);
        var money = Nested(dto.Money, "money", MapMoney);
        var related = Nested(dto.Related, "related", MapReference);
        if (property is null || !text.Ok || !date.Ok || !place.Ok || !quantity.Ok || !money.Ok || !related.Ok)
        {
            return null;
        }

        var value = new Fact(Shared(property))
        {
            Text = text.Value,
            Date = date.Value,
            Place = place.Value,
            Quantity = quantity.Value,
            Money = money.Value,
            Related = related.Value,
        };
        if (!value.HasValue)
        {
            Report(DiagnosticCodes.EmptyFact, $"The fact \"{property}\" has no value: give at least one of text, date, place, quantity, money or related.");
            return null;
        }

        return value;
    }

    private Quantity? MapQuantity(QuantityDto dto)
    {
        var unit = Text(dto.Unit, "unit");
        if (unit is null)
        {
            return null;
        }

        if (dto.UpperAmount is { } upper && upper < dto.Amount)
        {
            path.Push("upperAmount");
            Report(DiagnosticCodes.InvalidValue, $"The upper amount {upper} is less than the amount {dto.Amount}; a range goes from amount to upperAmount.");
            path.Pop();
            return null;
        }

        return new Quantity(dto.Amount, unit) { UpperAmount = dto.UpperAmount, IsApproximate = dto.Approximate ?? false };
    }

    private Money? MapMoney(MoneyDto dto)
    {
        var currency = Check(dto.Currency, "currency", Money.IsCurrencyCode, "The currency must be an ISO 4217 code: three upper-case letters such as \"USD\".");
        return currency is null ? null : new Money(dto.Amount, currency);
    }

    // ---- values -------------------------------------------------------------------------------------------

    private EquatableArray<T> List<TDto, T>(List<TDto>? dtos, string property, Func<TDto, T?> map)
        where T : class
    {
        if (dtos is null)
        {
            return [];
        }

        path.Push(property);
        var builder = ImmutableArray.CreateBuilder<T>(dtos.Count);
        for (var i = 0; i < dtos.Count; i++)
        {
            path.Push(i);
            if (dtos[i] is null)
            {
                Report(DiagnosticCodes.NullValue, "A list may not hold null; remove the element or give a value.");
            }
            else if (map(dtos[i]) is { } item)
            {
                builder.Add(item);
            }

            path.Pop();
        }

        path.Pop();
        return builder.DrainToImmutable();
    }

    private (bool Ok, T? Value) Nested<TDto, T>(TDto? dto, string property, Func<TDto, T?> map)
        where TDto : class
        where T : class
    {
        if (dto is null)
        {
            return (true, null);
        }

        path.Push(property);
        var value = map(dto);
        path.Pop();
        return (value is not null, value);
    }

    private string? Id(string? value, string property) =>
        Check(value, property, EntityIds.IsValid, $"\"{Shorten(value)}\" is not a valid id. {EntityIds.Rule}");

    private string? Text(string? value, string property)
    {
        path.Push(property);
        string? result = value;
        if (value is null)
        {
            Report(DiagnosticCodes.NullValue, $"\"{property}\" is null; give a value.");
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            Report(DiagnosticCodes.EmptyValue, $"\"{property}\" is empty; give a value.");
            result = null;
        }
        else if (TooLong(value))
        {
            result = null;
        }

        path.Pop();
        return result;
    }

    private (bool Ok, string? Value) OptionalText(string? value, string property) =>
        value is null ? (true, null) : Text(value, property) is { } text ? (true, text) : (false, null);

    private string? Check(string? value, string property, Func<string, bool> isValid, string message)
    {
        if (Text(value, property) is not { } text)
        {
            return null;
        }

        if (isValid(text))
        {
            return text;
        }

        path.Push(property);
        Report(DiagnosticCodes.InvalidValue, message);
        path.Pop();
        return null;
    }

    private (bool Ok, Uri? Value) OptionalUrl(string? value, string property)
    {
        if (value is null)
        {
            return (true, null);
        }

        var url = Check(value, property, v => Uri.TryCreate(v, UriKind.Absolute, out _), "The url must be an absolute address such as \"https://example.org/page\".");
        return url is null ? (false, null) : (true, new Uri(url, UriKind.Absolute));
    }

    private (bool Ok, CaseDate? Value) OptionalDate(string? value, string property)
    {
        if (value is null)
        {
            return (true, null);
        }

        path.Push(property);
        var date = ParseDate(value);
        path.Pop();
        return (date is not null, date);
    }

    private CaseDate? ParseDate(string value)
    {
        var result = CaseDate.Parse(value);
        if (result.Success)
        {
            return result.Value;
        }

        var descriptor = result.ErrorKind switch
        {
            EdtfErrorKind.UnsupportedLevel2 => DiagnosticCodes.UnsupportedDate,
            EdtfErrorKind.ReversedInterval => DiagnosticCodes.ReversedInterval,
            _ => DiagnosticCodes.InvalidDate,
        };
        Report(descriptor, $"\"{Shorten(value)}\" is not a valid date: {result.Message}");
        return null;
    }

    private TEnum? EnumValue<TEnum>(string? value, string property)
        where TEnum : struct, Enum
    {
        if (Text(value, property) is not { } text)
        {
            return null;
        }

        if (EnumNames<TEnum>.TryParse(text, out var parsed))
        {
            return parsed;
        }

        path.Push(property);
        Report(DiagnosticCodes.InvalidValue, $"\"{Shorten(text)}\" is not a valid {property}. Use one of: {string.Join(", ", EnumNames<TEnum>.Names)}.");
        path.Pop();
        return null;
    }

    private Sensitivity? Sensitivities(List<string>? values, string property)
    {
        if (values is null)
        {
            return Sensitivity.None;
        }

        var result = Sensitivity.None;
        var ok = true;
        path.Push(property);
        for (var i = 0; i < values.Count; i++)
        {
            path.Push(i);
            if (values[i] is null)
            {
                Report(DiagnosticCodes.NullValue, "A list may not hold null; remove the element.");
                ok = false;
            }
            else if (EnumNames<Sensitivity>.TryParse(values[i], out var flag) && flag != Sensitivity.None)
            {
                result |= flag;
            }
            else
            {
                Report(DiagnosticCodes.InvalidValue, $"\"{Shorten(values[i])}\" is not a sensitivity marking. Use any of: {string.Join(", ", EnumNames<Sensitivity>.Names.Where(n => n != "none"))}.");
                ok = false;
            }

            path.Pop();
        }

        path.Pop();
        return ok ? result : null;
    }

    private bool TooLong(string value)
    {
        if (value.Length <= maxStringLength)
        {
            return false;
        }

        Report(DiagnosticCodes.StringTooLong, $"The value is {value.Length:N0} characters long; the limit is {maxStringLength:N0}.");
        return true;
    }

    private static string Shorten(string? value) =>
        value is null ? "null" : value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "...");

    private void Report(DiagnosticDescriptor descriptor, string message) =>
        problems.Add(new PendingDiagnostic(new Diagnostic(descriptor, message) { File = file, EntityId = EntityIds.IsValid(entityId) ? entityId : null }, path.ToString()));
}

/// <summary>A diagnostic whose position in the file is not yet known: a template, or the parts of one (no object until it is placed).</summary>
internal readonly record struct PendingDiagnostic
{
    private readonly Diagnostic? template;
    private readonly DiagnosticDescriptor? descriptor;
    private readonly string? message;
    private readonly string? file;
    private readonly string? entityId;

    public PendingDiagnostic(Diagnostic template, string pointer)
    {
        this.template = template;
        Pointer = pointer;
    }

    public PendingDiagnostic(DiagnosticDescriptor descriptor, string message, string file, string? entityId, string pointer)
    {
        this.descriptor = descriptor;
        this.message = message;
        this.file = file;
        this.entityId = entityId;
        Pointer = pointer;
    }

    public string Pointer { get; }

    /// <summary>The diagnostic at its pointer, with line and column when they are known.</summary>
    public Diagnostic Create(int? line = null, int? column = null) => template is { } t
        ? t with { JsonPointer = Pointer, Line = line, Column = column }
        : new Diagnostic(descriptor!, message!) { File = file, EntityId = entityId, JsonPointer = Pointer, Line = line, Column = column };
}
