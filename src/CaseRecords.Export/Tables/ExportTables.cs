using CaseRecords.Dates;
using CaseRecords.Diagnostics;

namespace CaseRecords.Export.Tables;

/// <summary>A table of an export, whatever its row type: what the writers and the documentation test need.</summary>
internal interface IExportTable
{
    /// <summary>The table's name, also its file's name without extension ("claims").</summary>
    string Name { get; }

    /// <summary>The columns, in order.</summary>
    IReadOnlyList<Column> Columns { get; }

    /// <summary>Writes the table's rows of <paramref name="context"/> to <paramref name="output"/> with <paramref name="writer"/>.</summary>
    /// <returns>The number of rows written.</returns>
    long Write(ITableWriter writer, ExportContext context, Stream output);
}

/// <summary>Writes a table in one format.</summary>
internal interface ITableWriter
{
    /// <summary>The file extension, with its dot (".parquet").</summary>
    string Extension { get; }

    /// <summary>Writes <paramref name="rows"/> as <paramref name="table"/> to <paramref name="output"/>, streaming.</summary>
    /// <returns>The number of rows written.</returns>
    long Write<TRow>(ExportTable<TRow> table, IEnumerable<TRow> rows, Stream output);
}

/// <summary>A table: its name, its columns, and where its rows come from.</summary>
/// <typeparam name="TRow">One row's type.</typeparam>
internal sealed class ExportTable<TRow>(string name, Func<ExportContext, IEnumerable<TRow>> rows, params Column<TRow>[] columns) : IExportTable
{
    public string Name { get; } = name;

    public IReadOnlyList<Column<TRow>> Columns { get; } = columns;

    IReadOnlyList<Column> IExportTable.Columns => Columns;

    public long Write(ITableWriter writer, ExportContext context, Stream output) => writer.Write(this, rows(context), output);
}

/// <summary>
/// The tables of an export and their columns, named once: the Parquet, CSV and ndjson writers take their schemas from
/// here, and a test holds docs/export.md to them. Column names are lower case with '_' between words, and none is a
/// reserved word of SQL (DuckDB's, Spark's), so a query need not quote them.
/// </summary>
internal static class ExportTables
{
    public static readonly ExportTable<SourceRow> Sources = new(
        "sources",
        context => context.Dataset.Files.SelectMany(file => file.Sources.Select((source, i) => new SourceRow(file, i, source, context.Dataset.GetText(source) is not null))),
        Text<SourceRow>("source_id", r => r.Source.Id),
        Text<SourceRow>("title", r => r.Source.Title),
        Text<SourceRow>("kind", r => Cells.Name(r.Source.Kind)),
        Optional<SourceRow>("author", r => r.Source.Author),
        Optional<SourceRow>("publisher", r => r.Source.Publisher),
        Optional<SourceRow>("url", r => r.Source.Url?.OriginalString),
        Optional<SourceRow>("published", r => r.Source.Published?.ToEdtf()),
        new DateColumn<SourceRow>("published_start", r => Cells.Day(r.Source.Published?.Earliest)),
        new DateColumn<SourceRow>("published_end", r => Cells.Day(r.Source.Published?.Latest)),
        Optional<SourceRow>("retrieved", r => r.Source.Retrieved?.ToEdtf()),
        Optional<SourceRow>("language", r => r.Source.Language),
        Text<SourceRow>("text_path", r => r.Source.TextPath),
        Text<SourceRow>("sha256", r => r.Source.Sha256),
        new BooleanColumn<SourceRow>("text_loaded", false, r => r.TextLoaded),
        Text<SourceRow>("file", r => r.File.Path),
        Text<SourceRow>("pointer", r => r.Pointer));

    public static readonly ExportTable<TextRow> Texts = new(
        "texts",
        context => context.Dataset.Texts.Select(t => new TextRow(t, context.CodePointsOf(t).Length)),
        Text<TextRow>("text_path", r => r.Text.Path),
        Text<TextRow>("sha256", r => r.Text.Sha256),
        new IntegerColumn<TextRow>("length", false, r => r.Length),
        Text<TextRow>("text", r => r.Text.Text));

