using ImrSearch.Search.Caching;
using Lucene.Net.Search;

namespace ImrSearch.Search.Execution;

/// <summary>
/// The collectors of each <see cref="SearchSort"/>: relevance by score, the others by each item's position in the
/// commit's sort (<see cref="SortRanks"/>, the order <see cref="BrowseOrder"/> computes once per commit: newest decision
/// first, then case id, then item index; or case id, then item index; document order breaks any remaining tie).
/// </summary>
internal static class SearchSorts
{
    /// <summary>A collector for the hits up to a page, after the last hit of an earlier page when one is known.</summary>
    public static ITopDocsCollector CreateCollector(OpenedCommit commit, SearchSort sort, int numHits, ScoreDoc? after) =>
        commit.Browse.Ranks(sort) is { } ranks
            ? TopFieldCollector.Create(ranks.Sort, numHits, (FieldDoc?)after, true, true, false, true)
            : TopScoreDocCollector.Create(numHits, after, true);

    /// <summary>Merges hits collected per slice (in slice order, which is doc-id order) into one ranked list.</summary>
    public static TopDocs Merge(OpenedCommit commit, SearchSort sort, int numHits, TopDocs[] slices) =>
        slices.Length == 1 ? slices[0] : TopDocs.Merge(commit.Browse.Ranks(sort)?.Sort, numHits, slices);
}
