using System.CommandLine;
using System.Globalization;
using System.Text;
using CaseRecords.Report;
using CaseRecords.Validation;

namespace CaseRecords.Cli;

internal static partial class CliApp
{
    private const string BundledTitle = "The 1991 Milwaukee case of officers John Balcerzak and Joseph Gabrish";

    /// <summary><c>report [PATH] --output FILE</c>: the case as one self-contained web page.</summary>
    private static Command ReportCommand(Argument<string?> path, TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the page to this file (atomically) instead of standard output." };
        var omit = new Option<bool>("--omit-sensitive") { Description = "Leave sensitive records and claims (minors, victims, violence, private life) out of the file entirely, and blank out their names and passages. By default they are in the page but withheld until the reader reveals them." };
        var maxSize = new Option<string?>("--max-size") { Description = "Refuse to write a page larger than this (bytes, or with K or M: \"8M\", the default). A larger dataset is refused with a message; nothing is written." };
        var title = new Option<string?>("--title") { Description = "The page's title. Defaults to the case's name for the bundled dataset, else to the folder's or file's name." };
        var report = new Command("report", "The case as one self-contained web page (HTML, CSS and script inline; no network request): sources, timeline, people, proceedings, conflicts and markings, every claim one click from the passage it quotes. Exit code 1 when the records have validation errors (the page is written and shows them).")
        {
            path, output, omit, maxSize, title,
        };
        report.SetAction(parse =>
        {
            var options = new CaseReportOptions { Sensitive = parse.GetValue(omit) ? SensitiveContent.Omit : SensitiveContent.Redact };
            if (parse.GetValue(maxSize) is { } size)
            {
                if (ParseSize(size) is not { } bytes || bytes < 64 * 1024)
                {
                    stderr.WriteLine($"caserecords: --max-size \"{size}\" is not a size of at least 64K (bytes, or a number with K or M).");
                    return UsageOrIoError;
                }

                options = options with { MaxBytes = bytes };
            }

            var where = parse.GetValue(path);
            var name = parse.GetValue(title) ?? (where is null ? BundledTitle : "Case report: " + Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(Path.GetFullPath(where))));
            if (string.IsNullOrWhiteSpace(name))
            {
                stderr.WriteLine("caserecords: --title must not be empty.");
                return UsageOrIoError;
            }

            if (Load(where, stderr) is not { } load)
            {
                return UsageOrIoError;
            }

            var validation = CaseValidator.Validate(load);
            using var page = new MemoryStream();
            try
            {
                CaseReport.Write(load.Dataset, validation, page, options with { Title = name });
            }
            catch (CaseReportTooLargeException e)
            {
                stderr.WriteLine($"caserecords: {e.Message}");
                return UsageOrIoError;
            }

            if (parse.GetValue(output) is { } file)
            {
                Serialization.AtomicFile.Write(file, stream => stream.Write(page.GetBuffer(), 0, (int)page.Length));
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {file} ({page.Length / 1024.0:0.#} KiB). {ReportWriter.Summary(validation)}"));
            }
            else
            {
                stdout.Write(Encoding.UTF8.GetString(page.GetBuffer(), 0, (int)page.Length));
                stderr.WriteLine(ReportWriter.Summary(validation));
            }

            return validation.HasErrors ? ValidationErrors : Clean;
        });

        return report;
    }

    /// <summary>"8M", "512K", "1048576": a size in bytes (K and M are 1024 and 1024²); null when it is not one.</summary>
    internal static long? ParseSize(string text)
    {
        var trimmed = text.Trim().ToUpperInvariant().Replace("IB", string.Empty, StringComparison.Ordinal).TrimEnd('B');
        var factor = trimmed.EndsWith('K') ? 1024L : trimmed.EndsWith('M') ? 1024L * 1024 : 1;
        var digits = factor == 1 ? trimmed : trimmed[..^1];
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= long.MaxValue / factor ? number * factor : null;
    }
}
