namespace CaseRecords.Export;

/// <summary>One table file an export wrote.</summary>
/// <param name="Name">The table's name ("claims"); docs/export.md describes each table and its columns.</param>
/// <param name="Path">The file's full path.</param>
/// <param name="Rows">How many rows it holds.</param>
public sealed record ExportedTable(string Name, string Path, long Rows);
