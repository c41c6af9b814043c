namespace ImrSearch.Search.Caching;

/// <summary>
/// What a searcher keeps between searches, for the commit it serves: result sets (per query, filters and sort),
/// query hit lists (per query, for refinements) and trends' monthly counts (per query and filters). All are bounded in
/// bytes (see <see cref="DecisionSearcherOptions"/>). With them, the passes running now that will record a query's hits
/// (<see cref="Recording"/>), so that a refinement waits for its query's pass rather than repeating it.
/// </summary>
internal sealed record ResultCaches(RecentResults<ResultSet> Results, RecentResults<QueryHits> QueryHits, RecentResults<Precedents.MonthlyOutcomes> Trends)
{
    public RecordingPasses Recording { get; } = new();

    /// <summary>Drops every entry of another commit than this one (after a refresh: old doc ids mean nothing).</summary>
    public void RetainOnly(long commit)
    {
        Results.RetainOnly(commit);
        QueryHits.RetainOnly(commit);
        Trends.RetainOnly(commit);
    }
}
