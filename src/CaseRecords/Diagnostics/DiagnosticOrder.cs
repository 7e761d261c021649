namespace CaseRecords.Diagnostics;

/// <summary>The report order: file, line, column, code, JSON Pointer, message.</summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = string.CompareOrdinal(x.File, y.File);
        if (c == 0) c = Nullable.Compare(x.Line, y.Line);
        if (c == 0) c = Nullable.Compare(x.Column, y.Column);
        if (c == 0) c = string.CompareOrdinal(x.Code, y.Code);
        if (c == 0) c = string.CompareOrdinal(x.JsonPointer, y.JsonPointer);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        return c;
    }
}
