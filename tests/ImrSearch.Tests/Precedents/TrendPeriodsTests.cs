using ImrSearch.Precedents;

namespace ImrSearch.Tests.Precedents;

public sealed class TrendPeriodsTests
{
    private static int Month(int year, int month) => (year * 12) + month - 1;

    [Theory]
    [InlineData(2016, 1, 2018, 12, TrendInterval.Month)]
    [InlineData(2016, 1, 2019, 1, TrendInterval.Quarter)]
    [InlineData(2013, 1, 2022, 12, TrendInterval.Quarter)]
    [InlineData(2013, 1, 2023, 1, TrendInterval.Year)]
    public void The_interval_follows_the_span_of_the_dates(int fromYear, int fromMonth, int toYear, int toMonth, TrendInterval expected)
    {
        Assert.Equal(expected, TrendPeriods.Choose(Month(fromYear, fromMonth), Month(toYear, toMonth)));
    }

    [Fact]
    public void Months_roll_up_into_quarters_without_gaps()
    {
        var byMonth = new Dictionary<int, (long, long)>
        {
            [Month(2016, 2)] = (3, 1),
            [Month(2016, 3)] = (1, 0),
            [Month(2016, 11)] = (0, 2),
        };

        var trend = TrendPeriods.Build(byMonth, undated: 4, TrendInterval.Quarter, warning: null);

        Assert.Equal(["2016-Q1", "2016-Q2", "2016-Q3", "2016-Q4"], trend.Buckets.Select(b => b.Period));
        Assert.Equal([5L, 0L, 0L, 2L], trend.Buckets.Select(b => b.Decisions));
        Assert.Equal(new DateOnly(2016, 10, 1), trend.Buckets[3].Start);
        Assert.Equal(0.2, trend.Buckets[0].OverturnRate);
        Assert.Null(trend.Buckets[1].OverturnRate);
        Assert.Equal(4, trend.Undated);
    }

    [Fact]
    public void Too_many_periods_are_refused()
    {
        var byMonth = new Dictionary<int, (long, long)> { [Month(1950, 1)] = (1, 0), [Month(2090, 1)] = (1, 0) };

        Assert.Throws<ImrSearch.Search.SearchRequestException>(() => TrendPeriods.Build(byMonth, 0, TrendInterval.Month, null));
        Assert.Equal(141, TrendPeriods.Build(byMonth, 0, null, null).Buckets.Count);
    }
}
