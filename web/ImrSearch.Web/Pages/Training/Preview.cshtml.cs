using ImrSearch.Web.Training;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Training;

/// <summary>
/// One exercise of a trainer's set as a trainee sees it before answering: built from the same allow-listed
/// <see cref="ExerciseView"/> as the trainee's page, with the answer's fields disabled and no form to post. Only the
/// set's trainer may open it; anyone else gets a 404, as for a set that does not exist.
/// </summary>
[Authorize]
public sealed class PreviewModel(TrainingStore store, IndexedItems index) : PageModel
{
    public TraineeExercise? Exercise { get; private set; }

    public ExerciseView? View { get; private set; }

    public int Number { get; private set; }

    public int Count => Exercise?.Set.Items.Count ?? 0;

    /// <summary>The fields as a trainee first sees them: empty.</summary>
    public AnswerInput EmptyAnswer { get; } = new(null, null, null, null);

    /// <summary>The number of the exercise before this one; null on the first.</summary>
    public int? Previous => Exercise is not null && Number > 1 ? Number - 1 : null;

    /// <summary>The number of the exercise after this one; null on the last.</summary>
    public int? Next => Exercise is not null && Number < Count ? Number + 1 : null;

    public async Task<IActionResult> OnGetAsync(int id, int n)
    {
        Number = n;
        Exercise = await store.PreviewAsync(WorkspaceLinks.UserId(User)!, id, n, HttpContext.RequestAborted);
        if (Exercise is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        View = index.Find(Exercise.Item.CaseId, Exercise.Item.ItemIndex) is { } indexed ? ExerciseView.From(indexed) : null;
        return Page();
    }
}
