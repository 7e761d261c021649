namespace CaseRecords.Tests;

public class SourceTextTests
{
    private static readonly SourceText Text = SourceText.FromText("texts/s1.txt", "The officers said:\n“the hound’s\u00A0keeper” — left\tat 2 a.m.\n");

    [Fact]
    public void Find_folds_only_white_space_typographic_quotes_apostrophes_and_dashes()
    {
        var span = Text.Find("\"the hound's keeper\" - left at").ShouldNotBeNull();
        (span.Line, span.Column).ShouldBe((2, 1));
        Text.Text.Substring(span.Start, span.Length).ShouldBe("“the hound’s\u00A0keeper” — left\tat");
        Text.Find("  said: \"the  ").ShouldNotBeNull().Start.ShouldBe(13);
        Text.Find("The Officers").ShouldBeNull();
        Text.Find("2 am").ShouldBeNull();
    }

    [Fact]
    public void Find_never_matches_an_empty_quote_and_rejects_null()
    {
        Text.Find(string.Empty).ShouldBeNull();
        Text.Find(" \n ").ShouldBeNull();
        Should.Throw<ArgumentNullException>(() => Text.Find(null!));
    }

    [Fact]
    public void Find_gives_the_same_answer_every_time_and_from_every_thread()
    {
        var expected = Text.Find("left at 2");
        Parallel.For(0, 64, _ => Text.Find("left at 2").ShouldBe(expected));
        new SourceText(Text.Path, Text.Text, Text.Sha256).Find("left at 2").ShouldBe(expected);
    }
}
