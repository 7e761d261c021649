using CaseRecords.Diagnostics;

namespace CaseRecords.Serialization;

/// <summary>Fills in line and column for diagnostics that know only their JSON Pointer.</summary>
internal static class Positions
{
    /// <summary>
    /// Locates each pending diagnostic's pointer in <paramref name="json"/> (or its nearest existing ancestor)
    /// and adds the diagnostic, with line and column, to <paramref name="output"/>.
    /// </summary>
    public static void Resolve(IReadOnlyList<PendingDiagnostic> pending, ReadOnlyMemory<byte> json, int maxDepth, List<Diagnostic> output, FileLayout? entities = null)
    {
        if (pending.Count == 0)
        {
            return;
        }

        // Offsets first, lines after: sorted by offset, lines are counted in one pass over the file (no line map).
        var placed = new List<(long Offset, PendingDiagnostic Problem)>(pending.Count);
        var rest = new List<PendingDiagnostic>();
        if (entities is not null)
        {
            // Findings inside an entity whose start is known: read only that entity, once for all its findings.
            var byEntity = new Dictionary<int, List<(PendingDiagnostic Problem, string Relative)>>();
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var problem in pending)
            {
                if (entities.TryLocate(problem.Pointer, out var start, out var relative, strings))
                {
                    if (!byEntity.TryGetValue(start, out var list))
                    {
                        byEntity[start] = list = [];
                    }

                    list.Add((problem, relative));
                }
                else
                {
                    rest.Add(problem);
                }
            }

            var buffers = new JsonLocator.Buffers();
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            var parents = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (start, problems) in byEntity)
            {
                wanted.Clear();
                foreach (var (_, relative) in problems)
                {
                    AddWithAncestors(wanted, relative, parents);
                }

                var offsets = JsonLocator.Find(json.Span[start..], wanted, maxDepth, firstValueOnly: true, buffers);
                foreach (var (problem, relative) in problems)
                {
                    placed.Add((start + Nearest(offsets, relative), problem));
                }
            }
        }
        else
        {
            rest.AddRange(pending);
        }

        if (rest.Count > 0)
        {
            var offsets = JsonLocator.Find(json.Span, WithAncestors(rest.Select(p => p.Pointer)), maxDepth);
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

    /// <summary>The pointers and every ancestor of each (JsonLocator skips what is not sought).</summary>
    private static HashSet<string> WithAncestors(IEnumerable<string> pointers)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pointer in pointers)
        {
            AddWithAncestors(wanted, pointer);
        }

        return wanted;
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

/// <summary>A diagnostic whose position in the file is not yet known: a template, or the parts of one (no object until it is placed).</summary>
internal readonly record struct PendingDiagnostic
{
    private readonly Diagnostic? template;
    private readonly DiagnosticDescriptor? descriptor;
    private readonly string? message;
    private readonly string? file;
    private readonly string? entityId;

    public PendingDiagnostic(Diagnostic template, string pointer)
    {
        this.template = template;
        Pointer = pointer;
    }

    public PendingDiagnostic(DiagnosticDescriptor descriptor, string message, string file, string? entityId, string pointer)
    {
        this.descriptor = descriptor;
        this.message = message;
        this.file = file;
        this.entityId = entityId;
        Pointer = pointer;
    }

    public string Pointer { get; }

    /// <summary>The diagnostic at its pointer, with line and column when they are known.</summary>
    public Diagnostic Create(int? line = null, int? column = null) => template is { } t
        ? t with { JsonPointer = Pointer, Line = line, Column = column }
        : new Diagnostic(descriptor!, message!) { File = file, EntityId = entityId, JsonPointer = Pointer, Line = line, Column = column };
}
