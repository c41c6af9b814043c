using ImrSearch.Index;
using ImrSearch.Precedents;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Precedents;

/// <summary>Where a guideline citation leads: the search for items whose reviewer cited the document, at those pages.</summary>
public static class CitationLinks
{
    /// <summary>
    /// The guideline facet selects the document exactly; the pages are searched as a phrase in the guideline text,
    /// which holds both guideline paragraphs, so the search can include a few items where only the claims
    /// administrator cited those pages.
    /// </summary>
    public static SearchParameters Search(SearchParameters current, CitationUsage citation)
    {
        var selections = current.Selections.Where(s => s.Dimension != IndexSchema.Guideline).ToList();
        selections.Add(new FilterValue(IndexSchema.Guideline, citation.Document));
        var query = citation.Pages is null ? current.Query : Join(current.Query, $"guideline:\"{citation.Pages.Replace("\"", "", StringComparison.Ordinal)}\"");
        return current with { Query = query, Selections = selections, Page = 1 };
    }

    private static string Join(string query, string clause) => query.Length == 0 ? clause : $"({query}) AND {clause}";
}
