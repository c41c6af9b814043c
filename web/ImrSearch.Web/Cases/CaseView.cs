using ImrSearch.Domain;
using ImrSearch.Highlighting;
using ImrSearch.Search;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Cases;

/// <summary>A determination ready for the case page: every text it shows, with the query's matches marked.</summary>
public sealed record CaseView(Determination Determination, MarkedText Summary, IReadOnlyList<CaseItemView> Items, string? Query)
{
    /// <summary>The determination with nothing marked (no query).</summary>
    public static CaseView Plain(Determination determination) => new(
        determination,
        MarkedText.Plain(determination.Summary, WhitespaceStyle.KeepLineBreaks),
        determination.Decisions.Select(item => CaseItemView.Plain(item) with { DecidedOn = determination.DecidedOn }).ToList(),
        null);

    /// <summary>The determination with the texts the search core highlighted for a query.</summary>
    public static CaseView Highlighted(Determination determination, CaseHighlights highlights, string query)
    {
        var byIndex = highlights.Items.ToDictionary(i => i.Index);
        return new CaseView(
            determination,
            highlights.Summary,
            determination.Decisions.Select(item => Marked(item, byIndex) with { DecidedOn = determination.DecidedOn }).ToList(),
            query);
    }

    private static CaseItemView Marked(DecidedItem item, Dictionary<int, CaseItemHighlights> byIndex) =>
        byIndex.TryGetValue(item.Index, out var marked)
            ? new CaseItemView(item, marked.Item, marked.ClaimsAdministratorGuideline, marked.ImrGuideline, marked.Rationale)
            : CaseItemView.Plain(item);

    public int Upheld => Determination.Decisions.Count(d => d.Decision == Decision.Upheld);

    public int Overturned => Determination.Decisions.Count - Upheld;
}

/// <summary>One decided item of the case page; its item line collapsed to one line, its other texts keeping their paragraphs.</summary>
public sealed record CaseItemView(
    DecidedItem Item,
    MarkedText ItemText,
    MarkedText ClaimsAdministratorGuideline,
    MarkedText ImrGuideline,
    MarkedText Rationale)
{
    public static CaseItemView Plain(DecidedItem item) => new(
        item,
        MarkedText.Plain(item.Item),
        MarkedText.Plain(item.ClaimsAdministratorGuideline, WhitespaceStyle.KeepLineBreaks),
        MarkedText.Plain(item.ImrGuideline, WhitespaceStyle.KeepLineBreaks),
        MarkedText.Plain(item.Rationale, WhitespaceStyle.KeepLineBreaks));

    public string Anchor => CaseLinks.ItemAnchor(Item.Index);

    public IEnumerable<GuidelineCitation> ClaimsAdministratorCitations => Item.Citations.Where(c => c.CitedBy == CitedBy.ClaimsAdministrator);

    public IEnumerable<GuidelineCitation> ReviewerCitations => Item.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization);

    /// <summary>The letter's decision date (else date assigned): which guideline editions were in force.</summary>
    public DateOnly? DecidedOn { get; init; }

    public IReadOnlyList<Vocabularies.AppliedEdition> Editions =>
        Vocabularies.GuidelineEditionVocabulary.Default.AppliedTo(Item.Citations, DecidedOn);
}
