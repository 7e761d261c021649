using CaseRecords.Diagnostics;

namespace CaseRecords.Serialization;

/// <summary>Fills in line and column for diagnostics that know only their JSON Pointer.</summary>
internal static class Positions
{
    /// <summary>
    /// Locates each pending diagnostic's pointer in <paramref name="json"/> (or its nearest existing ancestor)
    /// and adds the diagnostic, with line and column, to <paramref name="output"/>.
    /// </summary>
    public static void Resolve(IReadOnlyList<PendingDiagnostic> pending, ReadOnlyMemory<byte> json, int maxDepth, List<Diagnostic> output)
    {
        // Offsets first, lines after: sorted by offset, lines are counted in one pass over the file (no line map).
        var placed = new List<(long Offset, PendingDiagnostic Problem)>(pending.Count);
        var rest = new List<PendingDiagnostic>();

        // Findings inside an entity whose start is known: read only that entity, once for all its findings (grouped by
        // sorting on the entity's start; the order of findings within an entity is kept). The pointers inside entities
        // repeat from entity to entity ("/names/0"): one string of each.
        var inEntities = new List<(long Start, int Order, string Relative)>(pending.Count);
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < pending.Count; i++)
        {
            var problem = pending[i];
            if (problem.EntityStart < 0 || problem.EntityStart >= json.Length)
            {
                rest.Add(problem);
                continue;
            }

            var span = problem.Pointer.AsSpan(problem.EntityPointerLength);
            if (!lookup.TryGetValue(span, out var relative))
            {
                lookup.Add(span);
                lookup.TryGetValue(span, out relative);
            }

            inEntities.Add((problem.EntityStart, i, relative!));
        }

        inEntities.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        var buffers = new JsonLocator.Buffers();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var first = 0; first < inEntities.Count;)
        {
            var start = inEntities[first].Start;
            var end = first;
            wanted.Clear();
            for (; end < inEntities.Count && inEntities[end].Start == start; end++)
            {
                AddWithAncestors(wanted, inEntities[end].Relative, parents);
            }

            var offsets = JsonLocator.Find(json.Span[(int)start..], wanted, maxDepth, firstValueOnly: true, buffers);
            for (var k = first; k < end; k++)
            {
                placed.Add((start + Nearest(offsets, inEntities[k].Relative), pending[inEntities[k].Order]));
            }

            first = end;
        }

        if (rest.Count > 0)
        {
            wanted.Clear();
            foreach (var problem in rest)
            {
                AddWithAncestors(wanted, problem.Pointer, parents);
            }

            var offsets = JsonLocator.Find(json.Span, wanted, maxDepth);
            foreach (var problem in rest)
            {
                placed.Add((Nearest(offsets, problem.Pointer), problem));
            }
        }

        placed.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var cursor = new LineCursor(json.Span);
        foreach (var (offset, problem) in placed)
        {
            var (line, column) = cursor.Locate(offset);
            output.Add(problem.Create(line, column));
        }
    }

    private static void AddWithAncestors(HashSet<string> wanted, string pointer, Dictionary<string, string>? parents = null)
    {
        for (; wanted.Add(pointer) && pointer.Length > 0; pointer = Parent(pointer, parents))
        {
        }
    }

    /// <summary>The parent pointer, remembered in <paramref name="parents"/> when given (the same few pointers recur in every entity).</summary>
    private static string Parent(string pointer, Dictionary<string, string>? parents)
    {
        if (parents is null)
        {
            return Parent(pointer);
        }

        if (!parents.TryGetValue(pointer, out var parent))
        {
            parents[pointer] = parent = Parent(pointer);
        }

        return parent;
    }

    /// <summary>The offset of the pointer, or of its nearest ancestor that exists.</summary>
    private static long Nearest(Dictionary<string, long> offsets, string pointer)
    {
        long offset;
        while (!offsets.TryGetValue(pointer, out offset) && pointer.Length > 0)
        {
            pointer = Parent(pointer);
        }

        return offset;
    }

    public static string Parent(string pointer)
    {
        var cut = pointer.LastIndexOf('/');
        return cut <= 0 ? string.Empty : pointer[..cut];
    }
}

/// <summary>A finding whose position in its file is not yet known: the parts of a diagnostic (no object until it is placed).</summary>
/// <param name="Descriptor">The rule.</param>
/// <param name="Message">The message.</param>
/// <param name="File">The record file.</param>
/// <param name="EntityId">The id of the source or entity the finding is in.</param>
/// <param name="Pointer">The JSON Pointer of the finding.</param>
/// <param name="EntityStart">Where the source or entity the finding is in starts in the file; -1 when unknown.</param>
/// <param name="EntityPointerLength">How much of <paramref name="Pointer"/> points at that source or entity.</param>
internal readonly record struct PendingDiagnostic(DiagnosticDescriptor Descriptor, string Message, string File, string? EntityId, string Pointer, int EntityStart = -1, int EntityPointerLength = 0)
{
    /// <summary>The diagnostic at its pointer, with line and column when they are known.</summary>
    public Diagnostic Create(int? line = null, int? column = null) =>
        new(Descriptor, Message) { File = File, EntityId = EntityId, JsonPointer = Pointer, Line = line, Column = column };
}
