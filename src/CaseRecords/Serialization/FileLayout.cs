namespace CaseRecords.Serialization;

/// <summary>
/// What the reader recorded about a record file's layout: where each source and entity starts (the byte offset
/// of its '{', by JSON index), and the JSON index of every source, entity, claim and citation whose index in the
/// model differs from its index in the file (because an element before it was left out). The validator uses it
/// to give its findings the file's JSON Pointers, and to place them by reading only the entity they are in.
/// </summary>
internal sealed class FileLayout
{
    /// <summary>The layout of a dataset built in code: model indices are JSON indices, and nothing was read.</summary>
    public static readonly FileLayout None = new([[], [], [], [], []], null);

    /// <summary>The record file's top-level lists, in canonical order.</summary>
    public static readonly string[] Lists = [.. RecordFormat.Lists.Select(l => RecordFormat.File[l])];

    private readonly int[][] offsets;
    private readonly Dictionary<object, int>? jsonIndex;

    public FileLayout(int[][] offsets, Dictionary<object, int>? jsonIndex)
    {
        this.offsets = offsets;
        this.jsonIndex = jsonIndex;
    }

    /// <summary>The index <paramref name="unit"/> has in its list in the file, given its index in the model.</summary>
    public int IndexOf(object unit, int modelIndex) =>
        jsonIndex is not null && jsonIndex.TryGetValue(unit, out var index) ? index : modelIndex;

    /// <summary>
    /// Splits a pointer such as <c>/persons/12/names/0</c> into its entity's offset and the rest (<c>/names/0</c>);
    /// false when the pointer is not inside a recorded entity.
    /// </summary>
    /// <param name="pointer">The pointer.</param>
    /// <param name="offset">Where the entity starts.</param>
    /// <param name="rest">The pointer inside the entity, one string per distinct value (from <paramref name="strings"/>).</param>
    /// <param name="strings">Shares the rests: they repeat from entity to entity ("/names/0").</param>
    public bool TryLocate(string pointer, out int offset, out string rest, Dictionary<string, string>? strings = null)
    {
        offset = 0;
        rest = string.Empty;
        var span = pointer.AsSpan();
        if (span.Length < 2 || span[0] != '/')
        {
            return false;
        }

        var listEnd = span[1..].IndexOf('/') + 1;
        if (listEnd <= 0)
        {
            return false;
        }

        var name = span[1..listEnd];
        var list = 0;
        while (list < Lists.Length && !name.SequenceEqual(Lists[list]))
        {
            list++;
        }

        if (list == Lists.Length)
        {
            return false;
        }

        var indexPart = span[(listEnd + 1)..];
        var indexEnd = indexPart.IndexOf('/');
        var digits = indexEnd < 0 ? indexPart : indexPart[..indexEnd];
        if (digits.IsEmpty || digits.Length > 9 || (digits.Length > 1 && digits[0] == '0') || !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            || index >= offsets[list].Length)
        {
            return false;
        }

        offset = offsets[list][index];
        if (indexEnd < 0)
        {
            rest = string.Empty;
        }
        else if (strings is not null)
        {
            var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(indexPart[indexEnd..], out rest!))
            {
                rest = indexPart[indexEnd..].ToString();
                strings[rest] = rest;
            }
        }
        else
        {
            rest = indexPart[indexEnd..].ToString();
        }

        return true;
    }
}
