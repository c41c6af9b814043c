using ImrSearch.Precedents;
using ImrSearch.Web.Training;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImrSearch.Web.Pages.Training;

/// <summary>
/// One exercise for a trainee. Before they answer, the page is built from <see cref="ExerciseView"/> alone (what the
/// reviewer saw), so the decision, the reviewer's guideline and the rationale are not in its HTML at all; after, it
/// shows <see cref="ExerciseFeedback"/>. The answer is posted once; answers cannot be changed after the feedback.
/// </summary>
[Authorize]
public sealed class ExerciseModel(TrainingStore store, IndexedItems index, PrecedentExplorer explorer) : PageModel
{
    public TraineeExercise? Exercise { get; private set; }

    public ExerciseView? View { get; private set; }

    public ExerciseFeedback? Feedback { get; private set; }

    public bool Gone { get; private set; }

    public List<string> Errors { get; } = [];

    /// <summary>Why a practice could not be drawn as evenly as asked, once, after it was made.</summary>
    [TempData]
    public string? Notice { get; set; }

    public int Number { get; private set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? GuidelineDocument { get; set; }

    [BindProperty]
    public string? GuidelineSection { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    /// <summary>What the trainee typed, shown again when an answer is refused.</summary>
    public AnswerInput Input => new(Decision, GuidelineDocument, GuidelineSection, Rationale);

    public int Count => Exercise?.Set.Items.Count ?? 0;

    /// <summary>The number of the exercise after this one; null on the last.</summary>
    public int? Next => Exercise is not null && Number < Count ? Number + 1 : null;

    public Task<IActionResult> OnGetAsync(int id, int n) => Show(id, n);

    public async Task<IActionResult> OnPostAsync(int id, int n)
    {
        var (answer, errors) = Input.Check();
        if (answer is null)
        {
            Errors.AddRange(errors);
            return await Show(id, n, StatusCodes.Status400BadRequest);
        }
        var (outcome, _) = await store.AnswerAsync(Trainee, id, n, answer, HttpContext.RequestAborted);
        switch (outcome)
        {
            case AnswerOutcome.Saved:
                return RedirectToPage("/Training/Exercise", null, new { id, n }, "feedback");
            case AnswerOutcome.AlreadyAnswered:
                Errors.Add("You have answered this exercise already; answers cannot be changed once the feedback is shown. Your first answer stands.");
                return await Show(id, n, StatusCodes.Status409Conflict);
            case AnswerOutcome.NotInIndex:
                return await Show(id, n, StatusCodes.Status409Conflict);
            default:
                return await Show(id, n, StatusCodes.Status404NotFound);
        }
    }

    private string Trainee => WorkspaceLinks.UserId(User)!;

    private async Task<IActionResult> Show(int id, int n, int status = StatusCodes.Status200OK)
    {
        Number = n;
        Exercise = await store.ExerciseAsync(Trainee, id, n, HttpContext.RequestAborted);
        if (Exercise is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Response.StatusCode = status;
        var indexed = index.Find(Exercise.Item.CaseId, Exercise.Item.ItemIndex);
        if (indexed is null)
        {
            Gone = true;
            return Page();
        }
        if (Exercise.Answer is { } answer)
        {
            Feedback = ExerciseFeedback.Build(indexed, Exercise.Item, answer, explorer);
        }
        else
        {
            View = ExerciseView.From(indexed);
        }
        return Page();
    }
}
