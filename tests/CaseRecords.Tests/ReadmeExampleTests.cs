using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace CaseRecords.Tests;

/// <summary>Compiles and runs every C# example of the README's "Reading a case" section.</summary>
public partial class ReadmeExampleTests
{
    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    public static TheoryData<int> Examples() => [.. Enumerable.Range(0, ReadingExamples().Count)];

    private static List<string> ReadingExamples()
    {
        var readme = File.ReadAllText(Path.Combine(TestData.SeedsFolder, "..", "README.md"));
        var start = readme.IndexOf("## Reading a case", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return [.. CodeBlock().Matches(readme[start..end]).Select(m => m.Groups[1].Value)];
    }

    [Fact]
    public void The_section_has_an_example_for_each_question()
    {
        var code = string.Join("\n", ReadingExamples());
        foreach (var api in new[] { "Timeline()", "RecordOf(", "ChainOf(", "Conflicts()", "ClaimsSupportedBy(", "ClaimsRelayedFrom(", "SingleSourceClaims()", "EvidenceFor(" })
        {
            code.ShouldContain(api);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_example_compiles_and_runs(int index)
    {
        var options = ScriptOptions.Default
            .AddReferences(typeof(CaseDataset).Assembly, typeof(NodaTime.LocalDate).Assembly)
            .AddImports("System", "System.Linq");
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            await CSharpScript.RunAsync(ReadingExamples()[index], options, cancellationToken: TestContext.Current.CancellationToken);
        }
        finally
        {
            Console.SetOut(original);
        }

        output.ToString().ShouldNotBeNullOrWhiteSpace();
    }
}
