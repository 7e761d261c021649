using System.Globalization;

namespace CaseRecords.Export.Tables;

/// <summary>The types a column of an exported table can have; each writer maps them to its own (docs/export.md lists them).</summary>
internal enum ColumnType
{
    /// <summary>UTF-8 text: Parquet STRING, CSV as written, JSON string.</summary>
    Text,

    /// <summary>A 32-bit integer: Parquet INT32, CSV digits, JSON number.</summary>
    Integer,

    /// <summary>true or false: Parquet BOOLEAN, CSV <c>true</c>/<c>false</c>, JSON boolean.</summary>
    Boolean,

    /// <summary>A calendar day: Parquet DATE, CSV and JSON <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An exact decimal with 9 decimal places at most: Parquet DECIMAL(38,9), CSV digits, JSON number.</summary>
    Decimal,
}

/// <summary>One column of a table: its name, type and whether it may be empty.</summary>
internal abstract class Column
{
    private protected Column(string name, ColumnType type, bool nullable)
    {
        Name = name;
        Type = type;
        Nullable = nullable;
    }

    /// <summary>The column's name: lower case, words joined by '_' (stable: tools and queries name it).</summary>
    public string Name { get; }

    /// <summary>The column's type.</summary>
    public ColumnType Type { get; }

    /// <summary>Whether a row may have no value in it (SQL NULL, an empty CSV field, JSON null).</summary>
    public bool Nullable { get; }

    /// <summary>What is thrown when a row has no value in a column that may not be empty: a table never hides a broken row.</summary>
    private protected InvalidOperationException Missing() => new($"The column \"{Name}\" has no value in a row, but it is never empty.");
}

/// <summary>A column of a table whose rows are <typeparamref name="TRow"/>: how a row gives its value.</summary>
/// <typeparam name="TRow">The table's row type.</typeparam>
internal abstract class Column<TRow>(string name, ColumnType type, bool nullable) : Column(name, type, nullable)
{
    /// <summary>The value of <paramref name="row"/> as invariant text (CSV), or null.</summary>
    public abstract string? Format(TRow row);
}

/// <summary>A text column.</summary>
internal sealed class TextColumn<TRow>(string name, bool nullable, Func<TRow, string?> get) : Column<TRow>(name, ColumnType.Text, nullable)
{
    public string? Get(TRow row) => get(row) ?? (Nullable ? null : throw Missing());

    public override string? Format(TRow row) => Get(row);
}

/// <summary>An integer column.</summary>
internal sealed class IntegerColumn<TRow>(string name, bool nullable, Func<TRow, int?> get) : Column<TRow>(name, ColumnType.Integer, nullable)
{
    public int? Get(TRow row) => get(row) ?? (Nullable ? null : throw Missing());

    public override string? Format(TRow row) => Get(row)?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A boolean column.</summary>
internal sealed class BooleanColumn<TRow>(string name, bool nullable, Func<TRow, bool?> get) : Column<TRow>(name, ColumnType.Boolean, nullable)
{
    public bool? Get(TRow row) => get(row) ?? (Nullable ? null : throw Missing());

    public override string? Format(TRow row) => Get(row) switch
    {
        true => "true",
        false => "false",
        null => null,
    };
}

/// <summary>A date column (always nullable: a date before year 1 has no value here).</summary>
internal sealed class DateColumn<TRow>(string name, Func<TRow, DateOnly?> get) : Column<TRow>(name, ColumnType.Date, nullable: true)
{
    public DateOnly? Get(TRow row) => get(row);

    public override string? Format(TRow row) => Get(row)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A decimal column (always nullable), rounded to <see cref="Scale"/> decimal places in every format.</summary>
internal sealed class DecimalColumn<TRow>(string name, Func<TRow, decimal?> get) : Column<TRow>(name, ColumnType.Decimal, nullable: true)
{
    /// <summary>Decimal places kept: 9, so that the 29 integer digits of any .NET decimal fit DECIMAL(38,9).</summary>
    public const int Scale = 9;

    /// <summary>Digits in all.</summary>
    public const int Precision = 38;

    public decimal? Get(TRow row) => get(row) is { } value ? Math.Round(value, Scale, MidpointRounding.ToEven) : null;

    public override string? Format(TRow row) => Get(row)?.ToString(CultureInfo.InvariantCulture);
}
