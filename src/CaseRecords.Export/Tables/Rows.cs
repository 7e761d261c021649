using System.Globalization;
using CaseRecords.Dates;
using CaseRecords.Diagnostics;
using CaseRecords.Reading;
using CaseRecords.Serialization;
using CaseRecords.Validation;

namespace CaseRecords.Export.Tables;

#pragma warning disable SA1402 // the row types of the tables, kept together

/// <summary>What one export reads: the dataset, the validator's report on it (for the findings), and where quotes are in the texts.</summary>
internal sealed class ExportContext(CaseDataset dataset, ValidationReport? validation)
{
    private readonly Dictionary<SourceText, CodePoints> codePoints = new(ReferenceEqualityComparer.Instance);

    public CaseDataset Dataset { get; } = dataset;

    public ValidationReport Validation { get; } = validation!; // only the findings table reads it, and Write always gives one

    /// <summary>The code-point index of <paramref name="text"/>, built once per text and export.</summary>
    public CodePoints CodePointsOf(SourceText text)
    {
        if (!codePoints.TryGetValue(text, out var index))
        {
            codePoints[text] = index = new CodePoints(text.Text);
        }

        return index;
    }

    /// <summary>Every entity of the dataset with its record file and JSON Pointer, in dataset order.</summary>
    public IEnumerable<EntityRow> Entities()
    {
        foreach (var file in Dataset.Files)
        {
            foreach (var row in Pointed(file, FileField.Persons, file.Persons)
                .Concat(Pointed(file, FileField.Organizations, file.Organizations))
                .Concat(Pointed(file, FileField.Incidents, file.Incidents))
                .Concat(Pointed(file, FileField.Proceedings, file.Proceedings)))
            {
                yield return row;
            }
        }
    }

    /// <summary>Every claim of every entity, in dataset order (the order of <see cref="CaseDataset.Claims"/>).</summary>
    public IEnumerable<ClaimRow> Claims()
    {
        foreach (var entity in Entities())
        {
            for (var list = 0; list < entity.Entity.ClaimListCount; list++)
            {
                var (property, claims) = entity.Entity.GetClaimList(list);
                for (var i = 0; i < claims.Length; i++)
                {
                    yield return new ClaimRow(entity, property, i, claims[i]);
                }
            }
        }
    }

    /// <summary>Every citation of every claim, with where its quote is in its source's text (found as the validator finds it).</summary>
    public IEnumerable<CitationRow> Citations()
    {
        foreach (var claim in Claims())
        {
            var citations = claim.Claim.Citations;
            for (var k = 0; k < citations.Count; k++)
            {
                var citation = citations[k];
                var text = Dataset.Resolve(citation) is { } source ? Dataset.GetText(source) : null;
                var span = text?.Find(citation.Quote);
                yield return new CitationRow(claim, k, citation, text, span, span is { } found ? CodePointsOf(text!).Locate(found) : null);
            }
        }
    }

    private static IEnumerable<EntityRow> Pointed<T>(RecordFile file, FileField list, EquatableArray<T> entities)
        where T : Entity
    {
        var prefix = "/" + RecordFormat.File[list] + "/";
        for (var i = 0; i < entities.Count; i++)
        {
            yield return new EntityRow(file, prefix + i.ToString(CultureInfo.InvariantCulture), entities[i]);
        }
    }
}

/// <summary>A source with where it is defined.</summary>
internal sealed record SourceRow(RecordFile File, int Index, Source Source, bool TextLoaded)
{
    public string Pointer => string.Create(CultureInfo.InvariantCulture, $"/{RecordFormat.File[FileField.Sources]}/{Index}");
}

/// <summary>A stored text, with its length in code points.</summary>
internal sealed record TextRow(SourceText Text, int Length);

/// <summary>An entity with where it is defined.</summary>
internal sealed record EntityRow(RecordFile File, string Pointer, Entity Entity);

/// <summary>One claim: its entity, the list it is in and its position there.</summary>
internal sealed class ClaimRow(EntityRow entity, string list, int position, Claim claim)
{
    private static readonly string Names = RecordFormat.Person[PersonField.Names];

    public EntityRow Entity { get; } = entity;

    public string List { get; } = list;

    public int Position { get; } = position;

    public Claim Claim { get; } = claim;

    /// <summary>"entity/list/position" ("john-balcerzak/names/1"): unique in a dataset whose entity ids are.</summary>
    public string Id => IdOf(Entity.Entity.Id, List, Position);

    public string Pointer => string.Create(CultureInfo.InvariantCulture, $"{Entity.Pointer}/{List}/{Position}");

    public object Value => Claim.UntypedValue;

    public Fact? Fact => Value as Fact;

    public CaseDate? Date => Value as CaseDate ?? Fact?.Date;

    public Reference? Reference => Value as Reference ?? Fact?.Related;

    public Quantity? Quantity => Value as Quantity ?? Fact?.Quantity;

    public Money? Money => Value as Money ?? Fact?.Money;

