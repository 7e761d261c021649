using Shouldly;
using static CaseRecords.Dates.Tests.TestHelpers;

namespace CaseRecords.Dates.Tests;

/// <summary>The Library of Congress EDTF level 0 and level 1 examples.</summary>
public class Level0And1Tests
{
    [Theory]
    // Level 0: dates
    [InlineData("1985-04-12", DatePrecision.Day, "1985-04-12", "1985-04-12")]
    [InlineData("1985-04", DatePrecision.Month, "1985-04-01", "1985-04-30")]
    [InlineData("1985", DatePrecision.Year, "1985-01-01", "1985-12-31")]
    [InlineData("0000", DatePrecision.Year, "0000-01-01", "0000-12-31")]
    [InlineData("2000-02-29", DatePrecision.Day, "2000-02-29", "2000-02-29")]
    [InlineData("1991-02", DatePrecision.Month, "1991-02-01", "1991-02-28")]
    [InlineData("1992-02", DatePrecision.Month, "1992-02-01", "1992-02-29")]
    // Level 1: negative years
    [InlineData("-1985", DatePrecision.Year, "-1985-01-01", "-1985-12-31")]
    [InlineData("-0044-03-15", DatePrecision.Day, "-0044-03-15", "-0044-03-15")]
    [InlineData("-9998", DatePrecision.Year, "-9998-01-01", "-9998-12-31")]
    [InlineData("9999-12-31", DatePrecision.Day, "9999-12-31", "9999-12-31")]
    // Level 1: seasons
    [InlineData("2001-21", DatePrecision.Season, "2001-03-01", "2001-05-31")]
    [InlineData("2001-22", DatePrecision.Season, "2001-06-01", "2001-08-31")]
    [InlineData("2001-23", DatePrecision.Season, "2001-09-01", "2001-11-30")]
    [InlineData("2001-24", DatePrecision.Season, "2001-12-01", "2002-02-28")]
    [InlineData("2003-24", DatePrecision.Season, "2003-12-01", "2004-02-29")]
    // Level 1: qualifiers keep nominal bounds
    [InlineData("1984?", DatePrecision.Year, "1984-01-01", "1984-12-31")]
    [InlineData("2004-06~", DatePrecision.Month, "2004-06-01", "2004-06-30")]
    [InlineData("2004-06-11%", DatePrecision.Day, "2004-06-11", "2004-06-11")]
    [InlineData("2001-21~", DatePrecision.Season, "2001-03-01", "2001-05-31")]
    // Level 1: unspecified digits
    [InlineData("201X", DatePrecision.Decade, "2010-01-01", "2019-12-31")]
    [InlineData("199X~", DatePrecision.Decade, "1990-01-01", "1999-12-31")]
    [InlineData("20XX", DatePrecision.Century, "2000-01-01", "2099-12-31")]
    [InlineData("19XX?", DatePrecision.Century, "1900-01-01", "1999-12-31")]
    [InlineData("000X", DatePrecision.Decade, "0000-01-01", "0009-12-31")]
    [InlineData("999X", DatePrecision.Decade, "9990-01-01", "9999-12-31")]
    [InlineData("99XX", DatePrecision.Century, "9900-01-01", "9999-12-31")]
    [InlineData("2004-XX", DatePrecision.Year, "2004-01-01", "2004-12-31")]
    [InlineData("1985-04-XX", DatePrecision.Month, "1985-04-01", "1985-04-30")]
    [InlineData("1985-XX-XX", DatePrecision.Year, "1985-01-01", "1985-12-31")]
    [InlineData("1985-XX-XX~", DatePrecision.Year, "1985-01-01", "1985-12-31")]
    public void Moments(string text, DatePrecision precision, string earliest, string latest)
    {
        var value = Ok(text);
        value.Kind.ShouldBe(CaseDateKind.Moment);
        value.IsPeriod.ShouldBeFalse();
        value.Start.ShouldBe(value.End);
        value.StartKind.ShouldBe(IntervalEndKind.Known);
        value.EndKind.ShouldBe(IntervalEndKind.Known);
        value.Precision.ShouldBe(precision);
        value.Start!.Value.Precision.ShouldBe(precision);
        value.Earliest.ShouldBe(D(earliest));
        value.Latest.ShouldBe(D(latest));
    }

