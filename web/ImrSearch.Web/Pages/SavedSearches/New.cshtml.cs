using ImrSearch.Web.Searching;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.SavedSearches;

/// <summary>Names and saves the search in its query string (<c>/saved-searches/new?q=...</c>, linked from every results page).</summary>
[Authorize]
public sealed class NewModel(SavedSearchStore store) : PageModel
{
    public SearchParameters Parameters { get; private set; } = SearchParameters.Empty;

    public List<string> Errors { get; } = [];

    [BindProperty]
    public string Name { get; set; } = "";

    public void OnGet()
    {
        Parameters = SearchParameters.From(Request.Query);
        Errors.AddRange(Parameters.Errors);
        Name = Parameters.Query;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Parameters = SearchParameters.From(Request.Query);
        try
        {
            var saved = await store.CreateAsync(WorkspaceLinks.UserId(User)!, Name, Parameters, HttpContext.RequestAborted);
            return RedirectToPage("/SavedSearches/Index", null, null, WorkspaceLinks.SavedSearchAnchor(saved.Id));
        }
        catch (WorkspaceInputException refused)
        {
            Errors.Add(refused.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
