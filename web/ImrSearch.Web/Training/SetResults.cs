namespace ImrSearch.Web.Training;

/// <summary>One exercise of a set across its trainees: how many answered, and how many went against the decision.</summary>
public sealed record ItemResult(ExerciseItem Item, string ActualDecision, IReadOnlyList<(ExerciseAnswer Answer, string Email)> Answers)
{
    public int Disagreed => Answers.Count(a => !a.Answer.AgreesWithDecision);

    public double DisagreementShare => Answers.Count == 0 ? 0 : (double)Disagreed / Answers.Count;
}

/// <summary>One trainee of a set: their answers and agreement.</summary>
public sealed record TraineeResult(string UserId, string Email, AgreementCounts Counts, IReadOnlyDictionary<int, ExerciseAnswer> ByItem);

/// <summary>
/// The trainer's view of a set: every trainee's answers, and the exercises the group disagrees with the decisions on
/// most (the ones to discuss), those with the largest share of disagreeing answers first.
/// </summary>
public sealed record SetResults(IReadOnlyList<ItemResult> Items, IReadOnlyList<TraineeResult> Trainees)
{
    public IReadOnlyList<ItemResult> MostDisagreed =>
        [.. Items.Where(i => i.Disagreed > 0)
            .OrderByDescending(i => i.DisagreementShare).ThenByDescending(i => i.Disagreed).ThenBy(i => i.Item.Position)];

    public static SetResults Of(ExerciseSet set, IReadOnlyList<(ExerciseAnswer Answer, string Email)> answers, IReadOnlyDictionary<string, string> trainees)
    {
        var byItem = answers.ToLookup(a => a.Answer.ExerciseItemId);
        var items = set.Items.OrderBy(i => i.Position)
            .Select(i => new ItemResult(i, byItem[i.Id].Select(a => a.Answer.ActualDecision).FirstOrDefault() ?? "", [.. byItem[i.Id].OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase)]))
            .ToList();
        var byUser = answers.ToLookup(a => a.Answer.UserId);
        var people = trainees
            .Select(t => new TraineeResult(t.Key, t.Value, AgreementCounts.Of(t.Value, byUser[t.Key].Select(a => a.Answer)),
                byUser[t.Key].ToDictionary(a => a.Answer.ExerciseItemId, a => a.Answer)))
            .OrderBy(t => t.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new SetResults(items, people);
    }
}
