namespace ImrSearch.Search.Caching;

/// <summary>
/// What a searcher keeps between searches, for the commit it serves: result sets (per query, filters and sort),
/// query hit lists (per query, for refinements) and trends' monthly counts (per query and filters). All are bounded in
/// bytes (see <see cref="DecisionSearcherOptions"/>).
/// </summary>
internal sealed record ResultCaches(RecentResults<ResultSet> Results, RecentResults<QueryHits> QueryHits, RecentResults<Precedents.MonthlyOutcomes> Trends)
{
    /// <summary>Drops every entry of another commit than this one (after a refresh: old doc ids mean nothing).</summary>
    public void RetainOnly(long commit)
    {
        Results.RetainOnly(commit);
        QueryHits.RetainOnly(commit);
        Trends.RetainOnly(commit);
    }
}
