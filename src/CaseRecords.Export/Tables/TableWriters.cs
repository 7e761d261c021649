using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace CaseRecords.Export.Tables;

#pragma warning disable SA1402 // the three table writers, kept together

/// <summary>
/// Parquet through Parquet.Net's low-level column writer (no reflection): rows are buffered one row group at a time,
/// so memory stays bounded by the row group size, not by the table.
/// </summary>
internal sealed class ParquetTableWriter(int rowGroupSize) : ITableWriter
{
    public string Extension => ".parquet";

    public long Write<TRow>(ExportTable<TRow> table, IEnumerable<TRow> rows, Stream output) =>
        // Parquet.Net's writer is asynchronous; run it off any synchronization context, so that a caller's (a UI's) is
        // never blocked on.
        Task.Run(() => WriteAsync(table, rows, output)).GetAwaiter().GetResult();

    private async Task<long> WriteAsync<TRow>(ExportTable<TRow> table, IEnumerable<TRow> rows, Stream output)
    {
        var fields = table.Columns.Select(Field).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }).ConfigureAwait(false);
        var buffer = new List<TRow>(Math.Min(rowGroupSize, 4096));
        long count = 0;
        foreach (var row in rows)
        {
            buffer.Add(row);
            if (buffer.Count == rowGroupSize)
            {
                await WriteRowGroupAsync(writer, table, fields, buffer).ConfigureAwait(false);
                count += buffer.Count;
                buffer.Clear();
            }
        }

        if (buffer.Count > 0)
        {
            await WriteRowGroupAsync(writer, table, fields, buffer).ConfigureAwait(false);
            count += buffer.Count;
        }

        return count;
    }

    private static DataField Field(Column column) => column.Type switch
    {
        ColumnType.Text => new DataField<string>(column.Name, column.Nullable),
        ColumnType.Integer => column.Nullable ? new DataField<int?>(column.Name) : new DataField<int>(column.Name),
        ColumnType.Boolean => column.Nullable ? new DataField<bool?>(column.Name) : new DataField<bool>(column.Name),
        ColumnType.Date => new DataField<DateOnly?>(column.Name),
        ColumnType.Decimal => new DecimalDataField(column.Name, DecimalColumn<object>.Precision, DecimalColumn<object>.Scale, isNullable: true),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Unknown column type."),
    };

    private static async Task WriteRowGroupAsync<TRow>(ParquetWriter writer, ExportTable<TRow> table, DataField[] fields, List<TRow> rows)
    {
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var field = fields[c];
            switch (table.Columns[c])
            {
                case TextColumn<TRow> text:
                    await group.WriteAsync(field, Values(rows, text.Get)!).ConfigureAwait(false);
                    break;
                case IntegerColumn<TRow> integer when integer.Nullable:
                    await group.WriteAsync<int>(field, Values(rows, integer.Get)).ConfigureAwait(false);
                    break;
                case IntegerColumn<TRow> integer:
                    await group.WriteAsync<int>(field, Values(rows, r => integer.Get(r)!.Value)).ConfigureAwait(false);
                    break;
                case BooleanColumn<TRow> boolean when boolean.Nullable:
                    await group.WriteAsync<bool>(field, Values(rows, boolean.Get)).ConfigureAwait(false);
                    break;
                case BooleanColumn<TRow> boolean:
                    await group.WriteAsync<bool>(field, Values(rows, r => boolean.Get(r)!.Value)).ConfigureAwait(false);
                    break;
                case DateColumn<TRow> date:
                    await group.WriteAsync<DateOnly>(field, Values(rows, date.Get)).ConfigureAwait(false);
                    break;
                case DecimalColumn<TRow> amount:
                    await group.WriteAsync<decimal>(field, Values(rows, amount.Get)).ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException($"No Parquet column for \"{table.Columns[c].Name}\".");
            }
        }

        group.CompleteValidate();
    }

    private static T[] Values<TRow, T>(List<TRow> rows, Func<TRow, T> get)
    {
        var values = new T[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = get(rows[i]);
        }

        return values;
    }
}

/// <summary>
/// CSV as RFC 4180 has it: a header row, fields separated by ',', records ended by CRLF, a field quoted (with its
/// quotes doubled) when it holds a comma, a quote or a line break. UTF-8 without a byte-order mark. An empty field is
/// a missing value (no text in the model is empty). Sep writes it.
/// </summary>
internal sealed class CsvTableWriter : ITableWriter
{
    public string Extension => ".csv";

    public long Write<TRow>(ExportTable<TRow> table, IEnumerable<TRow> rows, Stream output)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        using var writer = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true, CultureInfo = System.Globalization.CultureInfo.InvariantCulture }).To(text);
        writer.Header.Add([.. table.Columns.Select(c => c.Name)]);
        long count = 0;
        foreach (var row in rows)
        {
            using var record = writer.NewRow();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                record[c].Set(table.Columns[c].Format(row) ?? string.Empty);
            }

            count++;
        }

        if (count == 0)
        {
            writer.Header.Write(); // an empty table still names its columns
        }

        return count;
    }
}

/// <summary>Newline-delimited JSON: one object per row and line, every column a property (null when empty).</summary>
internal sealed class NdjsonTableWriter : ITableWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Extension => ".ndjson";

    public long Write<TRow>(ExportTable<TRow> table, IEnumerable<TRow> rows, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        var names = table.Columns.Select(c => JsonEncodedText.Encode(c.Name)).ToArray();
        long count = 0;
        foreach (var row in rows)
        {
            json.WriteStartObject();
            for (var c = 0; c < names.Length; c++)
            {
                json.WritePropertyName(names[c]);
                switch (table.Columns[c])
                {
                    case IntegerColumn<TRow> integer when integer.Get(row) is { } number:
                        json.WriteNumberValue(number);
                        break;
                    case BooleanColumn<TRow> boolean when boolean.Get(row) is { } flag:
                        json.WriteBooleanValue(flag);
                        break;
                    case DecimalColumn<TRow> amount when amount.Get(row) is { } value:
                        json.WriteNumberValue(value);
                        break;
                    case var column when column.Format(row) is { } text:
                        json.WriteStringValue(text);
                        break;
                    default:
                        json.WriteNullValue();
                        break;
                }
            }

            json.WriteEndObject();
            json.Flush();
            output.WriteByte((byte)'\n');
            json.Reset();
            count++;
        }

        return count;
    }
}
