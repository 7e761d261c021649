using NodaTime;
using Shouldly;

namespace CaseRecords.Dates.Tests;

public class DisplayStringTests
{
    [Theory]
    [InlineData("1991-05-27", "27 May 1991")]
    [InlineData("1991-05", "May 1991")]
    [InlineData("2001-21", "spring 2001")]
    [InlineData("1991", "1991")]
    [InlineData("199X~", "about the 1990s")]
    [InlineData("19XX", "the 1900s")]
    [InlineData("1984?", "1984 (uncertain)")]
    [InlineData("2005/2009", "2005 to 2009")]
    [InlineData("2005/..", "from 2005 on")]
    [InlineData("../2009", "until 2009")]
    [InlineData("/2009", "an unknown date to 2009")]
    [InlineData("[1991..1994]", "sometime between 1991 and 1994")]
    [InlineData("[..1994]", "sometime before the end of 1994")]
    [InlineData("[1991..]", "sometime after the start of 1991")]
    public void Dates_are_shown_with_their_precision_never_sharpened(string edtf, string expected) =>
        CaseDate.Parse(edtf).GetValueOrThrow().ToDisplayString().ShouldBe(expected);

    [Fact]
    public void A_partial_date_is_shown_as_the_moment_it_is()
    {
        var date = PartialDate.FromYearMonth(new YearMonth(1991, 5), DateQualifier.Approximate | DateQualifier.Uncertain);
        date.ToDisplayString().ShouldBe("about May 1991 (uncertain)");
        date.ToDisplayString().ShouldBe(CaseDate.Moment(date).ToDisplayString());
    }
}
