using ImrSearch.Domain;
using ImrSearch.Web.Workspaces;

namespace ImrSearch.Web.Training;

/// <summary>
/// What a trainee sees of a decided item before answering: what the reviewer saw, nothing of what the reviewer wrote.
/// Built from an explicit allow-list of fields, never from the item as a whole, so the decision, the reviewer's
/// guideline and the rationale cannot reach the page or the JSON by a later change to the domain records.
/// </summary>
public sealed record ExerciseView(
    string Item,
    decimal? Quantity,
    string Treatment,
    string? BodyRegion,
    string ClinicalSummary,
    string ClaimsAdministratorGuideline,
    IReadOnlyList<string> ClaimsAdministratorCitations,
    int? PatientAge,
    string? PatientSex,
    IReadOnlyList<string> ReviewerSpecialties)
{
    public static ExerciseView From(IndexedItem indexed)
    {
        var (letter, item) = (indexed.Case, indexed.Item);
        return new ExerciseView(
            item.Item,
            item.Quantity,
            item.Treatment,
            item.BodyRegion,
            letter.Summary,
            item.ClaimsAdministratorGuideline,
            [.. item.Citations.Where(c => c.CitedBy == CitedBy.ClaimsAdministrator).Select(c => c.Describe())],
            letter.Patient.Age,
            letter.Patient.Sex,
            letter.Reviewer.Specialties);
    }
}
