namespace CaseRecords.Cli;

/// <summary>What the terminal supports.</summary>
internal static class Terminal
{
    /// <summary>Colour only when standard output is a terminal and NO_COLOR is not set (https://no-color.org).</summary>
    public static bool SupportsColour() =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
}
