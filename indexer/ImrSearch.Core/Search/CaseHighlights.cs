using ImrSearch.Highlighting;

namespace ImrSearch.Search;

/// <summary>
/// A whole determination highlighted for the case page with the same rules as the result list. With no query,
/// nothing is marked. Texts keep their line breaks (<see cref="WhitespaceStyle.KeepLineBreaks"/>), the item line excepted.
/// </summary>
public sealed record CaseHighlights(MarkedText Summary, IReadOnlyList<CaseItemHighlights> Items);

/// <summary>One decided item of the case page, each text complete (not cut into passages).</summary>
/// <param name="Index">The item's <see cref="Domain.DecidedItem.Index"/>.</param>
public sealed record CaseItemHighlights(
    int Index,
    MarkedText Item,
    MarkedText ClaimsAdministratorGuideline,
    MarkedText ImrGuideline,
    MarkedText Rationale);