    [Theory]
    [InlineData("1985?", DateQualifier.Uncertain)]
    [InlineData("1985~", DateQualifier.Approximate)]
    [InlineData("1985%", DateQualifier.Uncertain | DateQualifier.Approximate)]
    [InlineData("1985", DateQualifier.None)]
    public void Qualifiers(string text, DateQualifier qualifier) =>
        Ok(text).Start!.Value.Qualifier.ShouldBe(qualifier);

    [Theory]
    [InlineData("2004-XX", DatePrecision.Month, true)]
    [InlineData("1985-XX-XX", DatePrecision.Day, true)]
    [InlineData("1985-04-XX", DatePrecision.Day, true)]
    [InlineData("201X", DatePrecision.Decade, false)]
    [InlineData("20XX", DatePrecision.Century, false)]
    [InlineData("1985-04", DatePrecision.Month, false)]
    public void UnspecifiedNotation(string text, DatePrecision notation, bool isUnspecified)
    {
        var date = Ok(text).Start!.Value;
        date.NotationPrecision.ShouldBe(notation);
        date.IsUnspecifiedNotation.ShouldBe(isUnspecified);
    }

    [Fact]
    public void UnspecifiedNotationIsPartOfEquality()
    {
        Ok("1985-04-XX").ShouldNotBe(Ok("1985-04"));
        Ok("1985-XX-XX").ShouldNotBe(Ok("1985-XX"));
        Ok("1985-04-XX").Start!.Value.Earliest.ShouldBe(Ok("1985-04").Start!.Value.Earliest);
    }

    [Fact]
    public void Components()
    {
        var d = Ok("1985-04-12~").Start!.Value;
        (d.Year, d.Month, d.Day, d.Season).ShouldBe((1985, 4, 12, (Season?)null));
        var s = Ok("2001-24").Start!.Value;
        (s.Year, s.Month, s.Day, s.Season).ShouldBe((2001, (int?)null, (int?)null, Season.Winter));
        var dec = Ok("199X").Start!.Value;
        (dec.Year, dec.Month).ShouldBe((1990, (int?)null));
        Ok("19XX").Start!.Value.Year.ShouldBe(1900);
    }

    [Theory]
    // Level 0 intervals
    [InlineData("1964/2008", "1964-01-01", "2008-12-31", DatePrecision.Year)]
    [InlineData("2004-06/2006-08", "2004-06-01", "2006-08-31", DatePrecision.Month)]
    [InlineData("2004-02-01/2005-02-08", "2004-02-01", "2005-02-08", DatePrecision.Day)]
    [InlineData("2004-02-01/2005-02", "2004-02-01", "2005-02-28", DatePrecision.Month)]
    [InlineData("2004-02-01/2005", "2004-02-01", "2005-12-31", DatePrecision.Year)]
    [InlineData("2005/2006-02", "2005-01-01", "2006-02-28", DatePrecision.Year)]
    // Level 1 intervals with qualifiers
    [InlineData("1984~/2004-06", "1984-01-01", "2004-06-30", DatePrecision.Year)]
    [InlineData("1984/2004-06~", "1984-01-01", "2004-06-30", DatePrecision.Year)]
    [InlineData("1984?/2004%", "1984-01-01", "2004-12-31", DatePrecision.Year)]
    [InlineData("1984-06-02?/2004-08-08~", "1984-06-02", "2004-08-08", DatePrecision.Day)]
    [InlineData("2004-06-02/2004-06-02", "2004-06-02", "2004-06-02", DatePrecision.Day)]
    [InlineData("1991/1991-05", "1991-01-01", "1991-05-31", DatePrecision.Year)]
    [InlineData("-1985/-1980", "-1985-01-01", "-1980-12-31", DatePrecision.Year)]
    [InlineData("199X/2001-21", "1990-01-01", "2001-05-31", DatePrecision.Decade)]
    [InlineData("2001-24/2002-03", "2001-12-01", "2002-03-31", DatePrecision.Season)]
    // Level 1 extended interval ends
    [InlineData("1985-04-12/..", "1985-04-12", null, DatePrecision.Day)]
    [InlineData("../1985-04-12", null, "1985-04-12", DatePrecision.Day)]
    [InlineData("1985-04-12/", "1985-04-12", null, DatePrecision.Day)]
    [InlineData("/1985-04-12", null, "1985-04-12", DatePrecision.Day)]
    [InlineData("1985-04/..", "1985-04-01", null, DatePrecision.Month)]
    [InlineData("../1985-04", null, "1985-04-30", DatePrecision.Month)]
    [InlineData("1985/", "1985-01-01", null, DatePrecision.Year)]
    [InlineData("/1985", null, "1985-12-31", DatePrecision.Year)]
    [InlineData("1985/..", "1985-01-01", null, DatePrecision.Year)]
    [InlineData("../1985", null, "1985-12-31", DatePrecision.Year)]
    [InlineData("1985-04-12~/..", "1985-04-12", null, DatePrecision.Day)]
    public void Periods(string text, string? earliest, string? latest, DatePrecision precision)
    {
        var value = Ok(text);
        value.Kind.ShouldBe(CaseDateKind.Period);
        value.IsPeriod.ShouldBeTrue();
        value.Earliest.ShouldBe(Dn(earliest));
        value.Latest.ShouldBe(Dn(latest));
        value.Precision.ShouldBe(precision);
    }

