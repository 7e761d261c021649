using CaseRecords.Diagnostics;

namespace CaseRecords.Serialization;

/// <summary>Fills in line and column for diagnostics that know only their JSON Pointer.</summary>
internal static class Positions
{
    /// <summary>
    /// Locates each pending diagnostic's pointer in <paramref name="json"/> (or its nearest existing ancestor)
    /// and adds the diagnostic, with line and column, to <paramref name="output"/>.
    /// </summary>
    public static void Resolve(IReadOnlyList<PendingDiagnostic> pending, ReadOnlyMemory<byte> json, int maxDepth, List<Diagnostic> output, EntityOffsets? entities = null)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var lines = new LineMap(json);
        var rest = new List<PendingDiagnostic>();
        if (entities is not null)
        {
            // Findings inside an entity whose start is known: read only that entity, once for all its findings.
            var byEntity = new Dictionary<int, List<(PendingDiagnostic Problem, string Relative)>>();
            foreach (var problem in pending)
            {
                if (entities.TryLocate(problem.Pointer, out var start, out var relative))
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
            foreach (var (start, problems) in byEntity)
            {
                wanted.Clear();
                foreach (var (_, relative) in problems)
                {
                    AddWithAncestors(wanted, relative);
                }

                var offsets = JsonLocator.Find(json.Span[start..], wanted, maxDepth, firstValueOnly: true, buffers);
                foreach (var (problem, relative) in problems)
                {
                    output.Add(Place(problem, start + Nearest(offsets, relative), lines));
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
                output.Add(Place(problem, Nearest(offsets, problem.Pointer), lines));
            }
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

    private static void AddWithAncestors(HashSet<string> wanted, string pointer)
    {
        for (; wanted.Add(pointer) && pointer.Length > 0; pointer = Parent(pointer))
        {
        }
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

    private static Diagnostic Place(PendingDiagnostic problem, long offset, LineMap lines)
    {
        var (line, column) = lines.Locate(offset);
        return problem.Create(line, column);
    }

    public static string Parent(string pointer)
    {
        var cut = pointer.LastIndexOf('/');
        return cut <= 0 ? string.Empty : pointer[..cut];
    }
}
