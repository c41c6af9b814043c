using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Collections;

/// <summary>
/// One of the user's collections: edit its title and description, each item's note, its order (move up/down),
/// remove items, share or revoke its link, export, delete. Another user's collection id is a 404, as a missing one.
/// Every change is a POST that redirects back (so reloading never repeats it).
/// </summary>
[Authorize]
public sealed class DetailModel(CollectionStore store, IndexedItems index) : PageModel
{
    public Collection? Collection { get; private set; }

    public IReadOnlyList<CollectionEntry> Entries { get; private set; } = [];

    public string DescriptionHtml => Collection is { Description.Length: > 0 } c ? UserMarkdown.ToHtml(c.Description) : "";

    public string? ShareUrl => Collection?.ShareToken is { } token ? Url.PageLink("/Collections/Shared", values: new { token }) : null;

    public List<string> Errors { get; } = [];

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string Description { get; set; } = "";

    [BindProperty]
    public int ItemId { get; set; }

    [BindProperty]
    public string Note { get; set; } = "";

    [BindProperty]
    public int Offset { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await Show(id);

    public Task<IActionResult> OnPostUpdateAsync(int id) =>
        Change(id, (owner, ct) => store.UpdateAsync(owner, id, Title, Description, ct), null);

    public Task<IActionResult> OnPostNoteAsync(int id) =>
        Change(id, (owner, ct) => store.UpdateNoteAsync(owner, id, ItemId, Note, ct), "entry-" + ItemId);

    public Task<IActionResult> OnPostMoveAsync(int id) =>
        Change(id, (owner, ct) => store.MoveAsync(owner, id, ItemId, Offset, ct), "entry-" + ItemId);

    public Task<IActionResult> OnPostRemoveAsync(int id) =>
        Change(id, (owner, ct) => store.RemoveItemAsync(owner, id, ItemId, ct), "items-heading");

    public Task<IActionResult> OnPostShareAsync(int id) =>
        Change(id, async (owner, ct) => await store.ShareAsync(owner, id, ct) is not null, "share");

    public Task<IActionResult> OnPostRevokeAsync(int id) =>
        Change(id, (owner, ct) => store.RevokeShareAsync(owner, id, ct), "share");

    public async Task<IActionResult> OnPostDeleteAsync(int id) =>
        await store.DeleteAsync(Owner, id, HttpContext.RequestAborted) ? RedirectToPage("/Collections/Index") : NotFound();

    private string Owner => WorkspaceLinks.UserId(User)!;

    private async Task<IActionResult> Change(int id, Func<string, CancellationToken, Task<bool>> change, string? fragment)
    {
        try
        {
            return await change(Owner, HttpContext.RequestAborted)
                ? RedirectToPage("/Collections/Detail", null, new { id }, fragment)
                : await Show(id, StatusCodes.Status404NotFound);
        }
        catch (WorkspaceInputException refused)
        {
            Errors.Add(refused.Message);
            return await Show(id, StatusCodes.Status400BadRequest);
        }
    }

    private async Task<IActionResult> Show(int id, int status = StatusCodes.Status200OK)
    {
        Collection = await store.GetAsync(Owner, id, HttpContext.RequestAborted);
        if (Collection is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Response.StatusCode = status;
        Entries = CollectionEntry.Resolve(Collection, index);
        if (status == StatusCodes.Status200OK || Title.Length == 0)
        {
            Title = Collection.Title;
            Description = Collection.Description;
        }
        return Page();
    }
}
