using ImrSearch.Domain;
using ImrSearch.Search;

namespace ImrSearch.Web.Searching;

/// <summary>A result as the search page shows it: the hit, and the query so the case link carries it.</summary>
public sealed record HitView(SearchHit Hit, string Query)
{
    public string CaseUrl => CaseLinks.CasePath(Hit.CaseId, Query, Hit.ItemIndex);

    /// <summary>The reviewer's own citations (what the decision rests on); the claims administrator's when there are none.</summary>
    public IReadOnlyList<GuidelineCitation> ReviewerCitations => ReviewerCitationsOf(Hit);

    public static IReadOnlyList<GuidelineCitation> ReviewerCitationsOf(SearchHit hit) =>
        hit.Citations.Any(c => c.CitedBy == CitedBy.ImrOrganization)
            ? hit.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization).ToList()
            : hit.Citations;

    public static string Describe(GuidelineCitation citation)
    {
        var parts = new List<string> { citation.Source == citation.Document || citation.Document.StartsWith(citation.Source, StringComparison.Ordinal) ? citation.Document : $"{citation.Source} {citation.Document}" };
        if (!string.IsNullOrWhiteSpace(citation.Topic))
        {
            parts.Add(citation.Topic);
        }
        if (!string.IsNullOrWhiteSpace(citation.Pages))
        {
            // "58-59" reads as pages; "Table 8-8, 182" already says what it is.
            parts.Add(char.IsAsciiDigit(citation.Pages[0]) ? "p. " + citation.Pages : citation.Pages);
        }
        return string.Join(", ", parts);
    }
}
