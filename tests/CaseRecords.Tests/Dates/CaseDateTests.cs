using NodaTime;
using Shouldly;
using static CaseRecords.Dates.Tests.TestHelpers;

namespace CaseRecords.Dates.Tests;

public class CaseDateTests
{
    private static readonly PartialDate Y1991 = PartialDate.FromYear(1991);
    private static readonly PartialDate Y1994 = PartialDate.FromYear(1994);

    [Fact]
    public void Moment()
    {
        var m = CaseDate.Moment(PartialDate.FromYearMonth(new YearMonth(1991, 5)));
        m.Kind.ShouldBe(CaseDateKind.Moment);
        m.Start.ShouldBe(m.End);
        (m.Earliest, m.Latest).ShouldBe((D("1991-05-01"), D("1991-05-31")));
        m.ToEdtf().ShouldBe("1991-05");
        m.ShouldBe(CaseDate.Parse("1991-05").Value);
    }

    [Fact]
    public void PeriodsAndWithinFormat()
    {
        CaseDate.Period(Y1991, Y1994).ToEdtf().ShouldBe("1991/1994");
        CaseDate.Period(Y1991, null, endKind: IntervalEndKind.Open).ToEdtf().ShouldBe("1991/..");
        CaseDate.Period(Y1991, null, endKind: IntervalEndKind.Unknown).ToEdtf().ShouldBe("1991/");
        CaseDate.Period(null, Y1994, IntervalEndKind.Unknown).ToEdtf().ShouldBe("/1994");
        CaseDate.Within(Y1991, Y1994).ToEdtf().ShouldBe("[1991..1994]");
        CaseDate.Within(null, Y1994, IntervalEndKind.Open).ToEdtf().ShouldBe("[..1994]");
        var w = CaseDate.Within(Y1991, Y1994);
        (w.Earliest, w.Latest).ShouldBe((D("1991-01-01"), D("1994-12-31")));
    }

    [Fact]
    public void ValueEquality()
    {
        CaseDate.Period(Y1991, Y1994).ShouldBe(CaseDate.Period(PartialDate.FromYear(1991), PartialDate.FromYear(1994)));
        CaseDate.Period(Y1991, Y1994).GetHashCode().ShouldBe(CaseDate.Parse("1991/1994").Value!.GetHashCode());
        CaseDate.Period(Y1991, Y1994).ShouldNotBe(CaseDate.Within(Y1991, Y1994));
        CaseDate.Period(Y1991, null, endKind: IntervalEndKind.Open).ShouldNotBe(CaseDate.Period(Y1991, null, endKind: IntervalEndKind.Unknown));
        CaseDate.Parse("1991").ShouldBe(CaseDate.Parse("1991"));
    }

    [Fact]
    public void Validation()
    {
        Should.Throw<ArgumentException>(() => CaseDate.Period(Y1994, Y1991));
        Should.Throw<ArgumentException>(() => CaseDate.Within(Y1994, Y1991));
        Should.Throw<ArgumentException>(() => CaseDate.Period(null, null, IntervalEndKind.Open, IntervalEndKind.Unknown));
        Should.Throw<ArgumentException>(() => CaseDate.Period(null, Y1994));
        Should.Throw<ArgumentException>(() => CaseDate.Period(Y1991, Y1994, endKind: IntervalEndKind.Open));
        Should.Throw<ArgumentException>(() => CaseDate.Within(null, Y1994, IntervalEndKind.Unknown));
        Should.Throw<ArgumentException>(() => CaseDate.Within(null, null, IntervalEndKind.Open, IntervalEndKind.Open));
        Should.Throw<ArgumentException>(() => CaseDate.Period(default(PartialDate), Y1994));
        Should.Throw<ArgumentException>(() => CaseDate.Moment(default));
        Should.Throw<ArgumentException>(() => CaseDate.Period(Y1991, Y1994, (IntervalEndKind)7));
        // Overlapping partial ends are not reversed.
        CaseDate.Period(PartialDate.FromYearMonth(new YearMonth(1991, 5)), Y1991).Precision.ShouldBe(DatePrecision.Year);
    }

    [Fact]
    public void TryParse()
    {
        CaseDate.TryParse("1991-05/..", out var d).ShouldBeTrue();
        d!.EndKind.ShouldBe(IntervalEndKind.Open);
        d.Latest.ShouldBeNull();
        CaseDate.TryParse("1991-05/1990", out d).ShouldBeFalse();
        d.ShouldBeNull();
    }

    [Theory]
    [InlineData("2016-08-21", "2016-08", true)]
    [InlineData("2017-06", "2017", true)]
    [InlineData("1992", "[1991..1994]", true)]
    [InlineData("1995-03", "199X", true)]
    [InlineData("2016-08", "2016-08-21", false)]
    [InlineData("2016-08-21", "2016-08-22", false)]
    [InlineData("2016-08-21", "2016-08-21", false)]
    [InlineData("2007", "2005/2009", false)]
    [InlineData("2005/2009", "2005/2009", false)]
    public void A_date_refines_another_when_it_says_the_same_more_precisely(string precise, string vague, bool refines) =>
        CaseDate.Parse(precise).Value!.Refines(CaseDate.Parse(vague).Value!).ShouldBe(refines);
}
