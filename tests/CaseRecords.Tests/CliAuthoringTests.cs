using System.Text;
using System.Threading.Channels;
using CaseRecords.Cli;
using CaseRecords.Loading;
using CaseRecords.Serialization;

namespace CaseRecords.Tests;

/// <summary>The authoring commands (init, add-source, validate --watch) and the polish of help, stats and show (issue 14).</summary>
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
        foreach (var command in new[] { "init", "add-source", "validate", "stats", "show", "timeline", "export" })
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

    // ---- stats -------------------------------------------------------------------------------------------------

    [Fact]
    public void Stats_says_one_thing_in_the_singular_and_kinds_as_the_format_names_them()
    {
        Initialized();
        AddSource(Text("a.txt", "A text."), "a", "encyclopedia-article").Code.ShouldBe(CliApp.Clean);
        var (code, output, _) = Run("stats", Case);
        code.ShouldBe(CliApp.Clean);
        output.ShouldContain("Records: 1 source, 0 persons, 0 organizations, 0 incidents, 0 proceedings in 1 file\n");
        output.ShouldContain("0 claims    0 citations  encyclopedia-article: \"A title\"");
        output.ShouldNotContain("EncyclopediaArticle");

        var bundled = Run("stats").Out;
        bundled.ShouldContain("encyclopedia-article: \"John A. Balcerzak\"");
        bundled.ShouldContain(" in 1 file\n");
        CliApp.Count(1, "incident").ShouldBe("1 incident");
        CliApp.Count(0, "incident").ShouldBe("0 incidents");
        CliApp.Count(2, "claim").ShouldBe("2 claims");
    }

    // ---- init ------------------------------------------------------------------------------------------------

    [Fact]
    public void Init_scaffolds_a_case_that_validates_and_whose_schema_is_not_read_as_a_record_file()
    {
        var (code, output, error) = Run("init", Case);
        code.ShouldBe(CliApp.Clean, error);
        output.ShouldContain("case.json");
        output.ShouldContain("Next: caserecords add-source FILE --records ");

        var record = File.ReadAllText(Path.Combine(Case, "case.json"));
        record.ShouldBe(CaseDatasetWriter.ToJson(new RecordFile("case.json") { Schema = "caserecords.schema.json" }));
        record.ShouldContain("\"$schema\": \"caserecords.schema.json\"");
        record.ShouldContain("\"formatVersion\": \"1.1\"");
        File.ReadAllBytes(Path.Combine(Case, "caserecords.schema.json")).ShouldBe(File.ReadAllBytes(Path.Combine(TestData.SeedsFolder, "..", "schema", "caserecords.schema.json")));
        Directory.Exists(Path.Combine(Case, "texts")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(Case, ".gitattributes")).ShouldContain("texts/** -text");
        var readme = File.ReadAllText(Path.Combine(Case, "README.md"));
        readme.ShouldContain("caserecords add-source");
        readme.ShouldContain("caserecords validate");

        var load = CaseDatasetLoader.LoadFolder(Case);
        load.Dataset.Files.ShouldHaveSingleItem().Path.ShouldBe("case.json");
        load.Diagnostics.ShouldBeEmpty();
        Run("validate", Case).Code.ShouldBe(CliApp.Clean);
    }

    [Fact]
    public void Init_never_overwrites_a_file_and_then_writes_nothing()
    {
        Directory.CreateDirectory(Case);
        File.WriteAllText(Path.Combine(Case, "README.md"), "mine");
        var (code, output, error) = Run("init", Case);
        code.ShouldBe(CliApp.UsageOrIoError);
        output.ShouldBeEmpty();
        error.ShouldContain("already holds README.md");
        error.ShouldContain("Nothing was written");
        File.ReadAllText(Path.Combine(Case, "README.md")).ShouldBe("mine");
        Directory.GetFileSystemEntries(Case).ShouldHaveSingleItem();

        File.Delete(Path.Combine(Case, "README.md"));
        Run("init", Case).Code.ShouldBe(CliApp.Clean);
        Run("init", Case).Code.ShouldBe(CliApp.UsageOrIoError);
    }

    // ---- add-source ------------------------------------------------------------------------------------------

    [Fact]
    public void Add_source_copies_the_text_pins_its_hash_and_writes_the_entry_in_canonical_form()
    {
        Initialized();
        var text = Text("herald.txt", "The bridge was closed on 3 March 2021.\n");
        var (code, output, error) = AddSource(text, "herald", "news-article", "--url", "https://example.org/bridge", "--published", "2021-03-04", "--publisher", "Herald", "--language", "en", "--author", "A. Writer");
        code.ShouldBe(CliApp.Clean, error);
        var sha = Source.ComputeSha256(File.ReadAllBytes(text));
        output.ShouldBe($"Added source herald to {Path.Join(Case, "case.json")}\n  text:   texts/herald.txt (copied from {text})\n  sha256: {sha}\n");
        File.ReadAllBytes(Path.Combine(Case, "texts", "herald.txt")).ShouldBe(File.ReadAllBytes(text));

        var dataset = CaseDatasetLoader.LoadFolder(Case).GetDatasetOrThrow();
        var source = dataset.GetSource("herald");
        source.ShouldBe(new Source("herald", "A title", SourceKind.NewsArticle, "texts/herald.txt", sha)
        {
            Url = new Uri("https://example.org/bridge"),
            Published = Dates.CaseDate.Parse("2021-03-04").Value,
            Publisher = "Herald",
            Language = "en",
            Author = "A. Writer",
        });
        dataset.Files[0].Schema.ShouldBe("caserecords.schema.json");
        File.ReadAllText(Path.Combine(Case, "case.json")).ShouldBe(CaseDatasetWriter.ToJson(dataset.Files[0]));
        Directory.GetFiles(Case, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public void Add_source_refuses_a_duplicate_id_naming_the_record_that_has_it()
    {
        Initialized();
        AddSource(Text("a.txt", "A text."), "herald").Code.ShouldBe(CliApp.Clean);
        var before = File.ReadAllText(Path.Combine(Case, "case.json"));
        var (code, _, error) = AddSource(Text("b.txt", "Another text."), "herald");
        code.ShouldBe(CliApp.UsageOrIoError);
        error.ShouldContain("the id \"herald\" is taken: source \"herald\" (\"A title\", text texts/a.txt) in case.json");
        File.ReadAllText(Path.Combine(Case, "case.json")).ShouldBe(before);
        File.Exists(Path.Combine(Case, "texts", "b.txt")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("River Herald", "river-herald")]
    [InlineData("María_Velázquez!", "maria_velazquez")]
    [InlineData("!?", null)]
    public void Add_source_refuses_an_invalid_id_and_suggests_a_valid_form(string id, string? suggestion)
    {
        Initialized();
        var (code, _, error) = AddSource(Text("a.txt", "A text."), id);
        code.ShouldBe(CliApp.UsageOrIoError);
        error.ShouldContain($"\"{id}\" is not a valid id. {EntityIds.Rule}");
        if (suggestion is null)
        {
            error.ShouldNotContain("Try");
        }
        else
        {
            error.ShouldContain($"Try \"{suggestion}\".");
            EntityIds.IsValid(suggestion).ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData("newsarticle", "Did you mean \"news-article\"?")]
    [InlineData("Biography", "Did you mean \"biography\"?")]
    [InlineData("court", "Did you mean \"court-record\"?")]
    [InlineData("article", "Did you mean \"encyclopedia-article\" or \"news-article\"?")]
    [InlineData("pamphlet", "The kinds are other, encyclopedia-article, news-article")]
    public void Add_source_refuses_an_unknown_kind_with_the_closest_kinds(string kind, string expected)
    {
        Initialized();
        var (code, _, error) = AddSource(Text("a.txt", "A text."), "a", kind);
        code.ShouldBe(CliApp.UsageOrIoError);
        error.ShouldContain($"\"{kind}\" is not a source kind.");
        error.ShouldContain(expected);
    }

    [Fact]
    public void Add_source_refuses_a_text_that_is_not_utf8_and_writes_nothing()
    {
        Initialized();
        var latin1 = Path.Combine(folder.FullName, "latin1.txt");
        File.WriteAllBytes(latin1, [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);
        var (code, _, error) = AddSource(latin1, "latin");
        code.ShouldBe(CliApp.UsageOrIoError);
        error.ShouldContain("is not UTF-8 (byte 0xE9 at offset 3)");
        Directory.GetFiles(Path.Combine(Case, "texts")).ShouldBeEmpty();
        CaseDatasetLoader.LoadFolder(Case).Dataset.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void Add_source_suggests_the_edtf_form_of_a_date_in_words()
    {
        Initialized();
        var (code, _, error) = AddSource(Text("a.txt", "A text."), "a", "book", "--published", "June 2017");
        code.ShouldBe(CliApp.UsageOrIoError);
        error.ShouldContain("Did you mean \"2017-06\"?");
        AddSource(Text("a.txt", "A text."), "a", "book", "--published", "4 March 2021").Err.ShouldContain("Did you mean \"2021-03-04\"?");

        // Words that state no date (or no day, month or year) get the plain answer, without a suggestion.
        var (vague, _, noDate) = AddSource(Text("a.txt", "A text."), "a", "book", "--published", "sometime soon");
        vague.ShouldBe(CliApp.UsageOrIoError);
        noDate.ShouldContain("is not an EDTF date");
        noDate.ShouldNotContain("Did you mean");
        AddSource(Text("a.txt", "A text."), "a", "book", "--published", "Spring 2024").Err.ShouldNotContain("Did you mean");
        AddSource(Text("a.txt", "A text."), "a", "book", "--language", "English (UK)").Err.ShouldContain("is not a BCP 47 language tag");
        AddSource(Text("a.txt", "A text."), "a", "book", "--url", "example.org").Err.ShouldContain("is not an absolute URL");
    }

    [Fact]
    public void Add_source_points_to_a_text_inside_the_case_folder_without_copying_it()
    {
        Initialized();
        Directory.CreateDirectory(Path.Combine(Case, "texts", "2021"));
        var inside = Path.Combine(Case, "texts", "2021", "minutes.txt");
        File.WriteAllText(inside, "Minutes.");
        var (code, output, error) = AddSource(inside, "minutes", "report");
        code.ShouldBe(CliApp.Clean, error);
        output.ShouldContain("text:   texts/2021/minutes.txt\n");
        output.ShouldNotContain("copied");
        CaseDatasetLoader.LoadFolder(Case).GetDatasetOrThrow().GetSource("minutes").TextPath.ShouldBe("texts/2021/minutes.txt");

        // The same text again is the same document: refused.
        AddSource(inside, "minutes-again", "report").Err.ShouldContain("texts/2021/minutes.txt is already the text of source \"minutes\"");
    }

    [Fact]
    public void Add_source_refuses_a_link_inside_the_case_that_leads_outside_it()
    {
        Initialized();
        var outside = Text("outside.txt", "Outside.");
        var link = Path.Combine(Case, "texts", "link.txt");
        try
        {
            File.CreateSymbolicLink(link, outside);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Assert.Skip($"Symbolic links cannot be created here: {e.Message}");
        }

        var (code, _, error) = AddSource(link, "linked");
        code.ShouldBe(CliApp.UsageOrIoError);
        error.ShouldContain("outside the dataset folder");
        CaseDatasetLoader.LoadFolder(Case).Dataset.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void Add_source_refuses_a_name_taken_in_texts_by_other_content_and_reuses_the_same_content()
    {
        Initialized();
        File.WriteAllText(Path.Combine(Case, "texts", "a.txt"), "Already here.");
        var (code, _, error) = AddSource(Text("a.txt", "Something else."), "a");
        code.ShouldBe(CliApp.UsageOrIoError);
        error.ShouldContain("texts/a.txt exists already, with other content");

        var same = AddSource(Text("a.txt", "Already here."), "a");
        same.Code.ShouldBe(CliApp.Clean, same.Err);
        same.Out.ShouldContain("text:   texts/a.txt\n");
    }

    [Fact]
    public void Add_source_needs_one_record_file_and_never_rewrites_one_with_errors()
    {
        Directory.CreateDirectory(Case);
        var text = Text("a.txt", "A text.");
        AddSource(text, "a").Err.ShouldContain("holds no record file. Start a case there with 'caserecords init'");

        Initialized();
        File.WriteAllText(Path.Combine(Case, "other.json"), """{ "formatVersion": "1.1" }""");
        var several = AddSource(text, "a");
        several.Code.ShouldBe(CliApp.UsageOrIoError);
        several.Err.ShouldContain("holds 2 record files (case.json, other.json); name the one to add the source to with --records FILE");
        var named = Run("add-source", text, "--records", Path.Combine(Case, "other.json"), "--id", "a", "--kind", "book", "--title", "T");
        named.Code.ShouldBe(CliApp.Clean, named.Err);
        CaseDatasetLoader.LoadFile(Path.Combine(Case, "other.json")).GetDatasetOrThrow().GetSource("a").TextPath.ShouldBe("texts/a.txt");

        const string Broken = """{ "formatVersion": "1.1", "persons": [ { "id": "x", "nmes": [] } ] }""";
        File.WriteAllText(Path.Combine(Case, "other.json"), Broken);
        var refused = Run("add-source", Text("b.txt", "B."), "--records", Path.Combine(Case, "other.json"), "--id", "b", "--kind", "book", "--title", "T");
        refused.Code.ShouldBe(CliApp.UsageOrIoError);
        refused.Err.ShouldContain("CR1003");
        refused.Err.ShouldContain("has errors that leave records out");
        File.ReadAllText(Path.Combine(Case, "other.json")).ShouldBe(Broken);
    }

    // ---- validate --watch ------------------------------------------------------------------------------------

    [Fact]
    public async Task The_watch_loop_validates_once_then_again_after_each_burst_of_changes()
    {
        var changes = Channel.CreateUnbounded<string>();
        var output = new StringWriter();
        var validations = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var loop = CliApp.WatchLoopAsync(
            () =>
            {
                output.Write($"report {++validations}\n");
                return validations == 1 ? CliApp.Clean : CliApp.ValidationErrors;
            },
            changes.Reader,
            TimeSpan.FromMilliseconds(100),
            output,
            TimeProvider.System,
            stop.Token);

        validations.ShouldBe(1);                          // at once, before any change
        changes.Writer.TryWrite("case.json");
        changes.Writer.TryWrite("texts/a.txt");             // the same burst: one validation
        changes.Writer.TryWrite("case.json");
        await WaitUntil(() => Volatile.Read(ref validations) == 2);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        validations.ShouldBe(2);

        await stop.CancelAsync();
        (await loop).ShouldBe(CliApp.ValidationErrors);     // the last validation's exit code
        var lines = output.ToString().Split('\n');
        lines[0].ShouldMatch(@"^---- \d\d:\d\d:\d\d validating ----$");
        lines[1].ShouldBe("report 1");
        lines[2].ShouldMatch(@"^---- \d\d:\d\d:\d\d changed: case.json, texts/a.txt ----$");
        lines[3].ShouldBe("report 2");
    }

    [Fact]
    public async Task A_file_change_in_the_folder_makes_validate_watch_validate_again()
    {
        Initialized();
        var text = Text("a.txt", "The bridge was closed on 3 March 2021.");
        AddSource(text, "a").Code.ShouldBe(CliApp.Clean);
        var stdout = new LockedWriter();
        var stderr = new LockedWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = Task.Run(() => CliApp.RunWithCancellation(["validate", Case, "--watch"], stdout, stderr, colour: false, stop.Token), TestContext.Current.CancellationToken);
        try
        {
            await WaitUntil(() => stdout.ToString().Contains("0 error(s)", StringComparison.Ordinal) && stderr.ToString().Contains("Watching", StringComparison.Ordinal));
            await File.AppendAllTextAsync(Path.Combine(Case, "texts", "a.txt"), " Changed.", TestContext.Current.CancellationToken);    // the hash no longer matches
            await WaitUntil(() => stdout.ToString().Contains("error CR2004", StringComparison.Ordinal));
        }
        finally
        {
            await stop.CancelAsync();
        }

        (await run).ShouldBe(CliApp.ValidationErrors, stderr.ToString());
        stdout.ToString().ShouldMatch(@"---- \d\d:\d\d:\d\d changed: texts/a\.txt ----\n");
        Run("validate", "--watch").Err.ShouldContain("--watch needs a PATH");
    }

    [Fact]
    public void The_watch_ignores_its_own_report_temporary_files_and_build_folders()
    {
        var root = Path.Combine(folder.FullName, "case");
        var report = Path.Combine(root, "report.txt");
        CliApp.IsWatched(root, Path.Combine(root, "case.json"), report).ShouldBeTrue();
        CliApp.IsWatched(root, Path.Combine(root, "texts", "a.txt"), report).ShouldBeTrue();
        CliApp.IsWatched(root, report, report).ShouldBeFalse();
        CliApp.IsWatched(root, Path.Combine(root, "case.json.0123.tmp"), report).ShouldBeFalse();
        CliApp.IsWatched(root, Path.Combine(root, ".git", "index"), report).ShouldBeFalse();
        CliApp.IsWatched(root, Path.Combine(root, "obj", "x.json"), null).ShouldBeFalse();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            if (waited > 20_000)
            {
                throw new TimeoutException("The condition did not become true within 20 s.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>A text writer that one thread writes while another reads it.</summary>
    private sealed class LockedWriter : StringWriter
    {
        private readonly Lock gate = new();

        public override void Write(char value)
        {
            lock (gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (gate)
            {
                base.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (gate)
            {
                base.Write(buffer, index, count);
            }
        }

        public override string ToString()
        {
            lock (gate)
            {
                return base.ToString();
            }
        }
    }
}
