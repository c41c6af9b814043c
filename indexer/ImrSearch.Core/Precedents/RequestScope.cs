using ImrSearch.Search;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Execution;
using ImrSearch.Search.Facets;
using ImrSearch.Search.Querying;
using Lucene.Net.Search;

namespace ImrSearch.Precedents;

/// <summary>
/// The decided items a search page shows for a request (its query AND every facet selection), as a query and a
/// filter an analysis can run with its own collector.
/// </summary>
internal sealed record RequestScope(Query Query, Filter Filter, ReaderFacetOrdinals Ordinals, IReadOnlyList<string> Notes)
{
    public static RequestScope Resolve(OpenedCommit commit, SearchRequest request, QueryReading reading)
    {
        var ordinals = commit.FacetOrdinals;
        var selections = FacetSelection.Resolve(ordinals, request.Filters);
        var compiled = reading.Compile(request.Query);
        var notes = new List<string>(compiled.Notes);
        var filter = new BooleanQuery { { ItemsOnly.Query(), Occur.MUST } };
        foreach (var selection in selections)
        {
            filter.Add(selection.ToQuery(), Occur.MUST);
        }

        var query = QueryReading.Rewrite(commit.Searcher, compiled, notes) ?? new BooleanQuery();

        return new RequestScope(query, new QueryWrapperFilter(filter), ordinals, notes);
    }
}
