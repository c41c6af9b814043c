using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Search;

namespace ImrSearch.Web.Searching;

/// <summary>
/// How the matching decided items were decided: the precedent signal. Read from the decision facet, whose counts
/// ignore a decision filter (drill-sideways), so picking "Overturned" still shows how many were Upheld.
/// </summary>
public sealed record OutcomeSplit(long Upheld, long Overturned)
{
    public long Total => Upheld + Overturned;

    public double UpheldPercent => Total == 0 ? 0 : 100.0 * Upheld / Total;

    public double OverturnedPercent => Total == 0 ? 0 : 100.0 * Overturned / Total;

    public static OutcomeSplit From(SearchResponse response)
    {
        if (!response.Facets.TryGetValue(IndexSchema.Decision.Name, out var decisions))
        {
            return new OutcomeSplit(0, 0);
        }
        return new OutcomeSplit(Count(decisions, Decision.Upheld), Count(decisions, Decision.Overturned));
    }

    /// <summary>"90%": whole percentages, except "&lt;1%" so a rare outcome never reads as none.</summary>
    public static string FormatPercent(double percent) => percent switch
    {
        0 => "0%",
        < 1 => "<1%",
        > 99 and < 100 => ">99%",
        _ => Math.Round(percent, MidpointRounding.AwayFromZero).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%",
    };

    private static long Count(FacetResult facet, Decision decision) =>
        facet.Values.Where(v => string.Equals(v.Value, decision.ToString(), StringComparison.OrdinalIgnoreCase)).Sum(v => v.Count);
}
