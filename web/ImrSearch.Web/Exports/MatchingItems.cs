using ImrSearch.Search;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Exports;

/// <summary>Every decided item a search matches, in page order, read as the export writes them (never all held at once).</summary>
public static class MatchingItems
{
    public static IEnumerable<SearchHit> All(SearchParameters parameters, ISearchCore search) =>
        search.SearchAll((parameters with { Page = 1, Size = SearchRequest.MaxPageSize }).ToRequest(facetTopN: 1));
}
