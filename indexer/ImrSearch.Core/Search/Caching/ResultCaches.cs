namespace ImrSearch.Search.Caching;

/// <summary>
/// What a searcher keeps between searches, for the commit it serves: result sets (per query, filters and sort) and
/// query hit lists (per query, for refinements). Both are bounded in bytes (see <see cref="DecisionSearcherOptions"/>).
/// </summary>
internal sealed record ResultCaches(RecentResults<ResultSet> Results, RecentResults<QueryHits> QueryHits)
{
    /// <summary>Drops every entry of another commit than this one (after a refresh: old doc ids mean nothing).</summary>
    public void RetainOnly(long commit)
    {
        Results.RetainOnly(commit);
        QueryHits.RetainOnly(commit);
    }
}
