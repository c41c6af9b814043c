using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Querying;

/// <summary>
/// A boolean query of optional clauses only ("any of these"), as Lucene's <see cref="BooleanQuery"/> matches and
/// scores it, with a scorer that finds the next match by a scan of its clauses' current documents
/// (<see cref="AnyClauseScorer"/>) rather than Lucene.NET's heap of scorers.
/// </summary>
/// <remarks>
/// Every word of a query becomes such a group, one clause per default field (and one per synonym), so at a million
/// items nearly every posting a search reads passes through one. Measured on "medication" (four fields, every item
/// matching), the heap cost more than the four posting lists it merged: 137 ms against 63 ms for the four fields
/// searched one at a time. The query stays a <see cref="BooleanQuery"/> (same clauses, equality and rewriting), so
/// whatever walks parsed queries sees no difference.
/// </remarks>
internal sealed class AnyClauseQuery : BooleanQuery
{
    /// <summary>
    /// Groups of more clauses keep Lucene's heap: a scan's cost grows with the clauses, a heap's with their
    /// logarithm, and the large groups are pattern expansions (up to <see cref="BoundedTermExpansion.MaxTerms"/>
    /// words), which the measurements of this class did not cover.
    /// </summary>
    public const int MaxClauses = 16;

    private AnyClauseQuery(bool disableCoord)
        : base(disableCoord)
    {
    }

    /// <summary>
    /// The query with every group of 2 to <see cref="MaxClauses"/> optional clauses (at most one of them required to
    /// match) made an <see cref="AnyClauseQuery"/>, and every required clause with exclusions an
    /// <see cref="ExcludingQuery"/>, at any depth; other queries are kept as they are.
    /// </summary>
    public static Query Apply(Query query) => query switch
    {
        AnyClauseQuery or ExcludingQuery => query,
        BooleanQuery boolean => Rebuild(boolean),
        LetterTextQuery letter when Apply(letter.CaseQuery) is var inner && !ReferenceEquals(inner, letter.CaseQuery) =>
            new LetterTextQuery(inner) { Boost = letter.Boost },
        _ => query,
    };

    public override Weight CreateWeight(IndexSearcher searcher) => new AnyClauseWeight(this, searcher);

    private static BooleanQuery Rebuild(BooleanQuery boolean)
    {
        var anyOf = boolean.Clauses.Count is >= 2 and <= MaxClauses && boolean.MinimumNumberShouldMatch <= 1 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD);
        var copy = anyOf ? new AnyClauseQuery(boolean.CoordDisabled)
            : ExcludingQuery.Fits(boolean) ? ExcludingQuery.Like(boolean)
            : new BooleanQuery(boolean.CoordDisabled);
        copy.Boost = boolean.Boost;
        copy.MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch;
        foreach (var clause in boolean.Clauses)
        {
            copy.Add(Apply(clause.Query), clause.Occur);
        }

        return copy;
    }

    private sealed class AnyClauseWeight(AnyClauseQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var scorers = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    scorers.Add(scorer);
                }
            }

            if (scorers.Count == 0)
            {
                return null;
            }

            var coord = new float[scorers.Count + 1];
            for (var i = 0; i < coord.Length; i++)
            {
                coord[i] = query.CoordDisabled ? 1f : Coord(i, m_maxCoord);
            }

            // One clause matching in the segment (a phrase found in one field only) scores as itself when the
            // coordination factor leaves its score as it is: no scan at all.
            return scorers.Count == 1 && coord[1] == 1f ? scorers[0] : new AnyClauseScorer(this, [.. scorers], coord);
        }
    }
}
