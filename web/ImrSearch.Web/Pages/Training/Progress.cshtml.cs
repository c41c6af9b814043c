using ImrSearch.Web.Training;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Training;

/// <summary>The signed-in trainee's own progress over every set and practice.</summary>
[Authorize]
public sealed class ProgressModel(TrainingStore store) : PageModel
{
    public TrainingProgress Progress { get; private set; } = TrainingProgress.Of([]);

    public async Task OnGetAsync() =>
        Progress = TrainingProgress.Of(await store.AnswersOfAsync(WorkspaceLinks.UserId(User)!, HttpContext.RequestAborted));
}
