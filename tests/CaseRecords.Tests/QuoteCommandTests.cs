using System.Text;
using CaseRecords.Cli;
using CaseRecords.Loading;
using static CaseRecords.Tests.ValidationFixture;

namespace CaseRecords.Tests;

/// <summary><c>caserecords locate</c> and <c>caserecords rehash</c>.</summary>
public sealed class QuoteCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("caserecords-quotes-");

    public void Dispose() => folder.Delete(recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The validation fixture in a folder, with s1.txt as given (its recorded hash stays that of <see cref="ValidationFixture.Text1"/>).</summary>
    private string Records(string? text1 = null, string json = "")
    {
        File.WriteAllText(Path.Combine(folder.FullName, "case.json"), json.Length > 0 ? json : Json);
        File.WriteAllBytes(Path.Combine(folder.FullName, "s1.txt"), Encoding.UTF8.GetBytes(text1 ?? Text1));
        File.WriteAllBytes(Path.Combine(folder.FullName, "s2.txt"), Encoding.UTF8.GetBytes(Text2));
        return folder.FullName;
    }

    private string RecordFile => File.ReadAllText(Path.Combine(folder.FullName, "case.json"));

    [Fact]
    public void Locate_gives_line_column_offset_and_context_of_a_quote_that_occurs_and_exits_0()
    {
        var (code, output, error) = Run("locate", "s1", "the hound's keeper", Records());
        code.ShouldBe(CliApp.Clean);
        error.ShouldBeEmpty();
        output.ShouldBe("\"the hound's keeper\" occurs in source \"s1\" (s1.txt):\n"
            + "  line 2, column 31, offset 104, 18 characters: … the fox. ↵ The court ruled in June 1994; >>the hound’s keeper<< was born in 1980.\n");
    }

    [Fact]
    public void Locate_gives_the_nearest_passages_with_the_differences_marked_when_the_quote_does_not_occur_and_exits_1()
    {
        var path = Records();
        var (code, output, _) = Run("locate", "s1", "the fox was sen", path);
        code.ShouldBe(CliApp.ValidationErrors);
        output.ShouldStartWith("\"the fox was sen\" does not occur in source \"s1\" (s1.txt). The nearest passage");
        output.ShouldContain("  1. line 1, column 19, offset 18, 1 edit: the fox was [-sen-]{+seen+}\n     On 22nd July 1991 >>the fox was seen<<. In May 1991 the hound chased the fox.");

        var cased = Run("locate", "s1", "The Court ruled", path);
        cased.Code.ShouldBe(CliApp.ValidationErrors);
        cased.Out.ShouldContain("1. line 2, column 1, offset 74, differs only in case: The [-Court-]{+court+} ruled");

        var elsewhere = Run("locate", "s1", "the review upheld the ruling", path);
        elsewhere.Code.ShouldBe(CliApp.ValidationErrors);
        elsewhere.Out.ShouldEndWith("It does occur in source \"s2\" (s2.txt) at line 2, column 35.\n");
    }

    [Fact]
    public void Locate_suggests_the_closest_source_id_for_an_unknown_one_and_exits_2()
    {
        var (code, output, error) = Run("locate", "s3", "the fox", Records());
        code.ShouldBe(CliApp.UsageOrIoError);
        output.ShouldBeEmpty();
        error.ShouldBe("caserecords: no source has the id \"s3\". Did you mean \"s1\"? The sources are \"s1\", \"s2\".\n".ReplaceLineEndings());

        Run("locate", "wikipedia-john-balcerzek", "Balcerzak").Err.ShouldContain("Did you mean \"wikipedia-john-balcerzak\"?");
        Run("locate", "s1", " ", Records()).Code.ShouldBe(CliApp.UsageOrIoError);
    }

    [Fact]
    public void Rehash_records_the_new_hash_when_every_quote_still_occurs_and_says_so()
    {
        var changed = Text1 + "\nA later correction.";
        var path = Records(changed);
        Run("validate", path).Code.ShouldBe(CliApp.ValidationErrors);

        var (code, output, _) = Run("rehash", path);
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain($"s1 (s1.txt): rehashed: all 12 quotes citing it still occur (3 only after folding white space, quotes or dashes); SHA-256 {Sha(Text1)} -> {Sha(changed)} in case.json.\n");
        output.ShouldContain("case.json was not in canonical form: it is written in canonical form");
        output.ShouldEndWith("1 source(s) rehashed in 1 record file(s), 0 refused.\n");

        var reloaded = CaseDatasetLoader.LoadFolder(path).GetDatasetOrThrow();
        reloaded.GetSource("s1").Sha256.ShouldBe(Sha(changed));
        reloaded.GetSource("s2").Sha256.ShouldBe(Sha(Text2));
        Run("validate", path).Code.ShouldBe(CliApp.Clean);
        folder.GetFiles("*.tmp").ShouldBeEmpty();

        Run("rehash", path).Out.ShouldBe("Nothing to do: every source's stored text has its recorded SHA-256.\n".ReplaceLineEndings());
    }

    [Fact]
    public void Rehash_refuses_a_text_that_lost_a_quote_listing_it_with_its_nearest_passage()
    {
        var changed = Text1.Replace("the fox was seen", "the fox were seen", StringComparison.Ordinal);
        var path = Records(changed);
        var before = RecordFile;
        var (code, output, _) = Run("rehash", path);
        code.ShouldBe(CliApp.ValidationErrors);
        output.ShouldBe(
            "s1 (s1.txt): refused: 1 of the 12 quotes citing it is gone from the new text:\n"
            + "    \"the fox was seen\": nearest at line 1, column 19: the fox [-was-]{+were+} seen\n"
            + "  Restore the text, or correct those quotes, then run rehash again.\n"
            + "0 source(s) rehashed in 0 record file(s), 1 refused.\n");
        RecordFile.ShouldBe(before);
    }

    [Fact]
    public void Rehash_dry_run_says_what_it_would_do_and_writes_nothing()
    {
        var path = Records(Text1 + " More.");
        var before = RecordFile;
        var (code, output, _) = Run("rehash", path, "--dry-run");
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain("s1 (s1.txt): would rehash: all 12 quotes citing it still occur");
        output.ShouldEndWith("Dry run: 1 source(s) would be rehashed, 0 refused; nothing written.\n");
        RecordFile.ShouldBe(before);
    }

    [Fact]
    public void Rehash_does_not_record_the_hash_of_a_text_whose_only_change_is_CRLF_line_endings()
    {
        var path = Records(Text1.Replace("\n", "\r\n", StringComparison.Ordinal));
        var before = RecordFile;
        Run("validate", path).Out.ShouldContain("but only line endings differ: the file has CRLF line endings; the recorded hash is of the LF text. Check .gitattributes / core.autocrlf");
        var (code, output, _) = Run("rehash", path);
        code.ShouldBe(CliApp.ValidationErrors);
        output.ShouldStartWith("s1 (s1.txt): not rehashed: only line endings differ (the file has CRLF line endings; the recorded hash is of the LF text). The recorded hash is right for the text as it was written; check .gitattributes / core.autocrlf");
        RecordFile.ShouldBe(before);
    }

    [Fact]
    public void Rehash_refuses_to_write_back_a_record_file_with_load_errors()
    {
        var json = Json.Replace("\"value\": \"1991-05\"", "\"value\": \"May 1991\"", StringComparison.Ordinal);
        var path = Records(Text1 + " More.", json);
        var (code, output, error) = Run("rehash", path);
        code.ShouldBe(CliApp.ValidationErrors);
        output.ShouldContain("s1 (s1.txt): refused: case.json has load errors, and writing it back would drop what was left out.");
        error.ShouldContain("the records have 1 load error(s)");
        RecordFile.ShouldBe(json);
    }
}
