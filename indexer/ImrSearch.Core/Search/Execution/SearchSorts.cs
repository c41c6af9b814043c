using ImrSearch.Index;
using ImrSearch.Search.Caching;
using Lucene.Net.Search;

namespace ImrSearch.Search.Execution;

/// <summary>
/// The order of each <see cref="SearchSort"/> other than relevance, as Lucene sort fields (ties always fall to document
/// order), and the collectors that collect hits in it: those compare each item's position in the commit's sort
/// (<see cref="SortRanks"/>), which is this order computed once per commit.
/// </summary>
internal static class SearchSorts
{
    /// <summary>Newest decision first; within a date, by case id and item order.</summary>
    public static readonly Sort Newest = new(
        new SortField(IndexSchema.DecisionDateSort, SortFieldType.INT64, reverse: true),
        new SortField(IndexSchema.CaseId, SortFieldType.STRING),
        new SortField(IndexSchema.ItemIndex, SortFieldType.INT64));

    /// <summary>By case id, then the items in letter order.</summary>
    public static readonly Sort Case = new(
        new SortField(IndexSchema.CaseId, SortFieldType.STRING),
        new SortField(IndexSchema.ItemIndex, SortFieldType.INT64));

    /// <summary>A collector for the hits up to a page, after the last hit of an earlier page when one is known.</summary>
    public static ITopDocsCollector CreateCollector(OpenedCommit commit, SearchSort sort, int numHits, ScoreDoc? after) =>
        commit.Browse.Ranks(sort) is { } ranks
            ? TopFieldCollector.Create(ranks.Sort, numHits, (FieldDoc?)after, true, true, false, true)
            : TopScoreDocCollector.Create(numHits, after, true);

    /// <summary>Merges hits collected per slice (in slice order, which is doc-id order) into one ranked list.</summary>
    public static TopDocs Merge(OpenedCommit commit, SearchSort sort, int numHits, TopDocs[] slices) =>
        slices.Length == 1 ? slices[0] : TopDocs.Merge(commit.Browse.Ranks(sort)?.Sort, numHits, slices);
}
