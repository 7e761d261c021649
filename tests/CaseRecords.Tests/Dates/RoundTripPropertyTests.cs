using NodaTime;
using Shouldly;

namespace CaseRecords.Dates.Tests;

/// <summary>Property-style: every generated valid date survives ToEdtf -> Parse unchanged.</summary>
public class RoundTripPropertyTests
{
    private static readonly DateQualifier[] Qualifiers =
        [DateQualifier.None, DateQualifier.Uncertain, DateQualifier.Approximate, DateQualifier.Uncertain | DateQualifier.Approximate];

    private static IEnumerable<PartialDate> Generate()
    {
        int[] years = [-9998, -2001, -44, -1, 0, 1, 99, 1066, 1582, 1600, 1700, 1900, 1999, 2000, 2004, 2024, 9998, 9999];
        foreach (var q in Qualifiers)
        {
            foreach (var y in years)
            {
                var year = PartialDate.FromYear(y, q);
                yield return year;
                yield return year.WithUnspecifiedNotation(DatePrecision.Month);
                yield return year.WithUnspecifiedNotation(DatePrecision.Day);
                foreach (var season in new[] { Season.Spring, Season.Summer, Season.Autumn, Season.Winter })
                {
                    if (y < 9999 || season != Season.Winter)
                    {
                        yield return PartialDate.FromSeason(y, season, q);
                    }
                }

                for (int m = 1; m <= 12; m++)
                {
                    var month = PartialDate.FromYearMonth(new YearMonth(y, m), q);
                    yield return month;
                    yield return month.WithUnspecifiedNotation(DatePrecision.Day);
                    int days = CalendarSystem.Iso.GetDaysInMonth(y, m);
                    for (int d = 1; d <= days; d++)
                    {
                        yield return PartialDate.FromDate(new LocalDate(y, m, d), q);
                    }
                }
            }

            for (int first = 0; first <= 9990; first += 370)
            {
                yield return PartialDate.FromDecade(first / 10 * 10, q);
                yield return PartialDate.FromCentury(first / 100 * 100, q);
            }

            yield return PartialDate.FromDecade(9990, q);
            yield return PartialDate.FromCentury(9900, q);
        }
    }

    [Fact]
    public void MomentsRoundTrip()
    {
        int count = 0;
        foreach (var date in Generate())
        {
            var text = date.ToEdtf();
            var parsed = CaseDate.Parse(text);
            parsed.Success.ShouldBeTrue($"{text}: {parsed.Message}");
            parsed.Value.ShouldBe(CaseDate.Moment(date), text);
            parsed.Value.Start.ShouldBe(date);
            parsed.Value.ToEdtf().ShouldBe(text);
            parsed.Value.Earliest.ShouldBe(date.Earliest);
            parsed.Value.Latest.ShouldBe(date.Latest);
            date.Contains(date.Earliest).ShouldBeTrue();
            date.Contains(date.Latest).ShouldBeTrue();
            (date.Earliest <= date.Latest).ShouldBeTrue();
            count++;
        }

        count.ShouldBeGreaterThan(25_000);
    }

    [Fact]
    public void IntervalsRoundTrip()
    {
        var rng = new Random(42);
        var pool = Generate().Where((_, i) => i % 7 == 0).ToArray();
        for (int n = 0; n < 5_000; n++)
        {
            var a = pool[rng.Next(pool.Length)];
            var b = pool[rng.Next(pool.Length)];
            if (a.Earliest > b.Latest)
            {
                (a, b) = (b, a);
            }

            var kinds = new[] { IntervalEndKind.Known, IntervalEndKind.Open, IntervalEndKind.Unknown };
            var sk = n % 5 == 0 ? kinds[rng.Next(3)] : IntervalEndKind.Known;
            var ek = sk == IntervalEndKind.Known && n % 3 == 0 ? kinds[rng.Next(3)] : IntervalEndKind.Known;
            var period = CaseDate.Period(sk == IntervalEndKind.Known ? a : null, ek == IntervalEndKind.Known ? b : null, sk, ek);
            CaseDate.Parse(period.ToEdtf()).Value.ShouldBe(period, period.ToEdtf());

            var wk = sk == IntervalEndKind.Unknown ? IntervalEndKind.Open : sk;
            var within = CaseDate.Within(wk == IntervalEndKind.Known ? a : null, b, wk);
            CaseDate.Parse(within.ToEdtf()).Value.ShouldBe(within, within.ToEdtf());
        }
    }
}
