using System.Globalization;
using ImrSearch.Precedents;

namespace ImrSearch.Web.Precedents;

/// <summary>
/// The geometry of the outcomes chart: one horizontal bar per group (its overturn rate) with its 95% interval as a
/// whisker, server-rendered as SVG. Groups too small to say are listed without a bar.
/// </summary>
public sealed record OutcomeChart(IReadOnlyList<OutcomeChartRow> Rows, int Height, string Description)
{
    public const int MaxRows = 25;
    public const int Width = 780;
    public const int LabelWidth = 220;
    public const int RowHeight = 22;
    public const int PlotWidth = 380;

    /// <summary>Where each row's figures start, right of the plot.</summary>
    public const int ValueX = LabelWidth + PlotWidth + 12;

    public static OutcomeChart Of(OutcomeTable table, IReadOnlyList<OutcomeGroup> ordered)
    {
        var rows = ordered.Take(MaxRows).Select((group, i) => new OutcomeChartRow(
            Label(group),
            group.HasEnoughDecisions,
            (i * RowHeight) + 20,
            X(group.HasEnoughDecisions ? group.OverturnRate : 0) - LabelWidth,
            X(group.Interval.Lower),
            X(group.Interval.Upper),
            group.HasEnoughDecisions ? $"{OutcomeFormat.Percent(group.OverturnRate)} of {group.Count:N0}" : $"{group.Count:N0}: {OutcomeFormat.TooFew}")).ToList();
        var shown = ordered.Count > MaxRows ? $"the first {MaxRows} of {ordered.Count} groups" : $"{ordered.Count} groups";
        var description = $"Overturn rate by {table.GroupBy.Label.ToLowerInvariant()}"
            + (table.ThenBy is null ? "" : $" and {table.ThenBy.Label.ToLowerInvariant()}")
            + $", {shown}, with 95% Wilson intervals. The table below gives every figure.";
        return new OutcomeChart(rows, (rows.Count * RowHeight) + 30, description);
    }

    public static string Label(OutcomeGroup group) =>
        OutcomeFormat.Value(group.Value) + (group.SecondValue is null ? "" : " · " + group.SecondValue);

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static double X(double rate) => LabelWidth + (Math.Clamp(rate, 0, 1) * PlotWidth);
}

/// <param name="BarWidth">Width of the rate bar, starting at <see cref="OutcomeChart.LabelWidth"/>.</param>
/// <param name="Low">x of the interval's lower end.</param>
/// <param name="High">x of the interval's upper end.</param>
public sealed record OutcomeChartRow(string Label, bool HasRate, int Y, double BarWidth, double Low, double High, string Caption);
