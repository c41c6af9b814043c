using ImrSearch.Domain;
using ImrSearch.Search;
using ImrSearch.Web.Cases;

namespace ImrSearch.Web.Searching;

/// <summary>
/// The site's one <see cref="DecisionSearcher"/>: shared by every request (it is thread-safe) and refreshed by itself
/// when <c>imr-index build</c> commits, so the site serves a new index within seconds without a restart.
/// </summary>
public sealed class LuceneSearchCore(DecisionSearcher searcher) : ISearchCore
{
    public SearchResponse Search(SearchRequest request)
    {
        try
        {
            return searcher.Search(request);
        }
        catch (SearchRequestException refused)
        {
            throw new SearchRefusedException(refused.Message, refused);
        }
    }

    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellation)
    {
        try
        {
            return await searcher.SearchAsync(request, cancellation);
        }
        catch (SearchRequestException refused)
        {
            throw new SearchRefusedException(refused.Message, refused);
        }
    }

    public IEnumerable<SearchHit> SearchAll(SearchRequest request)
    {
        try
        {
            return searcher.SearchAll(request);
        }
        catch (SearchRequestException refused)
        {
            throw new SearchRefusedException(refused.Message, refused);
        }
    }

    public Determination? FindCase(string caseId) => searcher.FindCase(caseId);

    public CaseView ViewCase(Determination determination, string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? CaseView.Plain(determination)
            : CaseView.Highlighted(determination, searcher.HighlightCase(determination, query), query);
}
