using ImrSearch.Web.Accounts;
using ImrSearch.Web.Searching;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Collections;

/// <summary>
/// Adds one decided item (<c>?case=...&amp;item=n</c>, n from 0) to one of the user's collections or to a new one, with
/// an optional note. Every "Add to collection" link of the site leads here; signed-out users sign in first and come back.
/// </summary>
[Authorize]
public sealed class AddModel(CollectionStore store, IndexedItems index) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "case")]
    public string CaseId { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "item")]
    public int ItemIndex { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The collection chosen; 0 for a new one named <see cref="NewTitle"/>.</summary>
    [BindProperty]
    public int CollectionId { get; set; }

    [BindProperty]
    public string NewTitle { get; set; } = "";

    [BindProperty]
    public string Note { get; set; } = "";

    public IndexedItem? Item { get; private set; }

    public List<CollectionSummary> Collections { get; private set; } = [];

    public List<string> Errors { get; } = [];

    /// <summary>Set once the item is in the collection.</summary>
    public (int Id, string Title, bool WasThere)? Added { get; private set; }

    public string Back => AccountPaths.SafeReturnUrl(ReturnUrl ?? Url.Page("/Case", null, new { id = CaseId }, null, null, CaseLinks.ItemAnchor(ItemIndex)));

    public async Task<IActionResult> OnGetAsync()
    {
        await Load();
        // The collection changed last is the likeliest one to add to next.
        CollectionId = Collections.FirstOrDefault()?.Id ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Load();
        if (Item is null)
        {
            return Page();
        }
        var owner = WorkspaceLinks.UserId(User)!;
        try
        {
            var collectionId = CollectionId;
            var title = Collections.FirstOrDefault(c => c.Id == collectionId)?.Title;
            if (collectionId == 0)
            {
                var created = await store.CreateAsync(owner, NewTitle, "", HttpContext.RequestAborted);
                (collectionId, title) = (created.Id, created.Title);
            }
            var (outcome, _) = await store.AddItemAsync(owner, collectionId, Item.Case.CaseId, Item.Item.Index, Note, HttpContext.RequestAborted);
            switch (outcome)
            {
                case AddItemOutcome.Added or AddItemOutcome.AlreadyThere:
                    Added = (collectionId, title ?? "", outcome == AddItemOutcome.AlreadyThere);
                    break;
                case AddItemOutcome.NoSuchItem:
                    Item = null;
                    break;
                default:
                    Errors.Add("Choose one of your collections, or a new one.");
                    break;
            }
        }
        catch (WorkspaceInputException refused)
        {
            Errors.Add(refused.Message);
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    private async Task Load()
    {
        Item = index.Find(CaseId, ItemIndex);
        if (Item is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        Collections = await store.ListAsync(WorkspaceLinks.UserId(User)!, HttpContext.RequestAborted);
    }
}
