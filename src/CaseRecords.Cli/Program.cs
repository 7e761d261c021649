namespace CaseRecords.Cli;

/// <summary>The entry point of the <c>caserecords</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        BatchMemory.Enabled = true;
        if (!Console.IsOutputRedirected)
        {
            return CliApp.Run(args, Console.Out, Console.Error, colour: Terminal.SupportsColour());
        }

        // Redirected to a file or a pipe: written in blocks (Console.Out makes a system call per write, and a report of
        // 1M claims is hundreds of thousands of lines). Flushed when the command ends, and by --watch after each run.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        return CliApp.Run(args, stdout, Console.Error, colour: Terminal.SupportsColour());
    }
}
