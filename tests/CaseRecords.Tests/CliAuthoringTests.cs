using System.Text;
using System.Threading.Channels;
using CaseRecords.Cli;
using CaseRecords.Loading;
using CaseRecords.Serialization;

namespace CaseRecords.Tests;

/// <summary>The polish of help, stats and show (issue 14).</summary>
public sealed class CliAuthoringTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("caserecords-authoring-");

    public void Dispose() => folder.Delete(recursive: true);

    private string Case => Path.Combine(folder.FullName, "my-case");

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A text file outside the case folder.</summary>
    private string Text(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (int Code, string Out, string Err) AddSource(string file, string id, string kind = "news-article", params string[] more) =>
        Run(["add-source", file, "--records", Case, "--id", id, "--kind", kind, "--title", "A title", .. more]);

    private string Initialized()
    {
        Run("init", Case).Code.ShouldBe(CliApp.Clean);
        return Case;
    }

    // ---- help ------------------------------------------------------------------------------------------------

    [Fact]
    public void Usage_names_the_command_caserecords_and_the_exit_codes_are_stated_once()
    {
        var (code, help, _) = Run("--help");
        code.ShouldBe(CliApp.Clean);
        help.ShouldContain("Usage:\n  caserecords [command] [options]");
        help.ShouldNotContain("CaseRecords.Cli");
        help.Split("Exit codes:").Length.ShouldBe(2, help);
        foreach (var command in new[] { "validate", "stats", "show", "timeline", "export" })
        {
            var (_, commandHelp, _) = Run(command, "--help");
            commandHelp.ShouldContain($"Usage:\n  caserecords {command}");
            commandHelp.ShouldNotContain("Exit codes:");
        }
    }

    // ---- show --------------------------------------------------------------------------------------------------

    [Fact]
    public void Show_by_a_name_shows_the_one_record_it_names()
    {
        var (code, output, error) = Run("show", "Tina Spivey");
        code.ShouldBe(CliApp.Clean);
        output.ShouldStartWith("person tina-spivey: Tina Spivey");
        error.ShouldContain("\"Tina Spivey\" is not an id; showing the person it names, tina-spivey.");

        // Words in any case, with or without accents: the sample's "Maria Velázquez".
        var sample = Path.Combine(TestData.SeedsFolder, "..", "samples", "riverton-traffic-stop");
        Run("show", "velazquez", sample).Out.ShouldStartWith("person maria-velazquez: Maria Velázquez");
        Run("show", "maria-velasquez", sample).Out.ShouldStartWith("person maria-velazquez:");
    }

    [Fact]
    public void Show_by_a_name_that_several_records_have_lists_them()
    {
        var (code, output, error) = Run("show", "milwaukee police");
        output.ShouldBeEmpty();
        code.ShouldBe(CliApp.UsageOrIoError);
        error.ShouldContain("\"milwaukee police\" is not an id; it names 2 records. Show one by its id:\n");
        error.ShouldContain("  organization milwaukee-police-department: ");
        error.ShouldContain("  organization milwaukee-police-association: ");
    }

    [Fact]
    public void Show_an_unknown_id_suggests_the_closest_ids()
    {
        var (code, output, error) = Run("show", "john-balcerzk");
        code.ShouldBe(CliApp.UsageOrIoError);
        output.ShouldBeEmpty();
        error.ShouldContain("no record has the id \"john-balcerzk\"");
        error.ShouldContain("Did you mean \"john-balcerzak\"?");
        Run("show", "dahmer-arest-1991").Err.ShouldContain("Did you mean \"dahmer-arrest-1991\"?");
        Run("show", "nobody-at-all").Err.ShouldNotContain("Did you mean");
        CliApp.ClosestIds(["sandra-smith", "sandra-smyth", "tina-spivey"], "sandra-smth").ShouldBe(["sandra-smith", "sandra-smyth"]);
    }

    [Fact]
    public void Show_a_person_lists_their_involvements_with_roles()
    {
        var (code, output, _) = Run("show", "john-balcerzak");
        code.ShouldBe(CliApp.Clean);
        var involvements = Reading.CaseReading.RecordOf(CaseDataset.Bundled, "john-balcerzak").Involvements;
        output.ShouldContain($"  involvements ({involvements.Count}):\n");
        output.ShouldContain("    proceeding dismissal-1991: Dismissal of Balcerzak and Gabrish — parties, defendant [");
        output.ShouldContain("    incident may-1991-encounter: ");
        Run("show", "dismissal-1991").Out.ShouldStartWith("proceeding dismissal-1991: Dismissal of Balcerzak and Gabrish (dismissal)\n");
    }

    [Fact]
    public void Accents_fold_to_their_base_letters_as_unicode_decomposes_them_without_needing_normalization()
    {
        // The table stands in for normalization, which the native-AOT tool's invariant globalization lacks.
        for (var c = '\u00C0'; c <= '\u017F'; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1)
            {
                CliApp.Fold(c.ToString()).ShouldBe(decomposed[..1].ToLowerInvariant(), $"U+{(int)c:X4} {c}");
            }
        }

        CliApp.IdForm("Łódź, Ærø & Straße").ShouldBe("lodz-aero-strasse");
        CliApp.Fold("Velázquez").ShouldBe("velazquez");
        CliApp.Fold("Vela\u0301zquez").ShouldBe("velazquez");
    }
}
