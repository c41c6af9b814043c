using ImrSearch.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Execution;

/// <summary>The Lucene sort for each <see cref="SearchSort"/> other than relevance; ties always fall to document order.</summary>
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
    public static ITopDocsCollector CreateCollector(SearchSort sort, int numHits, ScoreDoc? after) => sort switch
    {
        SearchSort.Newest => TopFieldCollector.Create(Newest, numHits, (FieldDoc?)after, true, true, false, true),
        SearchSort.Case => TopFieldCollector.Create(Case, numHits, (FieldDoc?)after, true, true, false, true),
        _ => TopScoreDocCollector.Create(numHits, after, true),
    };

    /// <summary>Merges hits collected per slice (in slice order, which is doc-id order) into one ranked list.</summary>
    public static TopDocs Merge(SearchSort sort, int numHits, TopDocs[] slices) =>
        slices.Length == 1
            ? slices[0]
            : TopDocs.Merge(sort switch { SearchSort.Newest => Newest, SearchSort.Case => Case, _ => null }, numHits, slices);
}
