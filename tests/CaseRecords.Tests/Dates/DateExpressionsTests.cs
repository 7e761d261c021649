using CsCheck;
using NodaTime;
using Shouldly;

namespace CaseRecords.Dates.Tests;

/// <summary>The dates a quote states, as spans of days: what the support rules (CR2018, CR2019) hold a date to.</summary>
public class DateExpressionsTests
{
    [Theory]
    [InlineData("On 22nd July 1991 the fox was seen", "22nd July 1991", "1991-07-22", "1991-07-22")]
    [InlineData("charged on May 30, 2006.", "May 30, 2006", "2006-05-30", "2006-05-30")]
    [InlineData("died 30 May 2006", "30 May 2006", "2006-05-30", "2006-05-30")]
    [InlineData("in September of 1991 he was", "September of 1991", "1991-09-01", "1991-09-30")]
    [InlineData("In Feb. 1992", "Feb. 1992", "1992-02-01", "1992-02-29")]
    [InlineData("in spring 2001", "spring 2001", "2001-03-01", "2001-05-31")]
    [InlineData("in 2017", "2017", "2017-01-01", "2017-12-31")]
    [InlineData("in the 1990s", "1990s", "1990-01-01", "1999-12-31")]
    [InlineData("in the late 90s", "late 90s", "1996-01-01", "1999-12-31")]
    [InlineData("in the early '80s", "early '80s", "1980-01-01", "1983-12-31")]
    [InlineData("by the mid-1990s", "mid-1990s", "1993-01-01", "1996-12-31")]
    public void A_stated_date_is_read_as_the_span_of_days_it_covers(string text, string words, string earliest, string latest)
    {
        var expression = DateExpressions.Find(text).ShouldHaveSingleItem();
        expression.Text.ShouldBe(words);
        text.Substring(expression.Start, expression.Length).ShouldBe(words);
        expression.Earliest.ShouldBe(LocalDate.FromDateTime(DateTime.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture)));
        expression.Latest.ShouldBe(LocalDate.FromDateTime(DateTime.Parse(latest, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("in May the hound chased the fox")]
    [InlineData("three years later, on Tuesday")]
    [InlineData("fined $2,500 and 10,000 dollars")]
    [InlineData("a 1500-page report")]
    [InlineData("on 31 February 1991")]
    public void Words_that_state_no_span_of_days_are_not_read_as_dates(string text) =>
        DateExpressions.Find(text).ShouldBeEmpty();

    [Fact]
    public void From_2005_to_2009_states_both_years_and_a_period_shares_days_with_them()
    {
        var found = DateExpressions.Find("from 2005 to 2009").ToList();
        found.Select(f => f.Text).ShouldBe(["2005", "2009"]);
        found.ShouldAllBe(f => f.Allows(CaseDate.Parse("2005/2009").Value!));
        found.ShouldNotContain(f => f.Allows(CaseDate.Parse("2011").Value!));
    }

    [Fact]
    public void Odd_text_never_crashes_the_reader() =>
        Gen.String[Gen.Char["0123456789 -'.,/stndrhMayJuneSeptemberofthelatemid90s\u00a0\u2019"], 0, 80].Sample(text =>
        {
            foreach (var expression in DateExpressions.Find(text))
            {
                expression.Earliest.ShouldBeLessThanOrEqualTo(expression.Latest);
                text.Substring(expression.Start, expression.Length).ShouldBe(expression.Text);
            }
        }, iter: 20_000, threads: 1);
}
