using ImrSearch.Web.Searching;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace ImrSearch.Web.Pages.SavedSearches;

/// <summary>
/// The user's saved searches, each with how many decisions are new since it was last opened; saving (from the search
/// page's form), opening (marks it seen, then shows the search), renaming and deleting.
/// </summary>
[Authorize]
public sealed class IndexModel(SavedSearchStore store) : PageModel
{
    public List<SavedSearchStatus> Searches { get; private set; } = [];

    public List<string> Errors { get; } = [];

    [BindProperty]
    public string Name { get; set; } = "";

    /// <summary>The search to save, as its URL query string.</summary>
    [BindProperty]
    public string Query { get; set; } = "";

    [BindProperty]
    public int SearchId { get; set; }

    public async Task OnGetAsync() => Searches = await store.ListAsync(Owner, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostSaveAsync()
    {
        try
        {
            var parameters = SearchParameters.From(new QueryCollection(QueryHelpers.ParseQuery(Query.Length > 8_192 ? "" : Query)));
            var saved = await store.CreateAsync(Owner, Name, parameters, HttpContext.RequestAborted);
            return RedirectToPage("/SavedSearches/Index", null, null, WorkspaceLinks.SavedSearchAnchor(saved.Id));
        }
        catch (WorkspaceInputException refused)
        {
            Errors.Add(refused.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }
    }

    public async Task<IActionResult> OnPostOpenAsync() =>
        await store.OpenAsync(Owner, SearchId, HttpContext.RequestAborted) is { } opened
            ? LocalRedirect(Url.SearchPage(SavedSearchStore.Parameters(opened)))
            : NotFound();

    public async Task<IActionResult> OnPostRenameAsync()
    {
        try
        {
            return await store.RenameAsync(Owner, SearchId, Name, HttpContext.RequestAborted)
                ? RedirectToPage("/SavedSearches/Index", null, null, WorkspaceLinks.SavedSearchAnchor(SearchId))
                : NotFound();
        }
        catch (WorkspaceInputException refused)
        {
            Errors.Add(refused.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync() =>
        await store.DeleteAsync(Owner, SearchId, HttpContext.RequestAborted) ? RedirectToPage("/SavedSearches/Index") : NotFound();

    private string Owner => WorkspaceLinks.UserId(User)!;
}
