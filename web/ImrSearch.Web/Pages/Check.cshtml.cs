using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Web.Precedents;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages;

/// <summary>
/// The consistency check: a reviewer pastes a draft rationale or a request description and sees how the most similar
/// prior items were decided. The draft is only held for the length of the request: never stored, never logged.
/// </summary>
[RequestSizeLimit(CheckLimits.MaxBodyBytes)]
public sealed class CheckModel(PrecedentExplorer explorer, ISearchCore search) : PageModel
{
    [BindProperty]
    public string Draft { get; set; } = "";

    [BindProperty]
    public string? Treatment { get; set; }

    [BindProperty]
    public string? Guideline { get; set; }

    public ConsistencyCheckResult? Result { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string> Treatments { get; private set; } = [];

    public IReadOnlyList<string> Guidelines { get; private set; } = [];

    public void OnGet() => LoadChoices();

    public IActionResult OnPost()
    {
        LoadChoices();
        try
        {
            Result = explorer.Check(new ConsistencyCheckRequest(Draft ?? "", Blank(Treatment), Blank(Guideline), CheckLimits.Neighbours));
        }
        catch (SearchRequestException refused)
        {
            Error = refused.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public string SearchUrl(string dimension, string value) => "/" + QueryString.Create(dimension, value).Value;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void LoadChoices()
    {
        var all = search.Search(SearchRequest.For(null) with { FacetTopN = 200 });
        Treatments = Values(all, Index.IndexSchema.Treatment.Name);
        Guidelines = Values(all, Index.IndexSchema.Guideline.Name);
    }

    private static List<string> Values(SearchResponse response, string dimension) =>
        response.Facets.TryGetValue(dimension, out var facet)
            ? [.. facet.Values.Select(v => v.Value).Order(StringComparer.OrdinalIgnoreCase)]
            : [];
}
