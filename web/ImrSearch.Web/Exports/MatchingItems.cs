using ImrSearch.Search;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Exports;

/// <summary>Every decided item a search matches, fetched a page at a time so an export never holds them all.</summary>
public static class MatchingItems
{
    public static IEnumerable<SearchHit> All(SearchParameters parameters, IPrecedentSearch search)
    {
        var page = 1;
        while (page <= SearchParameters.MaxPage)
        {
            var response = search.Search((parameters with { Page = page, Size = SearchParameters.MaxSize }).ToRequest(facetTopN: 1));
            foreach (var hit in response.Hits)
            {
                yield return hit;
            }
            if (response.Hits.Count < SearchParameters.MaxSize || (long)page * SearchParameters.MaxSize >= response.Total)
            {
                yield break;
            }
            page++;
        }
    }
}
