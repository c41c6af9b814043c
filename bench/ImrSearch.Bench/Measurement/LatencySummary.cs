namespace ImrSearch.Bench.Measurement;

/// <summary>Latency percentiles of a set of timed operations, in milliseconds.</summary>
internal sealed record LatencySummary(int Count, double P50Ms, double P95Ms, double P99Ms, double MeanMs, double MaxMs)
{
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(
            sorted.Length,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            Percentile(sorted, 0.99),
            sorted.Average(),
            sorted[^1]);
    }

    /// <summary>Nearest-rank percentile: the smallest sample at or above the given share of all samples.</summary>
    public static double Percentile(double[] sorted, double share)
    {
        var rank = (int)Math.Ceiling(share * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
