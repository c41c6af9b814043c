using ImrSearch.Search.Caching;
using ImrSearch.Search.Execution;

namespace ImrSearch.Search;

/// <summary>How a <see cref="DecisionSearcher"/> trades memory for speed, and how much one request may cost.</summary>
/// <param name="ResultCacheSize">
/// How many result sets (a query with its filters and sort: facet counts, first hits, paging cursors, pages already
/// highlighted) are kept for the current commit, at most; <see cref="ResultCacheBytes"/> bounds them too. Paging,
/// changing page size, and returning to a list then cost only the page's highlighting. As many trends' monthly counts
/// are kept beside them. 0 computes every request afresh: what a benchmark of first-time query latency needs.
/// </param>
/// <param name="MaxHitsPerPass">
/// The most hits one pass over the index collects. A page further from any known hit than this is reached in
/// several passes, each starting after the last hit of the previous one, so memory stays bounded however deep.
/// </param>
/// <param name="QueryHitsCacheBytes">
/// How many bytes the recent queries' hit lists may take in all (a doc id and a score per hit, 8 bytes, plus
/// <see cref="QueryHits.EntryBytes"/> and the rewritten query for each list). Choosing facet values or another sort
/// for a query already run then replays its hits instead of searching the index again. 0 keeps none.
/// </param>
public sealed record DecisionSearcherOptions(int ResultCacheSize = 512, int MaxHitsPerPass = 50_000, long QueryHitsCacheBytes = 64L << 20)
{
    /// <summary>How many bytes the result sets may take in all (each weighed by <see cref="ResultSet.Bytes"/>).</summary>
    public long ResultCacheBytes { get; init; } = 128L << 20;

    /// <summary>
    /// How long one search (or one pass of an export, or one analysis) may run before it is stopped with
    /// <see cref="SearchTimeoutException"/>; <see cref="Timeout.InfiniteTimeSpan"/> for no limit.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Whether <c>/regular expressions/</c> are searched as such (bounded by <c>QueryLimits</c>); off, they are searched as words.</summary>
    public bool AllowRegularExpressions { get; init; }

    /// <summary>
    /// How many searches' counting passes over the index (and trends') run at once (default: one a processor); more
    /// wait their turn in the order they came, within their <see cref="TimeBudget"/> (see <see cref="PassAdmission"/>).
    /// Replays of a query's recorded hits, cached pages, pages after a cursor, export passes and the precedent analyses
    /// do not wait.
    /// </summary>
    public int PassesAtOnce { get; init; } = Environment.ProcessorCount;

    /// <summary>Indexes with fewer documents are searched on one thread (tests lower it to split small indexes).</summary>
    internal int MinDocsToSplitSearch { get; init; } = SlicedSearch.MinDocsToSplit;
}
