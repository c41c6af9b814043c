using ImrSearch.Search;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

/// <summary>The search page. Everything it shows is decided by the GET URL, so a search can be bookmarked and shared.</summary>
public sealed class IndexModel(ISearchCore search) : PageModel
{
    /// <summary>Values per facet dimension fetched for the sidebar; the first few show, the rest sit behind "show more".</summary>
    public const int FacetValuesFetched = 50;

    public SearchParameters Parameters { get; private set; } = SearchParameters.Empty;

    public SearchResponse? Results { get; private set; }

    /// <summary>Why no search ran: a bad parameter or a request the search core refused.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<DropSuggestion> Suggestions { get; private set; } = [];

    /// <summary>This search's upheld and overturned items side by side.</summary>
    public string? CompareUrl => Url.Page("/Compare", ImrSearch.Web.Precedents.CompareParameters.ForSearch(Parameters));

    public async Task<IActionResult> OnGetAsync()
    {
        Parameters = SearchParameters.From(Request.Query);
        if (!Parameters.IsValid)
        {
            Errors = Parameters.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        try
        {
            Results = await search.SearchAsync(Parameters.ToRequest(FacetValuesFetched), HttpContext.RequestAborted);
            if (Results.Total == 0 && !Parameters.IsEmpty)
            {
                Suggestions = NoResultsAdvice.For(Parameters, search);
            }
        }
        catch (SearchRefusedException refused)
        {
            Errors = [refused.Message];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public static string SortLabel(SearchSort sort) => sort switch
    {
        SearchSort.Newest => "Newest first",
        SearchSort.Case => "Case id",
        _ => "Relevance",
    };

    public long PageCount => Results is null ? 0 : (Results.Total + Parameters.Size - 1) / Parameters.Size;
}
