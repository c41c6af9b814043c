using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Querying;

/// <summary>
/// Walks the case documents a <see cref="LetterTextQuery"/> matches and yields the items before each one, as many
/// as its item count says, in document order.
/// </summary>
internal sealed class LetterTextScorer(Weight weight, Scorer cases, LetterItemCounts itemCounts, IBits? acceptItems, int itemsPerLetter)
    : Scorer(weight)
{
    private int doc = -1;
    private bool scored;
    private float score;

    /// <summary>The case document whose items are being yielded.</summary>
    public int CaseDoc { get; private set; } = -1;

    public override int DocID => doc;

    public override int Freq => cases.Freq;

    public override float GetScore()
    {
        // The case scorer stays on the case document while its items are yielded; its score is read once for all.
        if (!scored)
        {
            score = cases.GetScore();
            scored = true;
        }

        return score;
    }

    public override int NextDoc()
    {
        if (doc == NO_MORE_DOCS)
        {
            return doc;
        }

        while (true)
        {
            if (++doc < CaseDoc)
            {
                if (acceptItems is null || acceptItems.Get(doc))
                {
                    return doc;
                }

                continue;
            }

            if (!NextCase(cases.NextDoc()))
            {
                return doc = NO_MORE_DOCS;
            }

            doc = FirstItem(CaseDoc) - 1;
        }
    }

    public override int Advance(int target)
    {
        if (target == NO_MORE_DOCS)
        {
            return doc = NO_MORE_DOCS;
        }

        if (target >= CaseDoc)
        {
            // The items at or after the target belong to a case document after it.
            if (!NextCase(cases.Advance(target + 1)))
            {
                return doc = NO_MORE_DOCS;
            }

            doc = Math.Max(target, FirstItem(CaseDoc)) - 1;
            return NextDoc();
        }

        doc = Math.Max(doc, target - 1);
        return NextDoc();
    }

    public override long GetCost() => cases.GetCost() * itemsPerLetter;

    private bool NextCase(int caseDoc)
    {
        CaseDoc = caseDoc;
        scored = false;
        return caseDoc != NO_MORE_DOCS;
    }

    private int FirstItem(int caseDoc) => itemCounts.FirstItem(caseDoc);
}
