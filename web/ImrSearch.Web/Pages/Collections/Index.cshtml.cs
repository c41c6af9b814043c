using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Collections;

/// <summary>The user's collections, newest change first, and a form for a new one.</summary>
[Authorize]
public sealed class IndexModel(CollectionStore store) : PageModel
{
    public List<CollectionSummary> Collections { get; private set; } = [];

    public List<string> Errors { get; } = [];

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string Description { get; set; } = "";

    public async Task OnGetAsync() =>
        Collections = await store.ListAsync(WorkspaceLinks.UserId(User)!, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var created = await store.CreateAsync(WorkspaceLinks.UserId(User)!, Title, Description, HttpContext.RequestAborted);
            return RedirectToPage("/Collections/Detail", new { id = created.Id });
        }
        catch (WorkspaceInputException refused)
        {
            Errors.Add(refused.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }
    }
}
