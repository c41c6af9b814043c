using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Querying;

/// <summary>
/// A boolean query of one required clause and excluded ones ("a -b"), as Lucene's <see cref="BooleanQuery"/> matches
/// and scores it, whose scorer in a segment where no excluded clause matches anything is the required clause's own.
/// </summary>
/// <remarks>
/// Lucene.NET 4.8 wraps a lone required clause in a conjunction of one whenever the excluded clauses have no scorer in
/// the segment: a virtual call more per document moved, and the score asked of the wrapper summed again on each
/// request. An excluded word that no letter holds (a typo, or a word of another vocabulary) costs nothing then; where an
/// excluded clause does match, Lucene's scorer runs as before. Later Lucene versions return the clause itself too.
/// </remarks>
internal sealed class ExcludingQuery : BooleanQuery
{
    private ExcludingQuery(bool disableCoord)
        : base(disableCoord)
    {
    }

    /// <summary>Whether a boolean query has this shape: exactly one required clause, no optional one, some excluded.</summary>
    public static bool Fits(BooleanQuery boolean) =>
        boolean.MinimumNumberShouldMatch == 0
        && boolean.Clauses.Count(c => c.Occur == Occur.MUST) == 1
        && boolean.Clauses.All(c => c.Occur is Occur.MUST or Occur.MUST_NOT)
        && boolean.Clauses.Any(c => c.Occur == Occur.MUST_NOT);

    /// <summary>An empty query of this kind with the coordination setting of <paramref name="like"/>; add its clauses.</summary>
    public static BooleanQuery Like(BooleanQuery like) => new ExcludingQuery(like.CoordDisabled);

    public override Weight CreateWeight(IndexSearcher searcher) => new ExcludingWeight(this, searcher);

    private sealed class ExcludingWeight(ExcludingQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            // Lucene's conjunction of one scores the clause's score times coord(1, 1): the same float when that is 1.
            var coord = query.CoordDisabled ? 1f : Coord(1, m_maxCoord);
            if (coord != 1f)
            {
                return base.GetScorer(context, acceptDocs);
            }

            // The excluded clauses first, so that no scorer is made twice when one of them matches here.
            Weight? required = null;
            for (var i = 0; i < m_weights.Count; i++)
            {
                if (query.Clauses[i].Occur == Occur.MUST)
                {
                    required = m_weights[i];
                }
                else if (m_weights[i].GetScorer(context, acceptDocs) is not null)
                {
                    return base.GetScorer(context, acceptDocs);
                }
            }

            return required!.GetScorer(context, acceptDocs);
        }
    }
}
