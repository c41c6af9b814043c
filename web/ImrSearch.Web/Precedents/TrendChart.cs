using System.Globalization;
using ImrSearch.Precedents;

namespace ImrSearch.Web.Precedents;

/// <summary>
/// The geometry of the trend chart, server-rendered as SVG: a bar per period for its decisions (left scale) and the
/// overturn rate as a line with its 95% Wilson interval as a band (right scale).
/// </summary>
public sealed record TrendChart(
    IReadOnlyList<TrendChartColumn> Columns,
    string RateLine,
    string Band,
    IReadOnlyList<(double Y, string Label)> RateTicks,
    IReadOnlyList<(double Y, string Label)> CountTicks,
    string Title,
    string Description)
{
    public const double Width = 760;
    public const double Height = 300;
    public const double Left = 56;
    public const double Right = 56;
    public const double Top = 16;
    public const double Bottom = 40;
    public const double PlotWidth = Width - Left - Right;
    public const double PlotHeight = Height - Top - Bottom;

    public static TrendChart Of(OutcomeTrend trend, string subject)
    {
        var buckets = trend.Buckets;
        var step = PlotWidth / Math.Max(1, buckets.Count);
        var maxCount = Math.Max(1, buckets.Max(b => b.Decisions));
        var countScale = NiceCeiling(maxCount);
        var dated = buckets.Where(b => b.Decisions > 0).ToList();
        var rateScale = Math.Min(1.0, NiceCeiling(Math.Max(0.05, dated.Count == 0 ? 0.05 : dated.Max(b => b.Interval.Upper)) * 100) / 100);
        double CountY(double count) => Top + PlotHeight - (count / countScale * PlotHeight);
        double RateY(double rate) => Top + PlotHeight - (Math.Min(rate, rateScale) / rateScale * PlotHeight);
        double Centre(int i) => Left + (step * i) + (step / 2);

        var labelEvery = Math.Max(1, (int)Math.Ceiling(buckets.Count / 12.0));
        var columns = buckets.Select((b, i) => new TrendChartColumn(
            b.Period,
            Left + (step * i) + (step * 0.15),
            CountY(b.Decisions),
            Math.Max(step * 0.7, 1),
            Top + PlotHeight - CountY(b.Decisions),
            Centre(i),
            i % labelEvery == 0,
            $"{b.Period}: {b.Decisions:N0} decisions" + (b.OverturnRate is { } rate
                ? $", {OutcomeFormat.Percent(rate)} overturned (95% interval {OutcomeFormat.Percent(b.Interval.Lower)} to {OutcomeFormat.Percent(b.Interval.Upper)})"
                : ""))).ToList();

        var points = buckets.Select((b, i) => (b, i)).Where(x => x.b.Decisions > 0).ToList();
        var line = string.Join(" ", points.Select(p => Point(Centre(p.i), RateY(p.b.OverturnRate!.Value))));
        var band = points.Count == 0 ? "" : string.Join(" ",
            points.Select(p => Point(Centre(p.i), RateY(p.b.Interval.Upper)))
                .Concat(points.AsEnumerable().Reverse().Select(p => Point(Centre(p.i), RateY(p.b.Interval.Lower)))));
        var rateTicks = Enumerable.Range(0, 5).Select(k => rateScale * k / 4).Select(r => (RateY(r), OutcomeFormat.Percent(r))).ToList();
        var countTicks = Enumerable.Range(0, 5).Select(k => countScale * k / 4.0).Select(c => (CountY(c), c.ToString("N0", CultureInfo.InvariantCulture))).ToList();

        var title = $"Decisions and overturn rate by {OutcomeTrend.Name(trend.Interval)}, {subject}";
        var first = buckets[0].Period;
        var last = buckets[^1].Period;
        var description = $"{buckets.Count} periods from {first} to {last}: bars give the decided items of each period (left scale), "
            + $"the line its overturn rate and the shaded band its 95% Wilson interval (right scale). The table beside gives every figure.";
        return new TrendChart(columns, line, band, rateTicks, countTicks, title, description);
    }

    /// <summary>1, 2 or 5 times a power of ten at or above the value, so the axis reads in round numbers.</summary>
    private static double NiceCeiling(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(value, 1e-9))));
        foreach (var factor in new[] { 1.0, 2.0, 2.5, 5.0, 10.0 })
        {
            if (factor * power >= value)
            {
                return factor * power;
            }
        }

        return 10 * power;
    }

    private static string Point(double x, double y) =>
        x.ToString("0.#", CultureInfo.InvariantCulture) + "," + y.ToString("0.#", CultureInfo.InvariantCulture);

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>One period's bar: position, size, whether its label is drawn, and what a screen reader hears.</summary>
public sealed record TrendChartColumn(string Period, double X, double Y, double Width, double Height, double Centre, bool Labelled, string Description);
