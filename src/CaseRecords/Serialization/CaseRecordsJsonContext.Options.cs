using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CaseRecords.Serialization;

/// <summary>The reading and writing configurations of the generated context.</summary>
internal sealed partial class CaseRecordsJsonContext
{
    /// <summary>
    /// The context for writing: non-ASCII text is written as is (quotes stay readable), only what JSON requires
    /// is escaped.
    /// </summary>
    public static CaseRecordsJsonContext Writing => Configured.Writing;

    /// <summary>The context for reading with a nesting limit.</summary>
    public static CaseRecordsJsonContext Reading(int maxDepth) =>
        Configured.Reading.GetOrAdd(maxDepth, depth => new CaseRecordsJsonContext(new JsonSerializerOptions(Default.Options) { MaxDepth = depth }));

    // A nested holder, so these are built after the generated Default context (static initializers of the
    // partial class run in an order we do not control).
    private static class Configured
    {
        public static readonly CaseRecordsJsonContext Writing = new(new JsonSerializerOptions(Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

        public static readonly ConcurrentDictionary<int, CaseRecordsJsonContext> Reading = new();
    }
}
