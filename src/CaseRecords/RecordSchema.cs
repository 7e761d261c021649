namespace CaseRecords;

/// <summary>
/// The JSON Schema of the record format, as embedded in the package (the same bytes as
/// schema/caserecords.schema.json). <c>caserecords init</c> writes a copy next to a new record file, whose
/// <c>"$schema"</c> names it, so that editors give completion and inline errors.
/// </summary>
internal static class RecordSchema
{
    /// <summary>The schema's file name, and the <c>"$schema"</c> value of a record file beside a copy of it.</summary>
    public const string FileName = "caserecords.schema.json";

    /// <summary>The embedded resource's logical name (documented in docs/format.md).</summary>
    public const string ResourceName = "CaseRecords.Schema/" + FileName;

    /// <summary>Opens the embedded schema's bytes.</summary>
    public static Stream Open() =>
        typeof(RecordSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The package holds no embedded resource \"{ResourceName}\".");
}