    public static readonly ExportTable<EntityRow> Entities = new(
        "entities",
        context => context.Entities(),
        Text<EntityRow>("entity_id", r => r.Entity.Id),
        Text<EntityRow>("kind", r => Cells.Name(r.Entity.Kind)),
        Optional<EntityRow>("label", r => r.Entity.Label),
        Text<EntityRow>("display_name", r => Reading.CaseReading.DisplayName(r.Entity)),
        Optional<EntityRow>("proceeding_kind", r => r.Entity is Proceeding p ? Cells.Name(p.ProceedingKind) : null),
        Optional<EntityRow>("sensitivity", r => r.Entity is Person p ? Cells.Flags(p.Sensitivity) : null),
        new IntegerColumn<EntityRow>("claims", false, r => r.Entity.AllClaims.Count()),
        Text<EntityRow>("file", r => r.File.Path),
        Text<EntityRow>("pointer", r => r.Pointer));

    public static readonly ExportTable<ClaimRow> Claims = new(
        "claims",
        context => context.Claims(),
        Text<ClaimRow>("claim_id", r => r.Id),
        Text<ClaimRow>("entity_id", r => r.Entity.Entity.Id),
        Text<ClaimRow>("entity_kind", r => Cells.Name(r.Entity.Entity.Kind)),
        Text<ClaimRow>("list", r => r.List),
        new IntegerColumn<ClaimRow>("position", false, r => r.Position),
        Optional<ClaimRow>("property", r => r.Fact?.Property),
        Text<ClaimRow>("value_kind", r => r.ValueKind),
        Text<ClaimRow>("value", r => r.ValueText),
        Optional<ClaimRow>("text", r => r.Value as string ?? r.Fact?.Text),
        Optional<ClaimRow>("place", r => r.Fact?.Place),
        Optional<ClaimRow>("date", r => r.Date?.ToEdtf()),
        Optional<ClaimRow>("date_kind", r => r.Date is { } d ? Cells.Name(d.Kind) : null),
        new DateColumn<ClaimRow>("date_start", r => Cells.Day(r.Date?.Earliest)),
        new DateColumn<ClaimRow>("date_end", r => Cells.Day(r.Date?.Latest)),
        Optional<ClaimRow>("date_precision", r => r.Date is { } d ? Cells.Name(d.Precision) : null),
        Optional<ClaimRow>("date_qualifier", r => r.Date is { } d ? Cells.Flags(Cells.Qualifier(d)) : null),
        new DecimalColumn<ClaimRow>("quantity_amount", r => r.Quantity?.Amount),
        new DecimalColumn<ClaimRow>("quantity_upper_amount", r => r.Quantity?.UpperAmount),
        Optional<ClaimRow>("quantity_unit", r => r.Quantity?.Unit),
        new BooleanColumn<ClaimRow>("quantity_approximate", true, r => r.Quantity?.IsApproximate),
        new DecimalColumn<ClaimRow>("money_amount", r => r.Money?.Amount),
        Optional<ClaimRow>("money_currency", r => r.Money?.Currency),
        Optional<ClaimRow>("ref_id", r => r.Reference?.Id),
        Optional<ClaimRow>("ref_role", r => r.Reference?.Role),
        Text<ClaimRow>("rank", r => Cells.Name(r.Claim.Rank)),
        Optional<ClaimRow>("form", r => r.Form),
        Optional<ClaimRow>("as_stated", r => r.Claim.AsStated),
        new BooleanColumn<ClaimRow>("inferred", false, r => r.Claim.IsInferred),
        Optional<ClaimRow>("inferred_from", r => r.Claim.InferredFrom),
        Optional<ClaimRow>("note", r => r.Claim.Note),
        Optional<ClaimRow>("sensitivity", r => Cells.Flags(r.Claim.Sensitivity)),
        new IntegerColumn<ClaimRow>("citations", false, r => r.Claim.Citations.Count),
        Text<ClaimRow>("file", r => r.Entity.File.Path),
        Text<ClaimRow>("pointer", r => r.Pointer));

