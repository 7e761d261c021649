using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;
using CaseRecords.Diagnostics;
using CaseRecords.Loading;
using CaseRecords.Reading;
using CaseRecords.Serialization;
using CaseRecords.Validation;

namespace CaseRecords.Cli;

/// <summary>
/// The <c>caserecords</c> commands. Results go to standard output, messages and progress to standard error.
/// Exit codes: 0 clean, 1 validation errors, 2 usage or input/output errors.
/// </summary>
internal static partial class CliApp
{
    public const int Clean = 0;
    public const int ValidationErrors = 1;
    public const int UsageOrIoError = 2;

    private const string ExitCodes = "Exit codes: 0 = clean, 1 = validation errors, 2 = usage or input/output errors.";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool colour = false) =>
        RunWithCancellation(args, stdout, stderr, colour, CancellationToken.None);

    /// <summary>As <see cref="Run"/>; <paramref name="cancel"/> stops a long-running command (<c>validate --watch</c>) as Ctrl+C does.</summary>
    public static int RunWithCancellation(string[] args, TextWriter stdout, TextWriter stderr, bool colour, CancellationToken cancel)
    {
        var root = Build(stdout, stderr, colour);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"caserecords: {error.Message}");
            }

            stderr.WriteLine("Run 'caserecords --help' for usage.");
            return UsageOrIoError;
        }

        try
        {
            return parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancel).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            stderr.WriteLine($"caserecords: {e.Message}");
            return UsageOrIoError;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"caserecords: {e.Message}");
            return UsageOrIoError;
        }
    }

    /// <summary>
    /// The command tree. The root is a plain command named "caserecords", not a <see cref="RootCommand"/>, whose name
    /// is the executable's ("CaseRecords.Cli", or "dotnet" under a tool shim): usage lines must name the command the
    /// user types. The exit codes are stated once, in the root's description.
    /// </summary>
    private static Command Build(TextWriter stdout, TextWriter stderr, bool colour)
    {
        var path = PathArgument();
        return new Command("caserecords", "caserecords: citation-first case records. Write them, validate them, read them, export them, make a page of them. " + ExitCodes)
        {
            new HelpOption(),
            new VersionOption(),
            InitCommand(stdout, stderr),
            AddSourceCommand(stdout, stderr),
            ValidateCommand(path, stdout, stderr, colour),
            StatsCommand(path, stdout, stderr),
            ShowCommand(path, stdout, stderr),
            TimelineCommand(path, stdout, stderr),
            ExportCommand(path, stdout, stderr),
            LocateCommand(path, stdout, stderr),
            RehashCommand(stdout, stderr),
            ReportCommand(path, stdout, stderr),
        };
    }

    /// <summary>The PATH argument most commands take.</summary>
    private static Argument<string?> PathArgument() => new("PATH")
    {
        Description = "A records folder (every *.json in it is a record file) or one record file. Without it, the bundled dataset.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Loads PATH (or the bundled dataset), printing progress to standard error if it takes more than a moment.</summary>
    private static LoadResult? Load(string? path, TextWriter stderr, IReadOnlyList<string>? include = null, bool oneShot = true)
    {
        if (oneShot)
        {
            BatchMemory.Reserve(path);
        }

        if (path is null)
        {
            return CaseDatasetLoader.Load(DatasetFiles.Bundled);
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            stderr.WriteLine($"caserecords: \"{path}\" is neither a folder nor a file.");
            return null;
        }

        using var progress = new Timer(_ => stderr.WriteLine($"Loading {path}…"), null, dueTime: 700, period: Timeout.Infinite);
        return File.Exists(path) ? CaseDatasetLoader.LoadFile(path)
            : include is { Count: > 0 } ? CaseDatasetLoader.Load(DatasetFiles.FromFolder(path, include))
            : CaseDatasetLoader.LoadFolder(path);
    }

    /// <summary>Runs a reading command: load errors are printed to standard error and make the exit code 1.</summary>
    private static int WithDataset(string? path, TextWriter stderr, Func<LoadResult, int> action)
    {
        if (Load(path, stderr) is not { } load)
        {
            return UsageOrIoError;
        }

        foreach (var diagnostic in load.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        if (!load.LeftOut.IsEmpty)
        {
            stderr.WriteLine(LeftOutRecord.Summarize(load.LeftOut) + ".");
        }

        var code = action(load);
        return code == Clean && !load.Succeeded ? ValidationErrors : code;
    }

    private static void Emit(string text, string? outputPath, TextWriter stdout)
    {
        if (outputPath is null)
        {
            stdout.Write(text);
            return;
        }

        AtomicFile.Write(outputPath, stream => stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text)));
    }

    private static string Colourise(string text)
    {
        const string Red = "\u001b[31m", Yellow = "\u001b[33m", Cyan = "\u001b[36m", Reset = "\u001b[0m";
        return text
            .Replace(": error CR", $": {Red}error{Reset} CR", StringComparison.Ordinal)
            .Replace(": warning CR", $": {Yellow}warning{Reset} CR", StringComparison.Ordinal)
            .Replace(": info CR", $": {Cyan}info{Reset} CR", StringComparison.Ordinal);
    }
}
