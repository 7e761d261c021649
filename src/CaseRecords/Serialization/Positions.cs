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
        if (pending.Count == 0)
        {
            return;
        }

        var lines = new LineMap(json);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var problem in pending)
        {
            for (var pointer = problem.Pointer; ; pointer = Parent(pointer))
            {
                wanted.Add(pointer);
                if (pointer.Length == 0)
                {
                    break;
                }
            }
        }

        var offsets = JsonLocator.Find(json.Span, wanted, maxDepth);
        foreach (var problem in pending)
        {
            var pointer = problem.Pointer;
            long offset;
            while (!offsets.TryGetValue(pointer, out offset) && pointer.Length > 0)
            {
                pointer = Parent(pointer);
            }

            var (line, column) = lines.Locate(offset);
            output.Add(problem.Diagnostic with { JsonPointer = problem.Pointer, Line = line, Column = column });
        }
    }

    public static string Parent(string pointer)
    {
        var cut = pointer.LastIndexOf('/');
        return cut <= 0 ? string.Empty : pointer[..cut];
    }
}
