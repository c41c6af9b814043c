namespace ImrSearch.Search;

/// <summary>How a <see cref="DecisionSearcher"/> trades memory for speed.</summary>
/// <param name="ResultCacheSize">
/// How many result sets (a query with its filters and sort: facet counts, first hits, paging cursors) are kept for
/// the current commit. Paging, changing page size, and returning to a list then cost only the page's highlighting.
/// 0 computes every request afresh: what a benchmark of first-time query latency needs.
/// </param>
/// <param name="MaxHitsPerPass">
/// The most hits one pass over the index collects. A page further from any known hit than this is reached in
/// several passes, each starting after the last hit of the previous one, so memory stays bounded however deep.
/// </param>
/// <param name="QueryHitsCacheSize">
/// How many hits, in all, the recent queries' hit lists may hold (a doc id and a score each, 8 bytes: the default is
/// 64 MB; each list also counts <see cref="QueryHits.EntryWeight"/> for itself). Choosing facet values or another sort
/// for a query already run then replays its hits instead of searching the index again. 0 keeps none.
/// </param>
public sealed record DecisionSearcherOptions(int ResultCacheSize = 512, int MaxHitsPerPass = 50_000, long QueryHitsCacheSize = 8_000_000)
{
    /// <summary>Indexes with fewer documents are searched on one thread (tests lower it to split small indexes).</summary>
    internal int MinDocsToSplitSearch { get; init; } = Facets.SlicedSearch.MinDocsToSplit;
}
