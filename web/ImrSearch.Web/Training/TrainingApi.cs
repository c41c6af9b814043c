using System.Security.Claims;
using ImrSearch.Domain;
using ImrSearch.Highlighting;
using ImrSearch.Precedents;
using ImrSearch.Web.Searching;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ImrSearch.Web.Training;

/// <summary>
/// A trainee's exercises as JSON: <c>GET /api/training/sets/{id}/exercises/{n}</c> (n from 1) and
/// <c>POST .../answer</c>. Before an answer the exercise is the allow-listed <see cref="ExerciseView"/> alone; the
/// feedback (decision, reviewer's guideline, rationale) appears only in the answer to a trainee who has answered.
/// A set the user is not a trainee of is a 404, as one that does not exist. For a set's trainer,
/// <c>GET /api/training/sets/{id}/csv</c> is every answer to it (<see cref="AnswerCsv"/>); for anyone else, a 404.
/// </summary>
public static class TrainingApi
{
    /// <summary>The name of a set's answers CSV, for links made by routing.</summary>
    public const string AnswersCsvName = "api-training-answers-csv";

    public static RouteGroupBuilder MapTrainingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sets/{id:int}/exercises/{n:int}", async (int id, int n, ClaimsPrincipal user, TrainingStore store, IndexedItems index, PrecedentExplorer explorer, HttpRequest request, CancellationToken ct) =>
            await store.ExerciseAsync(User(user), id, n, ct) is { } exercise
                ? Json(exercise, index, explorer, request)
                : NoExercise());

        api.MapPost("/sets/{id:int}/exercises/{n:int}/answer", async (int id, int n, AnswerInput input, ClaimsPrincipal user, TrainingStore store, IndexedItems index, PrecedentExplorer explorer, HttpRequest request, CancellationToken ct) =>
        {
            var (answer, errors) = (input ?? new AnswerInput(null, null, null, null)).Check();
            if (answer is null)
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid answer", string.Join(" ", errors));
            }
            var (outcome, _) = await store.AnswerAsync(User(user), id, n, answer, ct);
            return outcome switch
            {
                AnswerOutcome.Saved => Json(await store.ExerciseAsync(User(user), id, n, ct) ?? throw new InvalidOperationException("The answer vanished."), index, explorer, request, StatusCodes.Status201Created),
                AnswerOutcome.AlreadyAnswered => Problem(StatusCodes.Status409Conflict, "Already answered", "You have answered this exercise; answers cannot be changed once the feedback is shown."),
                AnswerOutcome.NotInIndex => Problem(StatusCodes.Status409Conflict, "No longer in the index", "This item has left the index, so the answer cannot be judged."),
                _ => NoExercise(),
            };
        });
        api.MapGet("/sets/{id:int}/csv", async (int id, ClaimsPrincipal user, TrainingStore store, CancellationToken ct) =>
        {
            var set = await store.GetOwnedAsync(User(user), id, ct);
            if (set is null)
            {
                return NoSet();
            }
            var answers = await store.SetAnswersAsync(User(user), id, ct) ?? [];
            return Results.Stream(
                output => AnswerCsv.WriteAsync(output, set, answers, ct),
                "text/csv; charset=utf-8", WorkspaceLinks.FileName(set.Title + " answers", ".csv"));
        }).WithName(AnswersCsvName);
        return api;
    }

    private static IResult Json(TraineeExercise exercise, IndexedItems index, PrecedentExplorer explorer, HttpRequest request, int status = StatusCodes.Status200OK)
    {
        var indexed = index.Find(exercise.Item.CaseId, exercise.Item.ItemIndex);
        var body = new ExerciseJson(
            new SetJson(exercise.Set.Id, exercise.Set.Title, exercise.Set.Items.Count),
            exercise.Item.Position + 1,
            indexed is not null,
            exercise.Answer is null && indexed is not null ? ExerciseView.From(indexed) : null,
            exercise.Answer is null ? null : AnswerJson.From(exercise.Answer),
            exercise.Answer is not null && indexed is not null ? FeedbackJson.From(ExerciseFeedback.Build(indexed, exercise.Item, exercise.Answer, explorer), request) : null);
        return Results.Json(body, statusCode: status);
    }

    private static string User(ClaimsPrincipal user) =>
        WorkspaceLinks.UserId(user) ?? throw new InvalidOperationException("The route requires a signed-in user.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    private static IResult NoExercise() =>
        Problem(StatusCodes.Status404NotFound, "Exercise not found", "You are not a trainee of a set with that id, or it has no exercise of that number.");

    private static IResult NoSet() =>
        Problem(StatusCodes.Status404NotFound, "Exercise set not found", "You are not the trainer of a set with that id.");

    private sealed record SetJson(int Id, string Title, int Exercises);

    /// <summary>Only one of <paramref name="Exercise"/> (before answering) and <paramref name="Feedback"/> (after) is set.</summary>
    private sealed record ExerciseJson(SetJson Set, int Number, bool InIndex, ExerciseView? Exercise, AnswerJson? Answer, FeedbackJson? Feedback);

    private sealed record AnswerJson(string Decision, string GuidelineDocument, string GuidelineSection, string Rationale, DateTime AnsweredAt)
    {
        public static AnswerJson From(ExerciseAnswer a) => new(a.Decision, a.GuidelineDocument, a.GuidelineSection, a.Rationale, a.AnsweredAt);
    }

    private sealed record FeedbackJson(
        string CaseId, int ItemIndex, string CaseUrl, Decision Decision, bool Agrees, bool GuidelineMatches, bool GuidelineSourceMatches,
        string ReviewerGuideline, IReadOnlyList<string> ReviewerCitations, string RationaleHtml, string TrainerNoteHtml,
        SimilarJson Similar)
    {
        public static FeedbackJson From(ExerciseFeedback f, HttpRequest request) => new(
            f.CaseId, f.ItemIndex, CaseLinks.AbsoluteCaseUrl(request, f.CaseId, f.ItemIndex), f.ActualDecision, f.Agrees,
            f.Answer.GuidelineMatches, f.Answer.GuidelineSourceMatches, f.ReviewerGuideline, f.ReviewerCitations,
            f.Rationale.ToHtml(), f.TrainerNoteHtml,
            new SimilarJson(f.Similar.Upheld, f.Similar.Overturned, [.. f.Similar.Neighbours.Select(h => new NeighbourJson(h.CaseId, h.ItemIndex, h.Item, h.Decision))]));
    }

    private sealed record SimilarJson(long Upheld, long Overturned, IReadOnlyList<NeighbourJson> Items);

    private sealed record NeighbourJson(string CaseId, int ItemIndex, string Item, Decision Decision);
}
