namespace CaseRecords.Serialization;

/// <summary>Turns byte offsets in a UTF-8 file into 1-based lines and columns (columns in UTF-16 code units).</summary>
internal sealed class LineMap
{
    private readonly ReadOnlyMemory<byte> bytes;
    private readonly List<int> lineStarts = [0];

    public LineMap(ReadOnlyMemory<byte> bytes)
    {
        this.bytes = bytes;
        var span = bytes.Span;
        for (var i = span.IndexOf((byte)'\n'); i >= 0;)
        {
            lineStarts.Add(i + 1);
            var next = span[(i + 1)..].IndexOf((byte)'\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, bytes.Length);
        var line = lineStarts.BinarySearch(clamped);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var start = lineStarts[line];
        var column = Column(bytes.Span[start..clamped]) - 1;
        return (line + 1, column + 1);
    }

    /// <summary>The 1-based column (in UTF-16 code units) of the byte just after <paramref name="lineUpToOffset"/>, which runs from the line's start.</summary>
    public static int Column(ReadOnlySpan<byte> lineUpToOffset)
    {
        var column = 0;
        for (var i = 0; i < lineUpToOffset.Length; i++)
        {
            var b = lineUpToOffset[i];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte: one UTF-16 unit, two for a 4-byte sequence (a surrogate pair). Continuation bytes add nothing.
                column += b >= 0xF0 ? 2 : 1;
            }
        }

        return column + 1;
    }

    /// <summary>The byte offset of a 0-based line and byte position, as <see cref="System.Text.Json.JsonException"/> gives them.</summary>
    public long OffsetOf(long zeroBasedLine, long bytePositionInLine) =>
        zeroBasedLine < lineStarts.Count ? lineStarts[(int)zeroBasedLine] + bytePositionInLine : bytes.Length;
}
