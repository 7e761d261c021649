using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CaseRecords.Serialization;

/// <summary>The reading and writing configurations of the generated context.</summary>
internal sealed partial class CaseRecordsJsonContext
{
    private static readonly ConcurrentDictionary<int, CaseRecordsJsonContext> ReadingContexts = new();

    /// <summary>
    /// The context for writing: non-ASCII text is written as is (quotes stay readable), only what JSON requires
    /// is escaped.
    /// </summary>
    public static CaseRecordsJsonContext Writing { get; } = new(new JsonSerializerOptions(Default!.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The context for reading with a nesting limit.</summary>
    public static CaseRecordsJsonContext Reading(int maxDepth) =>
        ReadingContexts.GetOrAdd(maxDepth, depth => new CaseRecordsJsonContext(new JsonSerializerOptions(Default!.Options) { MaxDepth = depth }));
}
