using System.Diagnostics;
using Shouldly;
using static CaseRecords.Dates.Tests.TestHelpers;

namespace CaseRecords.Dates.Tests;

public class ParseErrorTests
{
    [Theory]
    [InlineData("1991-02-30", 8)]
    [InlineData("1900-02-29", 8)]
    [InlineData("2001-02-29", 8)]
    [InlineData("1991-04-31", 8)]
    [InlineData("1991-01-32", 8)]
    [InlineData("1991-01-00", 8)]
    [InlineData("1991-13", 5)]
    [InlineData("1991-00", 5)]
    [InlineData("1991-20", 5)]
    [InlineData("1991-42", 5)]
    [InlineData("1991-99-01", 5)]
    [InlineData("-0000", 0)]
    [InlineData("2004/1991-02-30", 13)]
    public void InvalidDates(string text, int index) =>
        Bad(text, EdtfErrorKind.InvalidDate).ErrorIndex.ShouldBe(index);

    [Fact]
    public void NonLeapYearMessageExplains() =>
        Bad("1900-02-29", EdtfErrorKind.InvalidDate).Message!.ShouldContain("1900 is not a leap year");

    [Theory]
    [InlineData("2009/2005", 5)]
    [InlineData("2005-02/2005-01", 8)]
    [InlineData("2005-02-02/2005-02-01", 11)]
    [InlineData("2001-24/2001-11", 8)]
    [InlineData("[1994..1991]", 7)]
    public void ReversedIntervals(string text, int index)
    {
        var r = Bad(text, EdtfErrorKind.ReversedInterval);
        r.ErrorIndex.ShouldBe(index);
        r.Message!.ShouldContain("earlier");
    }

    [Fact]
    public void ReversedMessageSuggestsSwap() =>
        Bad("2009/2005", EdtfErrorKind.ReversedInterval).Message!.ShouldContain("2005/2009");

    [Theory]
    [InlineData("2005\u20132009", 4, "U+2013")]
    [InlineData("2005\u20142009", 4, "U+2014")]
    [InlineData("1991\u221205", 4, "U+2212")]
    [InlineData("\uFF11991", 0, "U+FF11")]
    [InlineData("2005\uFF0F2009", 4, "U+FF0F")]
    [InlineData("1991-05-27\u00A0", 10, "U+00A0")]
    [InlineData("é", 0, "U+00E9")]
    [InlineData("1991\uD83D\uDE00", 4, "U+D83D")]
    public void NonAscii(string text, int index, string code)
    {
        var r = Bad(text, EdtfErrorKind.NotAscii);
        r.ErrorIndex.ShouldBe(index);
        r.Message!.ShouldContain(code);
    }

    [Fact]
    public void EnDashMessageNamesCharacterAndSuggestsReplacement()
    {
        var r = Bad("2005\u20132009", EdtfErrorKind.NotAscii);
        r.Message!.ShouldContain("EN DASH");
        r.Message!.ShouldContain("'\u2013'");
        r.Message!.ShouldContain("'-'");
        r.Message!.ShouldContain("'/'");
    }

    [Fact]
    public void EmptyIsEmpty()
    {
        Bad("", EdtfErrorKind.Empty).ErrorIndex.ShouldBe(0);
        CaseDate.Parse(null!).ErrorKind.ShouldBe(EdtfErrorKind.Empty);
        CaseDate.TryParse(null, out var d).ShouldBeFalse();
        d.ShouldBeNull();
    }

    [Theory]
    [InlineData("1991-5", 5)]
    [InlineData("1991-05-7", 8)]
    [InlineData("991", 0)]
    [InlineData("19911", 4)]
    [InlineData("1991-123", 7)]
    [InlineData("/", 0)]
    [InlineData("../..", 0)]
    [InlineData("../", 0)]
    [InlineData("/..", 0)]
    [InlineData("..", 0)]
    [InlineData("..1985", 0)]
    [InlineData("1985..", 4)]
    [InlineData("1985-04-12/...", 11)]
    [InlineData(" 1991", 0)]
    [InlineData("1991 ", 4)]
    [InlineData("1991 /1992", 4)]
    [InlineData("1991\t", 4)]
    [InlineData("1991\0", 4)]
    [InlineData("1991/1992/1993", 9)]
    [InlineData("1991-", 5)]
    [InlineData("1991-05-", 8)]
    [InlineData("1991-05-27T10:00:00", 10)]
    [InlineData("1991-05-27Z", 10)]
    [InlineData("199x", 3)]
    [InlineData("199u", 3)]
    [InlineData("1991??", 5)]
    [InlineData("1991?~", 5)]
    [InlineData("1991?x", 5)]
    [InlineData("abcd", 0)]
    [InlineData("+1991", 0)]
    [InlineData("--1991", 1)]
    [InlineData("Y", 1)]
    [InlineData("Y-", 2)]
    [InlineData("Y2001-05", 5)]
    [InlineData("2001-21-05", 7)]
    [InlineData("[1991..1994", 11)]
    [InlineData("[1991..1994]x", 12)]
    [InlineData("[]", 1)]
    [InlineData("[..]", 1)]
    [InlineData("[1991...1994]", 7)]
    [InlineData("[1991../1994]", 7)]
    [InlineData("[abc]", 1)]
    [InlineData("1991]", 4)]
    [InlineData("1991,1992", 4)]
    public void SyntaxErrors(string text, int index) =>
        Bad(text, EdtfErrorKind.Syntax).ErrorIndex.ShouldBe(index);

