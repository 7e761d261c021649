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

    /// <summary>Where the element <paramref name="index"/> (its JSON index) of the top-level list <paramref name="list"/> starts; -1 when not recorded.</summary>
    public int StartOf(FileField list, int index)
    {
        var starts = offsets[(int)list - (int)FileField.Sources];
        return index < starts.Length ? starts[index] : -1;
    }
}
