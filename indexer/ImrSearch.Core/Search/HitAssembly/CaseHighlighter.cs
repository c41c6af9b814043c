using ImrSearch.Domain;
using ImrSearch.Highlighting;
using ImrSearch.Index;
using ImrSearch.Search.Execution;

namespace ImrSearch.Search.HitAssembly;

/// <summary>Highlights every text of a determination in full, for the case page.</summary>
internal sealed class CaseHighlighter(TextHighlighter highlighter, HighlightTerms terms, TermRarity rarity)
{
    public CaseHighlights Highlight(Determination determination) => new(
        Whole(IndexSchema.Summary, determination.Summary),
        [.. determination.Decisions.Select(item => new CaseItemHighlights(
            item.Index,
            Whole(IndexSchema.Item, item.Item, WhitespaceStyle.Collapse),
            Whole(IndexSchema.GuidelineText, item.ClaimsAdministratorGuideline),
            Whole(IndexSchema.GuidelineText, item.ImrGuideline),
            Whole(IndexSchema.Rationale, item.Rationale)))]);

    private MarkedText Whole(string field, string text, WhitespaceStyle whitespace = WhitespaceStyle.KeepLineBreaks) =>
        highlighter.Whole(field, text, terms.For(field), rarity.For(field), whitespace);
}
