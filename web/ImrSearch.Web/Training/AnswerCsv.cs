using System.Globalization;
using CsvHelper;

namespace ImrSearch.Web.Training;

/// <summary>
/// Every answer to a trainer's set as CSV, for a spreadsheet: one row per answer, by exercise then trainee, with how it
/// was scored when it was saved.
/// </summary>
public static class AnswerCsv
{
    private static readonly CsvWriterOptions Options = new()
    {
        // A trainee's rationale starting with = + - @ must not run as a formula when the trainer opens the file.
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
    };

    public static readonly string[] Header =
    [
        "trainee", "exercise", "caseId", "item", "itemText", "decision", "actualDecision", "agreed",
        "guidelineDocument", "guidelineSection", "guidelineMatched", "guidelineSourceMatched", "rationale", "answeredAt",
    ];

    public static async Task WriteAsync(Stream output, ExerciseSet set, IReadOnlyList<(ExerciseAnswer Answer, string Email)> answers, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Options, true);
        await csv.WriteRecordAsync(Header, cancellationToken);
        var byItem = answers.ToLookup(a => a.Answer.ExerciseItemId);
        foreach (var item in set.Items.OrderBy(i => i.Position))
        {
            foreach (var (answer, email) in byItem[item.Id].OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase))
            {
                await csv.WriteRecordAsync(Row(item, answer, email), cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static string[] Row(ExerciseItem item, ExerciseAnswer answer, string email) =>
    [
        email,
        (item.Position + 1).ToString(CultureInfo.InvariantCulture),
        item.CaseId,
        (item.ItemIndex + 1).ToString(CultureInfo.InvariantCulture),
        item.ItemText,
        answer.Decision,
        answer.ActualDecision,
        YesNo(answer.AgreesWithDecision),
        answer.GuidelineDocument,
        answer.GuidelineSection,
        YesNo(answer.GuidelineMatches),
        YesNo(answer.GuidelineSourceMatches),
        answer.Rationale,
        // Stored as UTC; a provider may read it back without the kind, so the zone is written, not converted.
        answer.AnsweredAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    ];

    private static string YesNo(bool value) => value ? "yes" : "no";
}
