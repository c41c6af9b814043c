using ImrSearch.Web.Training;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Training;

/// <summary>
/// A set's join link: a signed-in user confirms, and becomes a trainee. Joining is a POST (a link opened by a preview
/// bot or prefetch joins no one); signed out, the sign-in page brings them back here.
/// </summary>
[Authorize]
public sealed class JoinModel(TrainingStore store) : PageModel
{
    public ExerciseSet? Set { get; private set; }

    public string? Refusal { get; private set; }

    public async Task OnGetAsync(string token)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Set = await store.FindByJoinTokenAsync(token, HttpContext.RequestAborted);
        if (Set is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var (outcome, id) = await store.JoinAsync(WorkspaceLinks.UserId(User)!, token, HttpContext.RequestAborted);
        switch (outcome)
        {
            case JoinOutcome.Joined:
            case JoinOutcome.AlreadyJoined:
                return RedirectToPage("/Training/Set", new { id });
            case JoinOutcome.OwnSet:
                return RedirectToPage("/Training/Set", new { id });
            case JoinOutcome.Full:
                Refusal = $"This set already has {ExerciseSet.MaxMembers} trainees, the most a set can have. Ask your trainer.";
                Set = await store.FindByJoinTokenAsync(token, HttpContext.RequestAborted);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
        }
    }
}
