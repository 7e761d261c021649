using System.Text;
using CaseRecords.Loading;
using CaseRecords.Validation;
using static CaseRecords.Tests.ValidationFixture;

namespace CaseRecords.Tests;

/// <summary>A source text whose hash no longer matches (CR2004): what changed, and which quotes survive it.</summary>
public class SourceDriftTests
{
    /// <summary>The fixture with s1.txt's bytes replaced (the recorded hash stays that of <see cref="ValidationFixture.Text1"/>).</summary>
    private static LoadResult LoadWithText1(byte[] bytes) => CaseDatasetLoader.Load(DatasetFiles.FromMemory(new Dictionary<string, byte[]>
    {
        ["case.json"] = Encoding.UTF8.GetBytes(Json),
        ["s1.txt"] = bytes,
        ["s2.txt"] = Encoding.UTF8.GetBytes(Text2),
    }));

    private static LoadResult LoadWithText1(string text) => LoadWithText1(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_text_converted_to_CRLF_is_said_to_differ_only_in_line_endings_and_its_quotes_all_still_match()
    {
        var load = LoadWithText1(Text1.Replace("\n", "\r\n", StringComparison.Ordinal));
        var report = CaseValidator.Validate(load);
        var d = Find(report, "CR2004");
        d.Message.ShouldBe($"The stored text \"s1.txt\" has SHA-256 {Sha(Text1.Replace("\n", "\r\n", StringComparison.Ordinal))}, not the recorded {Sha(Text1)}, but only line endings differ: the file has CRLF line endings; the recorded hash is of the LF text. Check .gitattributes / core.autocrlf: a source text must be checked out byte for byte (\"*.txt -text\").");
        report.Diagnostics.ShouldNotContain(x => x.Code == "CR2001");

        var drift = SourceDrift.Of(load.Dataset).ShouldHaveSingleItem();
        (drift.Source.Id, drift.Difference, drift.Gone).ShouldBe(("s1", TextDifference.LineEndings, 0));
    }

    [Fact]
    public void A_text_that_gained_a_byte_order_mark_is_said_to_differ_only_in_that()
    {
        var load = LoadWithText1([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text1)]);
        Find(CaseValidator.Validate(load), "CR2004").Message.ShouldContain("but only a byte-order mark differs: the file begins with a UTF-8 byte-order mark; the recorded hash is of the text without one.");
        SourceDrift.Of(load.Dataset).ShouldHaveSingleItem().Difference.ShouldBe(TextDifference.ByteOrderMark);

        var both = LoadWithText1([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text1.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        SourceDrift.Of(both.Dataset).ShouldHaveSingleItem().Difference.ShouldBe(TextDifference.LineEndingsAndByteOrderMark);
    }

    [Fact]
    public void A_changed_text_counts_the_quotes_that_still_occur_and_names_those_gone()
    {
        // "the fox was seen" becomes "the fox were seen"; "the hound chased" keeps its words with two spaces (2 quotes),
        // as "the hound’s keeper" keeps its typographic apostrophe (3 quotes): 5 occur only after folding.
        var changed = Text1.Replace("the fox was seen", "the fox were seen", StringComparison.Ordinal).Replace("the hound chased", "the hound  chased", StringComparison.Ordinal);
        var load = LoadWithText1(changed);
        var report = CaseValidator.Validate(load);
        var cited = load.Dataset.ClaimsCiting("s1").SelectMany(c => c.Claim.Citations).Count(c => c.Source == "s1");
        Find(report, "CR2004").Message.ShouldBe(
            $"The stored text \"s1.txt\" has SHA-256 {Sha(changed)}, not the recorded {Sha(Text1)}: the text changed since the records were written. "
            + $"Of the {cited} quotes citing \"s1\", {cited - 1} still occur (5 only after folding white space, quotes or dashes) and 1 is gone: \"the fox was seen\" "
            + "(each reported as CR2001, with the nearest passage when one is close). Restore the original text, or correct those quotes and then record the new SHA-256 (caserecords rehash).");
        Find(report, "CR2001").Message.ShouldContain("\"the fox [-was-]{+were+} seen\"");

        var drift = SourceDrift.Of(load.Dataset).ShouldHaveSingleItem();
        (drift.Difference, drift.Citations, drift.StillOccur, drift.Gone).ShouldBe((TextDifference.Content, cited, cited - 1, 1));
        var lost = drift.Lost.ShouldHaveSingleItem();
        (lost.Quote, lost.Citations).ShouldBe(("the fox was seen", 1));
        lost.Nearest.ShouldNotBeNull().Passage.ShouldBe("the fox were seen");
    }

    [Fact]
    public void A_changed_text_in_which_every_quote_still_occurs_says_so()
    {
        var changed = Text1 + "\nA later correction.";
        var report = CaseValidator.Validate(LoadWithText1(changed));
        Find(report, "CR2004").Message.ShouldEndWith("still occur in it (3 only after folding white space, quotes or dashes): if the new text is the one to cite, record its SHA-256 (caserecords rehash).");
        report.Diagnostics.ShouldNotContain(x => x.Code == "CR2001");
    }

    [Fact]
    public void Only_sources_whose_hash_differs_drift()
    {
        SourceDrift.Of(Load(Json).Dataset).ShouldBeEmpty();
        SourceDrift.Of(CaseDataset.Bundled).ShouldBeEmpty();
        Should.Throw<ArgumentNullException>(() => SourceDrift.Of(null!));
    }
}
