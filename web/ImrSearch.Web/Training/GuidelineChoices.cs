using ImrSearch.Domain;
using ImrSearch.Vocabularies;

namespace ImrSearch.Web.Training;

/// <summary>
/// The guideline documents a trainee chooses from: every document of the guideline vocabulary
/// (<c>guideline-documents.tsv</c>), grouped by family, so a new document needs no code change.
/// </summary>
public static class GuidelineChoices
{
    private static readonly Lazy<IReadOnlyList<(string Family, IReadOnlyList<GuidelineDocument> Documents)>> Grouped = new(() =>
        [.. ImrVocabulary.Default.GuidelineDocuments.Documents
            .GroupBy(d => d.Scope, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, (IReadOnlyList<GuidelineDocument>)[.. g]))]);

    public static IReadOnlyList<(string Family, IReadOnlyList<GuidelineDocument> Documents)> ByFamily => Grouped.Value;

    /// <summary>The vocabulary's document of that name (any letter case), or null.</summary>
    public static GuidelineDocument? Find(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? null
            : ImrVocabulary.Default.GuidelineDocuments.Documents.FirstOrDefault(d => string.Equals(d.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The reviewer's (IMR organization's) citations of an item: what a trainee's choice is judged against.</summary>
    public static IReadOnlyList<GuidelineCitation> ReviewerCitations(DecidedItem item) =>
        [.. item.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization)];

    public static bool DocumentMatches(GuidelineDocument chosen, DecidedItem item) =>
        ReviewerCitations(item).Any(c => string.Equals(c.Document, chosen.Name, StringComparison.OrdinalIgnoreCase));

    public static bool SourceMatches(GuidelineDocument chosen, DecidedItem item) =>
        ReviewerCitations(item).Any(c => string.Equals(c.Source, chosen.Scope, StringComparison.OrdinalIgnoreCase));
}
