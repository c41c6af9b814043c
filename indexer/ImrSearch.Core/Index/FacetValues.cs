using System.Globalization;
using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Index;

/// <summary>
/// The facet values of one decided item, as displayed. A dimension the letter says nothing about is left out,
/// never filled with an invented value.
/// </summary>
/// <remarks>
/// The guideline dimensions count only the IMR organization's citations: they are the reviewer's basis for the
/// decision, which is what users research; the claims administrator's guideline stays searchable as text.
/// </remarks>
public static class FacetValues
{
    public static IEnumerable<(FacetDimension Dimension, string Value)> Of(Determination determination, DecidedItem item)
    {
        var pairs = new List<(FacetDimension, string?)>
        {
            (IndexSchema.Decision, item.Decision.ToString()),
            (IndexSchema.Treatment, item.Treatment),
            (IndexSchema.BodyRegion, item.BodyRegion),
            (IndexSchema.DecisionYear, determination.DecisionYear?.ToString(CultureInfo.InvariantCulture)),
            (IndexSchema.InjuryYear, determination.Patient.DateOfInjury?.Year.ToString(CultureInfo.InvariantCulture)),
            (IndexSchema.AgeBand, determination.Patient.AgeBand),
            (IndexSchema.Sex, DisplaySex(determination.Patient.Sex)),
            (IndexSchema.CaseOutcome, determination.Outcome?.Describe()),
        };
        pairs.AddRange(determination.Reviewer.Specialties.Select(s => (IndexSchema.Specialty, (string?)s)));
        pairs.AddRange(determination.Reviewer.Licensure.Select(s => (IndexSchema.Licensure, (string?)s)));

        var reviewerCitations = item.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization).ToList();
        pairs.AddRange(reviewerCitations.Select(c => (IndexSchema.Guideline, (string?)c.Document)));
        pairs.AddRange(reviewerCitations.Select(c => (IndexSchema.GuidelineSource, (string?)c.Source)));

        var applied = GuidelineEditionVocabulary.Default.AppliedTo(reviewerCitations, determination.DecidedOn);
        pairs.AddRange(applied.Select(a => (IndexSchema.GuidelineEdition, (string?)a.Edition.Label)));
        if (applied.Count > 0)
        {
            var status = applied.Any(a => a.Edition.IsReplaced) ? IndexSchema.GuidelineStatusReplaced : IndexSchema.GuidelineStatusCurrent;
            pairs.Add((IndexSchema.GuidelineStatus, status));
        }

        var seen = new HashSet<(string, string)>();
        foreach (var (dimension, raw) in pairs)
        {
            var value = raw?.Trim();
            if (!string.IsNullOrEmpty(value) && seen.Add((dimension.Name, FilterTerm(value))))
            {
                yield return (dimension, value);
            }
        }
    }

    /// <summary>The indexed form of a facet value in its filter field: filters match regardless of case.</summary>
    public static string FilterTerm(string value) => value.Trim().ToLowerInvariant();

    /// <summary>"female" reads as "Female" in a sidebar; the filter matches either.</summary>
    private static string? DisplaySex(string? sex) =>
        string.IsNullOrWhiteSpace(sex) ? null : char.ToUpperInvariant(sex.Trim()[0]) + sex.Trim()[1..].ToLowerInvariant();
}
