namespace ImrSearch.Precedents;

/// <summary>
/// How the items of one request were decided, month by month (year * 12 + month - 1): what a trend is rolled up from
/// at any interval, and what the searcher keeps of it (see <see cref="Search.DecisionSearcher"/>'s result caches).
/// </summary>
/// <param name="Undated">Matching items whose letter states no decision date.</param>
/// <param name="Warning">What the user is told about the query (read literally, a pattern cut short...), or null.</param>
internal sealed record MonthlyOutcomes(IReadOnlyDictionary<int, (long Upheld, long Overturned)> ByMonth, long Undated, string? Warning)
{
    /// <summary>About what it weighs in memory: a dictionary entry per month, and the warning's characters.</summary>
    public long Bytes => 128 + (ByMonth.Count * 48L) + ((Warning?.Length ?? 0) * 2L);
}
