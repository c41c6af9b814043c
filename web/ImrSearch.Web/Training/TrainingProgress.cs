namespace ImrSearch.Web.Training;

/// <summary>How often a group of answers agreed with the actual decisions and the reviewers' guidelines.</summary>
public sealed record AgreementCounts(string Label, int Answered, int AgreedDecision, int MatchedGuideline, int MatchedSource)
{
    public static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static AgreementCounts Of(string label, IEnumerable<ExerciseAnswer> answers)
    {
        var list = answers as IReadOnlyCollection<ExerciseAnswer> ?? [.. answers];
        return new AgreementCounts(label, list.Count, list.Count(a => a.AgreesWithDecision), list.Count(a => a.GuidelineMatches), list.Count(a => a.GuidelineSourceMatches));
    }
}

/// <summary>
/// A trainee's progress over every set: answered, agreement with the decisions and with the reviewers' guideline
/// (document and family), overall, by actual outcome (agreeing with an Upheld says less than with an Overturned) and
/// per treatment category.
/// </summary>
public sealed record TrainingProgress(AgreementCounts Overall, IReadOnlyList<AgreementCounts> ByOutcome, IReadOnlyList<AgreementCounts> ByTreatment)
{
    public static TrainingProgress Of(IReadOnlyList<ExerciseAnswer> answers) => new(
        AgreementCounts.Of("All answers", answers),
        [.. answers.GroupBy(a => a.ActualDecision).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => AgreementCounts.Of("Actually " + g.Key.ToLowerInvariant(), g))],
        [.. answers.GroupBy(a => a.Treatment).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase).Select(g => AgreementCounts.Of(g.Key, g))]);
}
