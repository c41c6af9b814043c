using ImrSearch.Domain;
using ImrSearch.Highlighting;
using ImrSearch.Precedents;
using ImrSearch.Web.Workspaces;

namespace ImrSearch.Web.Training;

/// <summary>
/// What a trainee sees once they have answered: how the item was actually decided and why, set against their answer,
/// with the outcome split of the most similar prior items and the trainer's note.
/// </summary>
public sealed record ExerciseFeedback(
    string CaseId,
    int ItemIndex,
    ExerciseAnswer Answer,
    Decision ActualDecision,
    string ReviewerGuideline,
    IReadOnlyList<string> ReviewerCitations,
    MarkedText Rationale,
    string TrainerNoteHtml,
    SimilarDecisions Similar)
{
    public const int SimilarCount = 10;

    public bool Agrees => Answer.AgreesWithDecision;

    public static ExerciseFeedback Build(IndexedItem indexed, ExerciseItem exercise, ExerciseAnswer answer, PrecedentExplorer explorer)
    {
        var item = indexed.Item;
        SimilarDecisions similar;
        try
        {
            similar = explorer.Similar(indexed.Case.CaseId, item.Index, sameTreatment: false, SimilarCount) ?? new SimilarDecisions([]);
        }
        catch (ImrSearch.Search.SearchTimeoutException)
        {
            // The split is a help, not the feedback: a busy searcher leaves it out rather than failing the page.
            similar = new SimilarDecisions([]);
        }

        return new ExerciseFeedback(
            indexed.Case.CaseId,
            item.Index,
            answer,
            item.Decision,
            item.ImrGuideline,
            [.. GuidelineChoices.ReviewerCitations(item).Select(c => c.Describe())],
            SharedTerms.Mark(answer.Rationale, item.Rationale),
            exercise.TrainerNote.Length == 0 ? "" : UserMarkdown.ToHtml(exercise.TrainerNote),
            similar);
    }
}
