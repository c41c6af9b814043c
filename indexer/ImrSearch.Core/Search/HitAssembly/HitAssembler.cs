using ImrSearch.Domain;
using ImrSearch.Highlighting;
using ImrSearch.Index;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Execution;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.HitAssembly;

/// <summary>
/// Builds the hits of one page: each item document leads to its letter's case document, which holds the
/// determination (see <see cref="CaseDocuments.ForItem"/>); the item's texts are highlighted for the query.
/// Only the page's hits are read and highlighted.
/// </summary>
internal sealed class HitAssembler(OpenedCommit commit, HighlightTerms terms, TermRarity rarity)
{
    public const int RationalePassages = 3;

    private readonly Dictionary<int, Determination?> letters = [];

    public IReadOnlyList<SearchHit> Assemble(IEnumerable<ScoreDoc> page)
    {
        var hits = new List<SearchHit>();
        foreach (var scoreDoc in page)
        {
            var (determination, itemIndex, caseDoc) = CaseDocuments.ForItem(commit, scoreDoc.Doc, letters);
            var item = determination?.Decisions.FirstOrDefault(d => d.Index == itemIndex);
            if (determination is null || item is null)
            {
                // Item and case documents are written and deleted together; a hit without its case cannot be shown.
                continue;
            }

            var leaves = commit.Reader.Leaves;
            var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
            var caseLocal = caseDoc < 0 ? -1 : caseDoc - leaf.DocBase;
            hits.Add(Build(determination, item, leaf.AtomicReader, scoreDoc.Doc - leaf.DocBase, caseLocal, float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score));
        }

        return hits;
    }

    /// <summary>
    /// The hit with its texts highlighted from the postings of the item document and, for the letter's own fields,
    /// of its case document (the texts indexed are the ones the determination holds), so no text is re-analysed
    /// for a result list.
    /// </summary>
    private SearchHit Build(Determination determination, DecidedItem item, AtomicReader reader, int doc, int caseDoc, float score)
    {
        IReadOnlyList<TextToken> Tokens(string field, string text)
        {
            var source = IndexSchema.LetterTextFields.Contains(field) ? caseDoc : doc;
            return source < 0 ? [] : IndexedTokens.Read(reader, source, field, terms.For(field), text.Length);
        }

        var rationale = TextHighlighter.Passages(
            item.Rationale, Tokens(IndexSchema.Rationale, item.Rationale), terms.For(IndexSchema.Rationale),
            rarity.For(IndexSchema.Rationale), RationalePassages, openingWhenUnmatched: true);
        var itemText = TextHighlighter.Whole(
            item.Item, Tokens(IndexSchema.Item, item.Item), terms.For(IndexSchema.Item), rarity.For(IndexSchema.Item), WhitespaceStyle.Collapse);
        var summary = TextHighlighter.Passages(
            determination.Summary, Tokens(IndexSchema.Summary, determination.Summary), terms.For(IndexSchema.Summary),
            rarity.For(IndexSchema.Summary), maxPassages: 1, openingWhenUnmatched: false);

        return new SearchHit(
            determination.CaseId,
            item.Index,
            item.Item,
            item.Decision,
            item.Treatment,
            item.BodyRegion,
            determination.Reviewer.Specialties,
            item.Citations,
            score,
            rationale,
            itemText,
            summary.Count > 0 ? summary[0] : null,
            determination.DecisionYear)
        {
            DecidedOn = determination.DecidedOn,
        };
    }
}
