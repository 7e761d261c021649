using System.Text;
using CaseRecords.Loading;
using CaseRecords.Validation;
using static CaseRecords.Tests.ValidationFixture;

namespace CaseRecords.Tests;

/// <summary>What CR2001 and CR2004 say the author most likely meant: the nearest passage, the source that has the quote, what changed in a text.</summary>
public class QuoteDidYouMeanTests
{
    private static string QuoteMessage(string json) => Find(Validate(json), "CR2001").Message;

    [Fact]
    public void A_typo_names_the_nearest_passage_with_its_line_column_and_the_difference_marked()
    {
        var message = QuoteMessage(Break("\"the fox was seen\"", "\"the fox was sen\""));
        message.ShouldBe("The quote \"the fox was sen\" does not occur in the text of source \"s1\". The nearest passage, at line 1, column 19, differs by 1 edit: \"the fox was [-sen-]{+seen+}\"; correct the quote to the source's words.");
    }

    [Fact]
    public void A_difference_only_in_case_gets_its_own_wording()
    {
        var message = QuoteMessage(Break("\"the fox was seen\"", "\"the Fox was seen\""));
        message.ShouldBe("The quote \"the Fox was seen\" does not occur in the text of source \"s1\": it differs only in case from the passage at line 1, column 19 (the quote has \"Fox\" where the source has \"fox\"). Copy the source's capitalisation.");
    }

    [Fact]
    public void A_quote_that_occurs_in_another_source_names_that_source()
    {
        var message = QuoteMessage(Break("\"the fox was seen\"", "\"The fox and the hound\""));
        message.ShouldBe("The quote \"The fox and the hound\" does not occur in the text of source \"s1\". It does occur in \"s2\": cite that source instead?");
    }

    [Fact]
    public void A_quote_close_only_to_a_passage_of_another_source_names_that_passage()
    {
        var message = QuoteMessage(Break("{ \"source\": \"s1\", \"quote\": \"the fox was seen\" }", "{ \"source\": \"s1\", \"quote\": \"the review upheld the rulings\" }"));
        message.ShouldBe("The quote \"the review upheld the rulings\" does not occur in the text of source \"s1\", and nothing close does. The nearest passage is in \"s2\", at line 2, column 35, 1 edit away: \"the review upheld the [-rulings-]{+ruling+}\"; cite that source instead?");
    }

    [Fact]
    public void A_quote_near_nothing_gets_the_plain_message()
    {
        var message = QuoteMessage(Break("\"the fox was seen\"", "\"a wolf howled at midnight\""));
        message.ShouldBe("The quote \"a wolf howled at midnight\" does not occur in the text of source \"s1\". Copy it exactly from the source's text.");
    }

    [Fact]
    public void A_long_quote_shows_only_the_words_around_its_differences()
    {
        var json = Break("\"the fox was seen\"", "\"On 22nd July 1991 the fox was seen. In May 1991 the hound chased a fox.\"");
        QuoteMessage(json).ShouldContain("at line 1, column 1, differs by 3 edits: \"… 1991 the hound chased [-a-]{+the+} fox.\";");
    }

    [Fact]
    public void The_nearest_passage_searches_stop_at_a_budget_and_the_report_is_the_same_on_one_thread()
    {
        // 200 broken quotes against a text of 400 KB: 80 MB of text to read, over the budget.
        var text = string.Concat(Enumerable.Repeat(Text1 + "\n", 3_000));
        var claims = string.Join(",\n", Enumerable.Range(0, 200).Select(i => $$"""{ "value": "Fox {{i}}", "citations": [ { "source": "s1", "quote": "the fox was seen {{i}}" } ] }"""));
        var json = Json.Replace(Sha(Text1), Sha(text), StringComparison.Ordinal)
            .Replace("{ \"value\": \"Fox\", \"citations\": [ { \"source\": \"s1\", \"quote\": \"the fox was seen\" }, { \"source\": \"s2\", \"quote\": \"The fox and\" } ] }", claims, StringComparison.Ordinal);
        var files = new Dictionary<string, byte[]> { ["case.json"] = Encoding.UTF8.GetBytes(json), ["s1.txt"] = Encoding.UTF8.GetBytes(text), ["s2.txt"] = Encoding.UTF8.GetBytes(Text2) };
        var load = CaseDatasetLoader.Load(DatasetFiles.FromMemory(files));
        var report = CaseValidator.Validate(load);
        var messages = report.Diagnostics.Where(d => d.Code == "CR2001").Select(d => d.Message).ToList();
        messages.Count.ShouldBe(200);
        var named = messages.Count(m => m.Contains("The nearest passage", StringComparison.Ordinal));
        named.ShouldBe((int)(CaseValidator.NearestSearchBudget / text.Length));
        messages.Count(m => m.EndsWith("Copy it exactly from the source's text.", StringComparison.Ordinal)).ShouldBe(200 - named);
        CaseValidator.Validate(load, new ValidationOptions { MaxDegreeOfParallelism = 1 }).Diagnostics.ShouldBe(report.Diagnostics);
    }
}
