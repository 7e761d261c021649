namespace CaseRecords.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing to fix.</summary>
    Information = 0,

    /// <summary>Probably wrong; check it.</summary>
    Warning = 1,

    /// <summary>Wrong; the record cannot be trusted until it is fixed.</summary>
    Error = 2,
}
