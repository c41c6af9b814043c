using System.Globalization;
using ImrSearch.Precedents;

namespace ImrSearch.Web.Precedents;

/// <summary>How rates and intervals read on the outcomes page, the chart and the CSV, spelled once.</summary>
public static class OutcomeFormat
{
    public const string TooFew = "too few to say";

    public static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Rate(OutcomeGroup group) => group.HasEnoughDecisions ? Percent(group.OverturnRate) : TooFew;

    public static string Interval(OutcomeGroup group) =>
        group.HasEnoughDecisions ? $"{Percent(group.Interval.Lower)} – {Percent(group.Interval.Upper)}" : "";

    public static string Value(string? value) => value ?? "(not stated)";
}