    /// <summary>The form, for a name (and for any claim whose form is not the default: the validator reports those, CR2025).</summary>
    public string? Form => List == Names || Claim.Form != NameForm.Full ? EnumNames<NameForm>.Name(Claim.Form) : null;

    public string ValueKind => Value switch
    {
        string => "text",
        CaseDate => "date",
        CaseRecords.Reference => "reference",
        CaseRecords.Fact => "fact",
        CaseRecords.Quantity => "quantity",
        CaseRecords.Money => "money",
        _ => "other",
    };

    public string ValueText => Value switch
    {
        string text => text,
        CaseDate date => date.ToEdtf(),
        _ => Value.ToString() ?? string.Empty,
    };

    public static string IdOf(string entity, string list, int position) =>
        string.Create(CultureInfo.InvariantCulture, $"{entity}/{list}/{position}");
}

/// <summary>One citation of a claim, with where its quote was found in its source's stored text.</summary>
internal sealed record CitationRow(ClaimRow Claim, int Position, Citation Citation, SourceText? Text, TextSpan? Span, QuotePosition? Found)
{
    private static readonly string CitationsName = RecordFormat.Claim[ClaimField.Citations];

    public string Pointer => string.Create(CultureInfo.InvariantCulture, $"{Claim.Pointer}/{CitationsName}/{Position}");

    public string? Passage => Span is { } span ? Text!.Text.Substring(span.Start, span.Length) : null;
}

/// <summary>One claim of one version of a conflict set.</summary>
internal sealed record ConflictRow(ConflictSet Set, int Version, ConflictVersion Value, ClaimEntry Claim)
{
    public string Id => Set.SubjectId + "/" + Set.Property;
}

/// <summary>One finding of the validator (or of the loader, through it), waived or not.</summary>
internal sealed record FindingRow(Diagnostic Diagnostic, Waiver? Waiver);

/// <summary>Where a quote is in a text, counted in Unicode code points (as the W3C Web Annotation Data Model counts).</summary>
/// <param name="Start">The 0-based code point offset of the first character.</param>
/// <param name="End">The offset just past the last character.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, in code points.</param>
internal sealed record QuotePosition(int Start, int End, int Line, int Column);

/// <summary>
/// Converts UTF-16 offsets of one text (what .NET strings and <see cref="TextSpan"/> count) into Unicode code point
/// offsets (what Python, DuckDB and the W3C Web Annotation Data Model count): the two differ after each character
/// outside the Basic Multilingual Plane, which UTF-16 stores as two code units.
/// </summary>
internal sealed class CodePoints
{
    // The UTF-16 offsets of the second unit of each surrogate pair, in order: usually none.
    private readonly int[] lowSurrogates;

    public CodePoints(string text)
    {
        var found = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                found.Add(i);
            }
        }

        lowSurrogates = [.. found];
        Length = text.Length - lowSurrogates.Length;
    }

    /// <summary>The text's length in code points.</summary>
    public int Length { get; }

    /// <summary>The code point offset of UTF-16 offset <paramref name="utf16"/>.</summary>
    public int Of(int utf16)
    {
        if (lowSurrogates.Length == 0)
        {
            return utf16;
        }

        var before = Array.BinarySearch(lowSurrogates, utf16);
        return utf16 - (before >= 0 ? before : ~before);
    }

    /// <summary>Where <paramref name="span"/> is, in code points.</summary>
    public QuotePosition Locate(TextSpan span)
    {
        var start = Of(span.Start);
        var lineStart = Of(span.Start - (span.Column - 1));
        return new QuotePosition(start, Of(span.Start + span.Length), span.Line, start - lineStart + 1);
    }
}

/// <summary>The answers of the reading API that the tables need, for a dataset.</summary>
internal static class Answers
{
    /// <summary>The conflict sets as rows: one per claim of each version.</summary>
    public static IEnumerable<ConflictRow> Conflicts(CaseDataset dataset) =>
        from set in dataset.Conflicts()
        from version in set.Versions.Select((v, i) => (Value: v, Index: i))
        from claim in version.Value.Claims
        select new ConflictRow(set, version.Index, version.Value, claim);
}

/// <summary>Small helpers shared by the table definitions.</summary>
internal static class Cells
{
    /// <summary>A day as <see cref="DateOnly"/>; null for years before 1, which DateOnly (and Parquet.Net) cannot hold.</summary>
    public static DateOnly? Day(NodaTime.LocalDate? date) =>
        date is { Year: >= 1 } d ? new DateOnly(d.Year, d.Month, d.Day) : null;

    /// <summary>The names of the flags set, joined by ','; null for none.</summary>
    public static string? Flags<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        EnumNames<TEnum>.Flags(value).ToList() is { Count: > 0 } names ? string.Join(',', names) : null;

    /// <summary>The qualifiers of both ends of a date, together.</summary>
    public static DateQualifier Qualifier(CaseDate date) => (date.Start?.Qualifier ?? DateQualifier.None) | (date.End?.Qualifier ?? DateQualifier.None);

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.Name(value);
}
