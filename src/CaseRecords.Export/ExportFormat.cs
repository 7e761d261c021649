namespace CaseRecords.Export;

/// <summary>The file format of the tables <see cref="CaseExport.Write"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>Apache Parquet, one <c>.parquet</c> file a table: typed columns, compressed (Snappy), written in row groups.</summary>
    Parquet = 0,

    /// <summary>CSV (RFC 4180), one <c>.csv</c> file a table: a header row, UTF-8, CRLF line ends; an empty field is a missing value.</summary>
    Csv = 1,

    /// <summary>Newline-delimited JSON, one <c>.ndjson</c> file a table: one object per row and line, every column a property.</summary>
    Ndjson = 2,
}
