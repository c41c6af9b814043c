namespace ImrSearch.Search;

/// <summary>
/// A whole determination highlighted for the case page with the same rules as the result list: every match marked
/// with &lt;mark&gt;, all other text HTML-encoded. With no query, every text is simply encoded.
/// </summary>
public sealed record CaseHighlights(string SummaryHtml, IReadOnlyList<CaseItemHighlights> Items);

/// <summary>One decided item of the case page, each text complete (not cut into passages).</summary>
/// <param name="Index">The item's <see cref="Domain.DecidedItem.Index"/>.</param>
public sealed record CaseItemHighlights(
    int Index,
    string ItemHtml,
    string ClaimsAdministratorGuidelineHtml,
    string ImrGuidelineHtml,
    string RationaleHtml);
