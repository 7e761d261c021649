namespace CaseRecords.Diagnostics;

/// <summary>
/// One rule of the loader or validator: its stable code, default severity, title and how to fix what it reports.
/// Codes are never reused or renamed.
/// </summary>
/// <param name="Code">The stable code, for example "CR1001".</param>
/// <param name="DefaultSeverity">The severity its diagnostics have.</param>
/// <param name="Title">What the rule checks, in a few words.</param>
/// <param name="Help">How to fix what it reports.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity DefaultSeverity, string Title, string Help);
