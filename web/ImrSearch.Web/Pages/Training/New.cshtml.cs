using ImrSearch.Web.Training;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Training;

/// <summary>A trainer makes a set: from one of their collections (its items in order, its notes), or drawn from a search.</summary>
[Authorize]
public sealed class NewModel(TrainingStore store, CollectionStore collections) : PageModel
{
    public List<CollectionSummary> Collections { get; private set; } = [];

    public List<string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? CollectionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public int Count { get; set; } = 10;

    [BindProperty]
    public DrawMode Mode { get; set; } = DrawMode.Even;

    public async Task OnGetAsync() => Collections = await collections.ListAsync(Owner, HttpContext.RequestAborted);

    public Task<IActionResult> OnPostCollectionAsync() => Make(async ct =>
    {
        var set = await store.CreateFromCollectionAsync(Owner, CollectionId ?? 0, Title, ct);
        if (set is null)
        {
            Errors.Add("Choose one of your collections.");
        }
        return set?.Id;
    });

    public Task<IActionResult> OnPostSearchAsync() => Make(async ct =>
    {
        if (!Enum.IsDefined(Mode))
        {
            Errors.Add("Choose how the items are drawn.");
            return null;
        }
        var (set, note) = await store.CreateFromSearchAsync(Owner, Title, Search, Count, Mode, ct);
        Notice = note;
        return set.Id;
    });

    private string Owner => WorkspaceLinks.UserId(User)!;

    private async Task<IActionResult> Make(Func<CancellationToken, Task<int?>> make)
    {
        try
        {
            if (ModelState.IsValid && await make(HttpContext.RequestAborted) is int id)
            {
                return RedirectToPage("/Training/Set", new { id });
            }
            if (!ModelState.IsValid)
            {
                Errors.Add("The number of exercises must be a whole number from 1 to " + TrainingStore.MaxCount + ".");
            }
        }
        catch (WorkspaceInputException refused)
        {
            Errors.Add(refused.Message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync();
        return Page();
    }
}
