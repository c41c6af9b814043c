using System.Globalization;

namespace ImrSearch.Precedents;

/// <summary>The length of a trend's periods.</summary>
public enum TrendInterval
{
    Month,
    Quarter,
    Year,
}

/// <summary>
/// How the decided items of a search were decided, period by period of their decision date: decisions, upheld,
/// overturned, and the overturn rate with its 95% Wilson interval. Periods run without gaps from the first with a
/// decision to the last.
/// </summary>
/// <param name="Undated">Matching items whose letter states no decision date (in no period).</param>
public sealed record OutcomeTrend(TrendInterval Interval, IReadOnlyList<TrendBucket> Buckets, long Undated, string? Warning)
{
    /// <summary>More periods than this and a chart is no longer readable: choose a longer interval.</summary>
    public const int MaxBuckets = 400;

    public long Decisions => Buckets.Sum(b => b.Decisions);

    public static string Name(TrendInterval interval) => interval.ToString().ToLowerInvariant();
}

/// <summary>One period of an <see cref="OutcomeTrend"/>.</summary>
/// <param name="Period">"2016-07" (month), "2016-Q3" (quarter) or "2016" (year).</param>
/// <param name="Start">The period's first day.</param>
public sealed record TrendBucket(string Period, DateOnly Start, long Upheld, long Overturned)
{
    public long Decisions => Upheld + Overturned;

    /// <summary>The overturn rate, or null for a period without decisions.</summary>
    public double? OverturnRate => Decisions == 0 ? null : (double)Overturned / Decisions;

    /// <summary>95% Wilson score interval of the overturn rate (0 to 1 for a period without decisions).</summary>
    public WilsonInterval Interval => WilsonInterval.Compute(Overturned, Decisions);

    /// <summary>The period of a month index (year * 12 + month - 1) at an interval.</summary>
    internal static (string Period, DateOnly Start) PeriodOf(int month, TrendInterval interval)
    {
        var year = month / 12;
        var monthOfYear = (month % 12) + 1;
        return interval switch
        {
            TrendInterval.Month => ($"{year:D4}-{monthOfYear:D2}", new DateOnly(year, monthOfYear, 1)),
            TrendInterval.Quarter => ($"{year:D4}-Q{((monthOfYear - 1) / 3) + 1}", new DateOnly(year, (((monthOfYear - 1) / 3) * 3) + 1, 1)),
            _ => (year.ToString("D4", CultureInfo.InvariantCulture), new DateOnly(year, 1, 1)),
        };
    }
}

/// <summary>Monthly counts rolled up into the periods of a trend.</summary>
internal static class TrendPeriods
{
    /// <summary>Up to this many months shown month by month, up to <see cref="QuarterlyUpTo"/> by quarter, else by year.</summary>
    public const int MonthlyUpTo = 36;
    public const int QuarterlyUpTo = 120;

    public static TrendInterval Choose(int firstMonth, int lastMonth) => (lastMonth - firstMonth + 1) switch
    {
        <= MonthlyUpTo => TrendInterval.Month,
        <= QuarterlyUpTo => TrendInterval.Quarter,
        _ => TrendInterval.Year,
    };

    /// <exception cref="Search.SearchRequestException">The periods would be more than <see cref="OutcomeTrend.MaxBuckets"/>.</exception>
    public static OutcomeTrend Build(IReadOnlyDictionary<int, (long Upheld, long Overturned)> byMonth, long undated, TrendInterval? interval, string? warning)
    {
        if (byMonth.Count == 0)
        {
            return new OutcomeTrend(interval ?? TrendInterval.Year, [], undated, warning);
        }

        var first = byMonth.Keys.Min();
        var last = byMonth.Keys.Max();
        var chosen = interval ?? Choose(first, last);
        var buckets = new List<TrendBucket>();
        for (var month = first; month <= last; month++)
        {
            var (period, start) = TrendBucket.PeriodOf(month, chosen);
            var (upheld, overturned) = byMonth.GetValueOrDefault(month);
            if (buckets.Count > 0 && buckets[^1].Period == period)
            {
                buckets[^1] = buckets[^1] with { Upheld = buckets[^1].Upheld + upheld, Overturned = buckets[^1].Overturned + overturned };
                continue;
            }

            if (buckets.Count == OutcomeTrend.MaxBuckets)
            {
                throw new Search.SearchRequestException(
                    $"By {OutcomeTrend.Name(chosen)} these decisions span more than {OutcomeTrend.MaxBuckets} periods; choose a longer interval or a date range.");
            }

            buckets.Add(new TrendBucket(period, start, upheld, overturned));
        }

        return new OutcomeTrend(chosen, buckets, undated, warning);
    }
}