    public static readonly ExportTable<CitationRow> Citations = new(
        "citations",
        context => context.Citations(),
        Text<CitationRow>("claim_id", r => r.Claim.Id),
        new IntegerColumn<CitationRow>("position", false, r => r.Position),
        Text<CitationRow>("source_id", r => r.Citation.Source),
        Text<CitationRow>("quote", r => r.Citation.Quote),
        Optional<CitationRow>("locator", r => r.Citation.Locator),
        Optional<CitationRow>("relayed_from", r => r.Citation.RelayedFrom),
        new BooleanColumn<CitationRow>("found", false, r => r.Found is not null),
        new IntegerColumn<CitationRow>("quote_start", true, r => r.Found?.Start),
        new IntegerColumn<CitationRow>("quote_end", true, r => r.Found?.End),
        new IntegerColumn<CitationRow>("quote_line", true, r => r.Found?.Line),
        new IntegerColumn<CitationRow>("quote_column", true, r => r.Found?.Column),
        Optional<CitationRow>("passage", r => r.Passage),
        Text<CitationRow>("file", r => r.Claim.Entity.File.Path),
        Text<CitationRow>("pointer", r => r.Pointer));

    public static readonly ExportTable<ConflictRow> Conflicts = new(
        "conflicts",
        context => Answers.Conflicts(context.Dataset),
        Text<ConflictRow>("conflict_id", r => r.Id),
        Text<ConflictRow>("entity_id", r => r.Set.SubjectId),
        Text<ConflictRow>("property", r => r.Set.Property),
        new IntegerColumn<ConflictRow>("version", false, r => r.Version),
        Text<ConflictRow>("value", r => r.Value.Value),
        Text<ConflictRow>("rank", r => Cells.Name(r.Value.Rank)),
        Text<ConflictRow>("sources", r => string.Join(',', r.Value.Sources)),
        Optional<ConflictRow>("note", r => r.Value.Note),
        Text<ConflictRow>("claim_id", r => ClaimRow.IdOf(r.Claim.Subject.Id, r.Claim.Property, r.Claim.Index)));

    public static readonly ExportTable<FindingRow> Findings = new(
        "findings",
        context => context.Validation.Diagnostics.Select(d => new FindingRow(d, null))
            .Concat(context.Validation.Waived.Select(w => new FindingRow(w.Diagnostic, w.Waiver))),
        Text<FindingRow>("code", r => r.Diagnostic.Code),
        Text<FindingRow>("severity", r => Cells.Name(r.Diagnostic.Severity)),
        Text<FindingRow>("message", r => r.Diagnostic.Message),
        Optional<FindingRow>("file", r => r.Diagnostic.File),
        new IntegerColumn<FindingRow>("file_line", true, r => r.Diagnostic.Line),
        new IntegerColumn<FindingRow>("file_column", true, r => r.Diagnostic.Column),
        Optional<FindingRow>("pointer", r => r.Diagnostic.JsonPointer),
        Optional<FindingRow>("entity_id", r => r.Diagnostic.EntityId),
        new BooleanColumn<FindingRow>("waived", false, r => r.Waiver is not null),
        Optional<FindingRow>("waiver_reason", r => r.Waiver?.Reason));

    /// <summary>Every table, in the order they are written and documented.</summary>
    public static IReadOnlyList<IExportTable> All { get; } = [Sources, Texts, Entities, Claims, Citations, Conflicts, Findings];

    private static TextColumn<TRow> Text<TRow>(string name, Func<TRow, string?> get) => new(name, nullable: false, get);

    private static TextColumn<TRow> Optional<TRow>(string name, Func<TRow, string?> get) => new(name, nullable: true, get);
}
