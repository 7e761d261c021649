namespace CaseRecords;

/// <summary>Where a quote was found in a source's stored text.</summary>
/// <param name="Start">The 0-based offset of the first character, in UTF-16 code units.</param>
/// <param name="Length">The length of the matched passage in the original text, in UTF-16 code units.</param>
/// <param name="Line">The 1-based line of the first character.</param>
/// <param name="Column">The 1-based column of the first character, in UTF-16 code units.</param>
/// <remarks>A value (a struct): a report holds one for every quote found.</remarks>
public readonly record struct TextSpan(int Start, int Length, int Line, int Column);
