using ImrSearch.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Querying;

/// <summary>
/// A query on a field of the whole letter (<see cref="IndexSchema.LetterTextFields"/>), indexed once on the case
/// document: it runs on the case documents and matches every decided item of each letter it matches, each with the
/// letter's score. Items match exactly as if the field had been indexed on each of them.
/// </summary>
/// <remarks>
/// A letter's documents are one block, its items first and its case document last, and the case document records
/// how many items precede it (<see cref="IndexSchema.ItemCount"/>), so the items of a matched case are the
/// documents just before it: no search, no per-segment cache. The scores differ from the field indexed per item
/// only in the term statistics: a word's document frequency counts letters, not items.
/// </remarks>
public sealed class LetterTextQuery(Query caseQuery) : Query
{
    /// <summary>The query on the letter's field, run over the case documents.</summary>
    public Query CaseQuery { get; } = caseQuery;

    public override Weight CreateWeight(IndexSearcher searcher) => new LetterTextWeight(this, CaseQuery.CreateWeight(searcher));

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = CaseQuery.Rewrite(reader);
        return ReferenceEquals(rewritten, CaseQuery) ? this : new LetterTextQuery(rewritten) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => CaseQuery.ExtractTerms(terms);

    public override string ToString(string field) =>
        $"letter({CaseQuery.ToString(field)}){(Boost == 1f ? "" : "^" + Boost.ToString(System.Globalization.CultureInfo.InvariantCulture))}";

    public override bool Equals(object? obj) =>
        obj is LetterTextQuery other && Boost == other.Boost && CaseQuery.Equals(other.CaseQuery);

    public override int GetHashCode() => HashCode.Combine(CaseQuery, Boost, nameof(LetterTextQuery));

    private sealed class LetterTextWeight(LetterTextQuery query, Weight caseWeight) : Weight
    {
        public override Query Query => query;

        public override float GetValueForNormalization() => caseWeight.GetValueForNormalization() * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => caseWeight.Normalize(norm, topLevelBoost * query.Boost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var reader = context.AtomicReader;
            // The case documents are searched with the segment's deletions only: acceptDocs may be a filter over items
            // (items only, a date range) that no case document passes. The items are checked against it instead.
            var cases = caseWeight.GetScorer(context, reader.LiveDocs);
            var itemCounts = LetterItemCounts.Of(reader);
            if (cases is null || itemCounts is null)
            {
                return null;
            }

            var letters = Math.Max(1, reader.DocFreq(new Term(IndexSchema.Kind, IndexSchema.KindCase)));
            return new LetterTextScorer(this, cases, itemCounts, acceptDocs, Math.Max(1, reader.MaxDoc / letters));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is LetterTextScorer scorer && scorer.Advance(doc) == doc)
            {
                var explanation = new ComplexExplanation(true, scorer.GetScore(), "an item of a letter whose text matched, with the letter's score");
                explanation.AddDetail(caseWeight.Explain(context, scorer.CaseDoc));
                return explanation;
            }

            return new ComplexExplanation(false, 0f, "not an item of a letter whose text matched");
        }
    }
}