    [Theory]
    [InlineData("1985/..", IntervalEndKind.Known, IntervalEndKind.Open)]
    [InlineData("../1985", IntervalEndKind.Open, IntervalEndKind.Known)]
    [InlineData("1985/", IntervalEndKind.Known, IntervalEndKind.Unknown)]
    [InlineData("/1985", IntervalEndKind.Unknown, IntervalEndKind.Known)]
    [InlineData("1985/1986", IntervalEndKind.Known, IntervalEndKind.Known)]
    [InlineData("[..1985]", IntervalEndKind.Open, IntervalEndKind.Known)]
    [InlineData("[1985..]", IntervalEndKind.Known, IntervalEndKind.Open)]
    public void EndKinds(string text, IntervalEndKind start, IntervalEndKind end)
    {
        var value = Ok(text);
        value.StartKind.ShouldBe(start);
        value.EndKind.ShouldBe(end);
        value.Start.HasValue.ShouldBe(start == IntervalEndKind.Known);
        value.End.HasValue.ShouldBe(end == IntervalEndKind.Known);
    }

    [Theory]
    [InlineData("Y-17000002")]
    [InlineData("Y170000002")]
    [InlineData("Y10000")]
    [InlineData("Y-9999")]
    [InlineData("Y99999999999999999999999999999999")]
    [InlineData("-9999")]
    [InlineData("Y-17000002/2000")]
    public void LongYearsOutsideNodaTimeRangeAreOutOfRange(string text) =>
        Bad(text, EdtfErrorKind.OutOfRange);

    [Theory]
    [InlineData("Y2001", 2001, "2001")]
    [InlineData("Y-0044", -44, "-0044")]
    [InlineData("Y09999?", 9999, "9999?")]
    public void LongYearsWithinRangeAreAcceptedAndFormattedCanonically(string text, int year, string canonical)
    {
        var value = CaseDate.Parse(text).GetValueOrThrow();
        value.Start!.Value.Year.ShouldBe(year);
        value.Precision.ShouldBe(DatePrecision.Year);
        value.ToEdtf().ShouldBe(canonical);
    }

    [Theory]
    [InlineData("[1991..1994]", "1991-01-01", "1994-12-31", DatePrecision.Year)]
    [InlineData("[1991-05..1991-07]", "1991-05-01", "1991-07-31", DatePrecision.Month)]
    [InlineData("[1991-05-03..1991-07]", "1991-05-03", "1991-07-31", DatePrecision.Month)]
    [InlineData("[..1994]", null, "1994-12-31", DatePrecision.Year)]
    [InlineData("[1991..]", "1991-01-01", null, DatePrecision.Year)]
    [InlineData("[199X..2001~]", "1990-01-01", "2001-12-31", DatePrecision.Decade)]
    [InlineData("[1991..1991]", "1991-01-01", "1991-12-31", DatePrecision.Year)]
    public void WithinRanges(string text, string? earliest, string? latest, DatePrecision precision)
    {
        var value = Ok(text);
        value.Kind.ShouldBe(CaseDateKind.Within);
        value.IsPeriod.ShouldBeFalse();
        value.Earliest.ShouldBe(Dn(earliest));
        value.Latest.ShouldBe(Dn(latest));
        value.Precision.ShouldBe(precision);
    }
}
