using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>
/// The documents any of its scorers matches, in order, scored as Lucene scores a disjunction: the sum of the matching
/// scorers' scores (summed in double, as Lucene does) times the coordination factor for how many matched.
/// </summary>
/// <remarks>
/// The current document of each scorer is kept in an array: the next match is the least of them, found by one scan,
/// and only the scorers on the current document move. With the few clauses a word expands to, the scan costs less
/// than keeping a heap of scorers, and a score is computed only when asked for (a document a collector drops is
/// never scored), once per document.
/// </remarks>
internal sealed class AnyClauseScorer : Scorer
{
    private readonly Scorer[] scorers;
    private readonly int[] docs;
    private readonly float[] coord;
    private readonly long cost;
    private int count;
    private int doc = -1;
    private int scoredDoc = -1;
    private float score;

    /// <param name="coord">The coordination factor for each number of matching scorers (0 to all).</param>
    public AnyClauseScorer(Weight weight, Scorer[] scorers, float[] coord)
        : base(weight)
    {
        this.scorers = scorers;
        this.coord = coord;
        count = scorers.Length;
        docs = new int[scorers.Length];
        for (var i = 0; i < count; i++)
        {
            docs[i] = scorers[i].DocID;
            cost += scorers[i].GetCost();
        }
    }

    public override int DocID => doc;

    public override int Freq
    {
        get
        {
            var matching = 0;
            for (var i = 0; i < count; i++)
            {
                if (docs[i] == doc)
                {
                    matching++;
                }
            }

            return matching;
        }
    }

    public override float GetScore()
    {
        // A pass that records every match for refinements asks for each score twice (the recorder, then the hit
        // collector): the second time is a field read.
        if (scoredDoc == doc)
        {
            return score;
        }

        var sum = 0d;
        var matching = 0;
        for (var i = 0; i < count; i++)
        {
            if (docs[i] == doc)
            {
                sum += scorers[i].GetScore();
                matching++;
            }
        }

        scoredDoc = doc;
        return score = (float)sum * coord[matching];
    }

    public override int NextDoc()
    {
        var current = doc;
        var next = NO_MORE_DOCS;
        for (var i = 0; i < count; i++)
        {
            var d = docs[i];
            if (d == current)
            {
                d = docs[i] = scorers[i].NextDoc();
                if (d == NO_MORE_DOCS)
                {
                    Drop(i--);
                    continue;
                }
            }

            if (d < next)
            {
                next = d;
            }
        }

        return doc = next;
    }

    public override int Advance(int target)
    {
        var next = NO_MORE_DOCS;
        for (var i = 0; i < count; i++)
        {
            var d = docs[i];
            if (d < target)
            {
                d = docs[i] = scorers[i].Advance(target);
                if (d == NO_MORE_DOCS)
                {
                    Drop(i--);
                    continue;
                }
            }

            if (d < next)
            {
                next = d;
            }
        }

        return doc = next;
    }

    /// <summary>The sum of the clauses' costs, as they were before the first move (exhausted clauses are dropped).</summary>
    public override long GetCost() => cost;

    public override ICollection<ChildScorer> GetChildren() =>
        [.. scorers.Take(count).Select(s => new ChildScorer(s, "SHOULD"))];

    /// <summary>Forgets an exhausted scorer: the last one takes its place, so every scan covers live scorers only.</summary>
    private void Drop(int i)
    {
        count--;
        scorers[i] = scorers[count];
        docs[i] = docs[count];
    }
}
