using ImrSearch.Domain;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Cases;

/// <summary>A determination ready for the case page: every text it shows, with the query's matches marked.</summary>
public sealed record CaseView(Determination Determination, MarkedText Summary, IReadOnlyList<CaseItemView> Items, string? Query)
{
    /// <summary>The determination with nothing marked (no query, or a query that matched nothing).</summary>
    public static CaseView Plain(Determination determination) => new(
        determination,
        MarkedText.Plain(determination.Summary),
        determination.Decisions.Select(CaseItemView.Plain).ToList(),
        null);
}

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
        MarkedText.Plain(item.ClaimsAdministratorGuideline),
        MarkedText.Plain(item.ImrGuideline),
        MarkedText.Plain(item.Rationale));
}
