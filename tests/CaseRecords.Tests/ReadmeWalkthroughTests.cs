using System.Text;
using System.Text.RegularExpressions;
using CaseRecords.Cli;

namespace CaseRecords.Tests;

/// <summary>
/// The README's "Write your own case" walk-through, run through the command line alone: the commands, texts, claims
/// and output it shows are read from the README itself, so the two cannot drift apart.
/// </summary>
public sealed partial class ReadmeWalkthroughTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("caserecords-walkthrough-");

    public void Dispose() => folder.Delete(recursive: true);

    [GeneratedRegex("```(?<lang>[a-z]+)\\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex("`(?<name>[\\w.-]+\\.txt)`,\\s*$")]
    private static partial Regex TextName();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|(?<bare>\\S+)")]
    private static partial Regex Token();

    /// <summary>The section, with '\n' line ends whatever the checkout did.</summary>
    private static string Section()
    {
        var readme = File.ReadAllText(Path.Combine(TestData.SeedsFolder, "..", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("## Write your own case\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "README.md has no \"Write your own case\" section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return readme[start..end];
    }

    private static (int Code, string Out, string Err) Run(IEnumerable<string> args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run([.. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_walkthrough_authors_a_case_from_two_texts_through_the_command_line_alone()
    {
        var section = Section();
        var blocks = Block().Matches(section).ToList();

        // The texts: each ```text block right after "`name.txt`," is saved under that name.
        var texts = blocks.Where(b => b.Groups["lang"].Value == "text")
            .Select(b => (Name: TextName().Match(section[..b.Index].TrimEnd('\n').Split('\n')[^1]), Body: b.Groups["body"].Value))
            .Where(t => t.Name.Success)
            .ToDictionary(t => t.Name.Groups["name"].Value, t => t.Body);
        texts.Keys.ShouldBe(["herald.txt", "minutes.txt"], ignoreOrder: true);
        foreach (var (name, body) in texts)
        {
            File.WriteAllText(Path.Combine(folder.FullName, name), body, new UTF8Encoding(false));
        }

        // The commands, in order; paths are relative to the folder the reader works in (here, the temporary one).
        var commands = blocks.Where(b => b.Groups["lang"].Value == "sh")
            .SelectMany(b => b.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => Token().Matches(line).Select(t => t.Groups["quoted"].Success ? t.Groups["quoted"].Value : t.Groups["bare"].Value).ToList())
            .ToList();
        commands.Select(c => string.Join(' ', c.Take(2))).ShouldBe(["caserecords init", "caserecords add-source", "caserecords add-source", "caserecords validate"]);
        string Resolve(string token) => token == "my-case" || texts.ContainsKey(token) ? Path.Combine(folder.FullName, token) : token;

        var claims = blocks.Single(b => b.Groups["lang"].Value == "json").Groups["body"].Value;
        var shownOutput = blocks.Where(b => b.Groups["lang"].Value == "text").Select(b => b.Groups["body"].Value).Single(b => b.StartsWith("Added source", StringComparison.Ordinal));
        var record = Path.Combine(folder.FullName, "my-case", "case.json");
        foreach (var command in commands)
        {
            if (command[1] == "validate")
            {
                // "Then write what the sources say into case.json, after its "sources" list."
                var json = File.ReadAllText(record).TrimEnd();
                json.ShouldEndWith("]\n}");
                File.WriteAllText(record, json[..^1].TrimEnd() + ",\n" + claims.TrimEnd() + "\n}\n");
            }

            var (code, output, error) = Run(command.Skip(1).Select(Resolve));
            code.ShouldBe(CliApp.Clean, $"{string.Join(' ', command)}\n{output}{error}");
            switch (command[1])
            {
                case "add-source" when command.Contains("riverside-herald"):
                    // The output the README shows, but for the folder it ran in.
                    output.ShouldBe(shownOutput.Replace("my-case/case.json", Path.Join(Resolve("my-case"), "case.json"), StringComparison.Ordinal)
                        .Replace("copied from herald.txt", $"copied from {Resolve("herald.txt")}", StringComparison.Ordinal));
                    break;
                case "validate":
                    output.ShouldContain("0 error(s), 0 warning(s)");
                    output.ShouldNotContain(": warning CR");
                    break;
            }
        }
    }
}