    [Theory]
    [InlineData(" 1991", "Leading whitespace")]
    [InlineData("1991 ", "Trailing whitespace")]
    [InlineData("19 91", "Whitespace")]
    [InlineData("19911", "'Y' prefix")]
    [InlineData("1991-5", "two digits")]
    [InlineData("1991-05-27T10:00", "Times of day")]
    [InlineData("199x", "uppercase 'X'")]
    public void SyntaxMessagesAreHelpful(string text, string fragment) =>
        Bad(text, EdtfErrorKind.Syntax).Message!.ShouldContain(fragment);

    [Theory]
    [InlineData("2004-06~-11")]
    [InlineData("2004?-06-11")]
    [InlineData("?2004-06")]
    [InlineData("~2004")]
    [InlineData("%2004-06-11")]
    [InlineData("{1667,1668}")]
    [InlineData("{1667..1668}")]
    [InlineData("[1667,1668]")]
    [InlineData("[1667,1668..1670]")]
    [InlineData("[1667]")]
    [InlineData("1950S2")]
    [InlineData("Y171010000S3")]
    [InlineData("Y-17E7")]
    [InlineData("Y17E8")]
    [InlineData("2001-25")]
    [InlineData("2001-41")]
    [InlineData("156X-12-25")]
    [InlineData("15XX-12-XX")]
    [InlineData("201X-XX")]
    [InlineData("1XXX")]
    [InlineData("XXXX")]
    [InlineData("1XXX-12")]
    [InlineData("19X5")]
    [InlineData("X991")]
    [InlineData("1985-XX-04")]
    [InlineData("1985-0X")]
    [InlineData("1985-04-1X")]
    [InlineData("1985-04-X1")]
    [InlineData("2004/2006-XX-04")]
    public void Level2IsReportedAsUnsupported(string text) =>
        Bad(text, EdtfErrorKind.UnsupportedLevel2).Message!.ShouldContain("level 2");

    [Theory]
    [InlineData("-199X")]
    [InlineData("-19XX")]
    [InlineData("9999-24")]
    public void OutOfRange(string text) => Bad(text, EdtfErrorKind.OutOfRange);

    [Fact]
    public void GetValueOrThrowThrowsFormatExceptionWithMessage()
    {
        var r = CaseDate.Parse("1991-13");
        var ex = Should.Throw<FormatException>(() => r.GetValueOrThrow());
        ex.Message.ShouldBe(r.Message);
    }

    [Fact]
    public void GarbageNeverThrowsAndIsFast()
    {
        var rng = new Random(1234);
        const string alphabet = "0123456789-/.?~%XY[]{},SE Tx\u2013\0";
        var sw = Stopwatch.StartNew();
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[rng.Next(0, 30)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = rng.Next(10) == 0 ? (char)rng.Next(0, 0x10000) : alphabet[rng.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var r = CaseDate.Parse(text);
            if (r.Success)
            {
                // Anything accepted must format to something that parses back to the same value.
                CaseDate.Parse(r.Value.ToEdtf()).Value.ShouldBe(r.Value);
            }
            else
            {
                r.Message.ShouldNotBeNullOrEmpty();
                r.ErrorIndex.ShouldBeInRange(0, text.Length);
            }
        }

        foreach (var huge in new[]
                 {
                     new string('1', 1_000_000),
                     new string('-', 1_000_000),
                     "1991" + new string('/', 500_000),
                     new string('[', 500_000) + "]",
                     new string('9', 999_999) + "\u2013",
                     "Y" + new string('9', 100),
                 })
        {
            var r = CaseDate.Parse(huge);
            r.Success.ShouldBeFalse();
            r.Message!.Length.ShouldBeLessThan(400);
        }

        sw.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }
}
