using System.Globalization;
using System.Text;

namespace CaseRecords.Diagnostics;

/// <summary>
/// One problem found in a dataset, with where it is: the file, the 1-based line and column, and the
/// JSON Pointer (RFC 6901) of the value inside the file.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic for <paramref name="descriptor"/> with its default severity.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Diagnostic(DiagnosticDescriptor descriptor, string message)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        Code = descriptor.Code;
        Severity = descriptor.DefaultSeverity;
        Message = Guard.NotBlank(message, nameof(message));
    }

    /// <summary>The rule's stable code, for example "CR1003".</summary>
    public string Code { get; init; }

    /// <summary>How serious the problem is.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; init; }

    /// <summary>The file's path relative to the dataset folder, if the problem is in a file.</summary>
    public string? File { get; init; }

    /// <summary>The JSON Pointer of the offending value in <see cref="File"/> ("" is the whole document).</summary>
    public string? JsonPointer { get; init; }

    /// <summary>The 1-based line in <see cref="File"/>.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column in <see cref="File"/>, counted in UTF-16 code units.</summary>
    public int? Column { get; init; }

    /// <summary>The id of the source or entity the problem belongs to, if known.</summary>
    public string? EntityId { get; init; }

    /// <summary>Formats the diagnostic as <c>file(line,column): error CR1003: message [/json/pointer]</c>, the form compilers use.</summary>
    /// <returns>One line of text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (File is not null)
        {
            text.Append(File);
            if (Line is { } line)
            {
                text.Append(CultureInfo.InvariantCulture, $"({line},{Column ?? 1})");
            }

            text.Append(": ");
        }

        text.Append(Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        });
        text.Append(' ').Append(Code).Append(": ").Append(Message);
        if (JsonPointer is not null)
        {
            text.Append(" [").Append(JsonPointer.Length == 0 ? "/" : JsonPointer).Append(']');
        }

        return text.ToString();
    }
}
