using ImrSearch.Web.Training;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Training;

/// <summary>The user's training: sets they train, sets and practice they take part in.</summary>
[Authorize]
public sealed class IndexModel(TrainingStore store) : PageModel
{
    public List<ExerciseSetSummary> Owned { get; private set; } = [];

    public List<ExerciseSetSummary> Joined { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var user = WorkspaceLinks.UserId(User)!;
        Owned = await store.OwnedAsync(user, HttpContext.RequestAborted);
        Joined = await store.JoinedAsync(user, HttpContext.RequestAborted);
    }
}
