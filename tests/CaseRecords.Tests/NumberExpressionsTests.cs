using CsCheck;

namespace CaseRecords.Tests;

/// <summary>The numbers a quote states: what the amount rule (CR2020) holds a quantity or amount of money to.</summary>
public class NumberExpressionsTests
{
    [Theory]
    [InlineData("a 14-year-old Laotian", 14)]
    [InlineData("ordered that the pair receive $55,000 in back pay", 55000)]
    [InlineData("55,000 dollars", 55000)]
    [InlineData("$1.5 million", 1500000)]
    [InlineData("Three women, Sandra Smith", 3)]
    [InlineData("one of the two police officers", 2)]
    [InlineData("twenty-one officers", 21)]
    [InlineData("three hundred and five votes", 305)]
    [InlineData("a dozen witnesses", 12)]
    [InlineData("a quarter of a million dollars", 250000)]
    [InlineData("half a million", 500000)]
    [InlineData("by a vote of 521 to 453", 453)]
    [InlineData("his age was either 19 or 20", 19.5)]
    public void A_stated_number_is_found(string text, decimal number)
    {
        var found = NumberExpressions.Find(text).ToList();
        if (number == 19.5m)
        {
            found.ShouldBe([19m, 20m]);
            return;
        }

        found.ShouldContain(number);
    }

    [Theory]
    [InlineData("the officers returned the boy")]
    [InlineData("On 22nd July 1991")]
    public void Text_without_the_number_does_not_state_it(string text) =>
        NumberExpressions.Find(text).ShouldNotContain(2m);

    [Fact]
    public void Each_number_comes_with_the_words_that_state_it() =>
        NumberExpressions.FindWords("receive $55,000, then twenty-one officers and a dozen others").Select(n => (n.Value, n.Words))
            .ShouldBe([(55000m, "$55,000"), (21m, "twenty-one"), (12m, "a dozen")]);

    [Fact]
    public void One_thing_may_be_stated_by_its_article() =>
        NumberExpressions.StatesOne("as well as a police trainee and the fire department").ShouldBeTrue();

    [Fact]
    public void Odd_text_never_crashes_the_reader() =>
        Gen.String[Gen.Char["0123456789 ,.$-aonetwhudrzqfml"], 0, 80].Sample(
            text =>
            {
                foreach (var (value, words) in NumberExpressions.FindWords(text))
                {
                    value.ShouldBeGreaterThanOrEqualTo(0m);
                    text.ShouldContain(words);
                }
            },
            iter: 20_000,
            threads: 1);
}
