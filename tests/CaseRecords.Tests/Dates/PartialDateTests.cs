using NodaTime;
using Shouldly;
using static CaseRecords.Dates.Tests.TestHelpers;

namespace CaseRecords.Dates.Tests;

public class PartialDateTests
{
    [Fact]
    public void FactoriesSetComponentsAndBounds()
    {
        var day = PartialDate.FromDate(new LocalDate(1991, 5, 27), DateQualifier.Approximate);
        (day.Year, day.Month, day.Day, day.Precision, day.Qualifier).ShouldBe((1991, 5, 27, DatePrecision.Day, DateQualifier.Approximate));
        day.ToEdtf().ShouldBe("1991-05-27~");
        day.ToString().ShouldBe("1991-05-27~");
        day.ToLocalDate().ShouldBe(new LocalDate(1991, 5, 27));
        day.ToYearMonth().ShouldBe(new YearMonth(1991, 5));

        var month = PartialDate.FromYearMonth(new YearMonth(1991, 5));
        (month.Earliest, month.Latest).ShouldBe((D("1991-05-01"), D("1991-05-31")));
        month.ToLocalDate().ShouldBeNull();
        month.ToYearMonth().ShouldBe(new YearMonth(1991, 5));
        month.Day.ShouldBeNull();

        var year = PartialDate.FromYear(1991);
        year.ToYearMonth().ShouldBeNull();
        year.ToEdtf().ShouldBe("1991");

        var decade = PartialDate.FromDecade(1990, DateQualifier.Approximate);
        (decade.Earliest, decade.Latest, decade.ToEdtf()).ShouldBe((D("1990-01-01"), D("1999-12-31"), "199X~"));
        decade.IsUnspecifiedNotation.ShouldBeFalse();

        var century = PartialDate.FromCentury(1900);
        (century.Earliest, century.Latest, century.ToEdtf()).ShouldBe((D("1900-01-01"), D("1999-12-31"), "19XX"));

        var winter = PartialDate.FromSeason(2001, Season.Winter);
        (winter.Earliest, winter.Latest, winter.ToEdtf()).ShouldBe((D("2001-12-01"), D("2002-02-28"), "2001-24"));
        winter.Season.ShouldBe(Season.Winter);
        winter.Month.ShouldBeNull();
    }

    [Fact]
    public void ValueEquality()
    {
        PartialDate.FromYear(1991).ShouldBe(PartialDate.FromYear(1991));
        (PartialDate.FromYear(1991) == PartialDate.FromYear(1991)).ShouldBeTrue();
        PartialDate.FromYear(1991).GetHashCode().ShouldBe(PartialDate.FromYear(1991).GetHashCode());
        PartialDate.FromYear(1991).ShouldNotBe(PartialDate.FromYear(1991, DateQualifier.Uncertain));
        PartialDate.FromYear(1990).ShouldNotBe(PartialDate.FromDecade(1990));
        PartialDate.FromYear(1991).WithQualifier(DateQualifier.Uncertain).ShouldBe(PartialDate.FromYear(1991, DateQualifier.Uncertain));
    }

    [Fact]
    public void NonIsoDatesAreConverted()
    {
        var julian = new LocalDate(1991, 5, 14, CalendarSystem.Julian);
        PartialDate.FromDate(julian).ToEdtf().ShouldBe("1991-05-27");
        PartialDate.FromYear(1991).Contains(julian).ShouldBeTrue();
        Should.Throw<ArgumentException>(() => PartialDate.FromYearMonth(new YearMonth(1991, 5, CalendarSystem.Julian)));
    }

    [Fact]
    public void FactoryValidation()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.FromDecade(1991));
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.FromDecade(-1990));
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.FromCentury(1950));
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.FromYear(10000));
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.FromYear(-9999));
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.FromSeason(9999, Season.Winter));
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.FromSeason(2000, (Season)25));
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.FromYear(2000, (DateQualifier)4));
        PartialDate.FromSeason(9999, Season.Autumn).Latest.ShouldBe(D("9999-11-30"));
        PartialDate.FromCentury(9900).Latest.ShouldBe(D("9999-12-31"));
        PartialDate.FromYear(-9998).Earliest.ShouldBe(D("-9998-01-01"));
    }

    [Fact]
    public void UnspecifiedNotation()
    {
        var y = PartialDate.FromYear(1985);
        y.WithUnspecifiedNotation(DatePrecision.Month).ToEdtf().ShouldBe("1985-XX");
        y.WithUnspecifiedNotation(DatePrecision.Day).ToEdtf().ShouldBe("1985-XX-XX");
        y.WithUnspecifiedNotation(DatePrecision.Day).WithUnspecifiedNotation(DatePrecision.Year).ShouldBe(y);
        var m = PartialDate.FromYearMonth(new YearMonth(1985, 4), DateQualifier.Uncertain).WithUnspecifiedNotation(DatePrecision.Day);
        m.ToEdtf().ShouldBe("1985-04-XX?");
        m.IsUnspecifiedNotation.ShouldBeTrue();
        (m.Earliest, m.Latest).ShouldBe((D("1985-04-01"), D("1985-04-30")));
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.FromDecade(1990).WithUnspecifiedNotation(DatePrecision.Year));
        Should.Throw<ArgumentOutOfRangeException>(() => m.WithUnspecifiedNotation(DatePrecision.Year));
        Should.Throw<ArgumentOutOfRangeException>(() => PartialDate.FromSeason(1985, Season.Spring).WithUnspecifiedNotation(DatePrecision.Day));
    }

    [Theory]
    [InlineData("1991-05", "1991-04-30", false)]
    [InlineData("1991-05", "1991-05-01", true)]
    [InlineData("1991-05", "1991-05-31", true)]
    [InlineData("1991-05", "1991-06-01", false)]
    [InlineData("2001-24", "2002-02-28", true)]
    [InlineData("2001-24", "2001-11-30", false)]
    [InlineData("199X", "1999-12-31", true)]
    [InlineData("199X", "2000-01-01", false)]
    [InlineData("19XX~", "1900-01-01", true)]
    public void Contains(string text, string date, bool expected) =>
        Ok(text).Start!.Value.Contains(D(date)).ShouldBe(expected);
}
