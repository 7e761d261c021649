namespace CaseRecords.Cli;

/// <summary>The entry point of the <c>caserecords</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error, colour: Terminal.SupportsColour());
}
