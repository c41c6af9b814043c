using ImrSearch.Domain;
using ImrSearch.Web.Training;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Training;

/// <summary>
/// An exercise set. Its trainer (owner) sees the items with their decisions, the join link, the trainees, every
/// answer and the most disagreed items; a trainee sees the exercises and which they have answered, never the
/// decisions before answering. Anyone else gets a 404, as for a set that does not exist.
/// </summary>
[Authorize]
public sealed class SetModel(TrainingStore store, IndexedItems index) : PageModel
{
    public ExerciseSet? Set { get; private set; }

    public bool IsTrainer { get; private set; }

    public SetResults? Results { get; private set; }

    /// <summary>The actual decision of each item, by item id, for the trainer's list (null: left the index).</summary>
    public Dictionary<int, Decision?> Decisions { get; } = [];

    /// <summary>The trainee's own answers, by item id.</summary>
    public Dictionary<int, ExerciseAnswer> MyAnswers { get; private set; } = [];

    public string? JoinUrl => Set?.JoinToken is { } token ? Url.PageLink("/Training/Join", values: new { token }) : null;

    public List<string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? TraineeId { get; set; }

    public Task<IActionResult> OnGetAsync(int id) => Show(id);

    public async Task<IActionResult> OnPostAddTraineeAsync(int id)
    {
        var outcome = await store.AddTraineeAsync(User_, id, Email, HttpContext.RequestAborted);
        switch (outcome)
        {
            case AddTraineeOutcome.Added:
                Notice = $"{Email?.Trim()} is now a trainee of this set.";
                return RedirectToPage("/Training/Set", null, new { id }, "trainees");
            case AddTraineeOutcome.NoSuchSet:
                return await Show(id, StatusCodes.Status404NotFound);
            default:
                Errors.Add(outcome switch
                {
                    AddTraineeOutcome.AlreadyThere => "That account is already a trainee of this set.",
                    AddTraineeOutcome.OwnSet => "You are this set's trainer; trainees are other accounts.",
                    _ => "No account has that e-mail address. Ask them to sign up, or send them the join link.",
                });
                return await Show(id, StatusCodes.Status400BadRequest);
        }
    }

    public Task<IActionResult> OnPostRemoveTraineeAsync(int id) =>
        Change(id, ct => store.RemoveTraineeAsync(User_, id, TraineeId ?? "", ct), "trainees");

    public Task<IActionResult> OnPostNewLinkAsync(int id) =>
        Change(id, async ct => await store.NewJoinLinkAsync(User_, id, ct) is not null, "join");

    public Task<IActionResult> OnPostStopLinkAsync(int id) =>
        Change(id, ct => store.StopJoinLinkAsync(User_, id, ct), "join");

    public async Task<IActionResult> OnPostDeleteAsync(int id) =>
        await store.DeleteAsync(User_, id, HttpContext.RequestAborted) ? RedirectToPage("/Training/Index") : await Show(id, StatusCodes.Status404NotFound);

    private string User_ => WorkspaceLinks.UserId(User)!;

    private async Task<IActionResult> Change(int id, Func<CancellationToken, Task<bool>> change, string fragment) =>
        await change(HttpContext.RequestAborted) ? RedirectToPage("/Training/Set", null, new { id }, fragment) : await Show(id, StatusCodes.Status404NotFound);

    private async Task<IActionResult> Show(int id, int status = StatusCodes.Status200OK)
    {
        var ct = HttpContext.RequestAborted;
        Set = await store.GetOwnedAsync(User_, id, ct);
        if (Set is not null)
        {
            IsTrainer = true;
            foreach (var item in Set.Items)
            {
                Decisions[item.Id] = index.Find(item.CaseId, item.ItemIndex)?.Item.Decision;
            }
            var answers = await store.SetAnswersAsync(User_, id, ct) ?? [];
            Results = SetResults.Of(Set, answers, await store.TraineeEmailsAsync(id, ct));
        }
        else
        {
            Set = await store.GetJoinedAsync(User_, id, ct);
            if (Set is not null)
            {
                var mine = await store.AnswersOfAsync(User_, ct);
                var itemIds = Set.Items.Select(i => i.Id).ToHashSet();
                MyAnswers = mine.Where(a => itemIds.Contains(a.ExerciseItemId)).ToDictionary(a => a.ExerciseItemId);
            }
        }
        Response.StatusCode = Set is null ? StatusCodes.Status404NotFound : status;
        return Page();
    }
}
