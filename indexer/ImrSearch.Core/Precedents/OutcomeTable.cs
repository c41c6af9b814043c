using ImrSearch.Index;

namespace ImrSearch.Precedents;

/// <summary>
/// Decided items matching a search, grouped by one facet dimension (and optionally crossed with a second), with how
/// many were upheld and overturned in each group.
/// </summary>
/// <param name="Total">Decided items matching the request (each counted once, whatever its groups).</param>
/// <param name="Groups">One row per value (pair of values) that occurs; items without a value form a group whose value is null.</param>
/// <param name="Warning">Set when the query was malformed and ran literally.</param>
public sealed record OutcomeTable(
    FacetDimension GroupBy,
    FacetDimension? ThenBy,
    long Total,
    long Upheld,
    long Overturned,
    IReadOnlyList<OutcomeGroup> Groups,
    string? Warning)
{
    public double? OverturnRate => Total == 0 ? null : (double)Overturned / Total;
}

/// <summary>One group of an <see cref="OutcomeTable"/>.</summary>
/// <param name="Value">The group's value in the first dimension; null for items the letters give no value for.</param>
/// <param name="SecondValue">The value in the second dimension of a cross-tab; null when there is none or the item has no value.</param>
public sealed record OutcomeGroup(string? Value, string? SecondValue, long Count, long Upheld, long Overturned)
{
    /// <summary>
    /// Fewer decisions than this and a rate says more about chance than about how the item is decided: the group is
    /// shown as "too few to say" instead of a percentage.
    /// </summary>
    public const int MinimumForRate = 5;

    public bool HasEnoughDecisions => Count >= MinimumForRate;

    public double OverturnRate => Count == 0 ? 0 : (double)Overturned / Count;

    /// <summary>95% Wilson score interval of the overturn rate.</summary>
    public WilsonInterval Interval => WilsonInterval.Compute(Overturned, Count);
}

/// <summary>How the rows of an outcome table are ordered.</summary>
public enum OutcomeOrder
{
    /// <summary>Most decisions first.</summary>
    Count,

    /// <summary>Highest overturn rate first; groups too small to say come last.</summary>
    OverturnRate,

    /// <summary>Alphabetical by value.</summary>
    Value,
}
