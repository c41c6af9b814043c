using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Facets;

/// <summary>
/// One pass over the documents of the driving query that yields both the hits and every dimension's
/// drill-sideways counts, as Lucene's DrillSideways (and Elasticsearch's post_filter with per-dimension
/// aggregation filters) define them:
/// <list type="bullet">
/// <item>a document matching every selected dimension is a hit: it goes to the hit collector and is counted in
/// every dimension;</item>
/// <item>a document failing exactly one selected dimension is a "near miss" for it: it is counted in that
/// dimension only, so a dimension's counts ignore its own selection;</item>
/// <item>a document failing two or more is ignored.</item>
/// </list>
/// Counting goes into per-segment arrays indexed by segment ordinal, added to the global counts once per segment
/// (one array increment per value in the loop, no ordinal mapping); call <see cref="Finish"/> after the search.
/// </summary>
internal sealed class DrillSidewaysCollector(
    ReaderFacetOrdinals ordinals,
    IReadOnlyList<FacetSelection> selections,
    FacetCounts counts,
    ICollector hits,
    bool[] countedDimensions) : ICollector
{
    private readonly bool[][] _segmentWanted = new bool[selections.Count][];
    private SegmentDimensionOrdinals[] _segment = [];
    private int[][] _toGlobal = [];
    private int[][] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Finish();
        hits.SetNextReader(context);
        _segment = ordinals.Segments[context.Ord];
        _toGlobal = ordinals.SegmentToGlobal[context.Ord];
        _segmentCounts = new int[_segment.Length][];
        for (var d = 0; d < _segment.Length; d++)
        {
            _segmentCounts[d] = countedDimensions[d] ? new int[_segment[d].ValueCount] : [];
        }

        for (var s = 0; s < selections.Count; s++)
        {
            var toGlobal = _toGlobal[selections[s].Dimension];
            var wanted = new bool[toGlobal.Length];
            for (var ord = 0; ord < wanted.Length; ord++)
            {
                wanted[ord] = selections[s].Wanted[toGlobal[ord]];
            }

            _segmentWanted[s] = wanted;
        }
    }

    public void Collect(int doc)
    {
        var missed = -1;
        for (var s = 0; s < _segmentWanted.Length; s++)
        {
            if (!_segment[selections[s].Dimension].HasAny(doc, _segmentWanted[s]))
            {
                if (missed >= 0)
                {
                    return;
                }

                missed = s;
            }
        }

        if (missed >= 0)
        {
            var dimension = selections[missed].Dimension;
            if (countedDimensions[dimension])
            {
                _segment[dimension].Count(doc, _segmentCounts[dimension]);
            }

            return;
        }

        counts.Total++;
        hits.Collect(doc);
        for (var d = 0; d < _segment.Length; d++)
        {
            if (countedDimensions[d])
            {
                _segment[d].Count(doc, _segmentCounts[d]);
            }
        }
    }

    /// <summary>Adds the current segment's counts to the global counts.</summary>
    public void Finish()
    {
        for (var d = 0; d < _segmentCounts.Length; d++)
        {
            var segmentCounts = _segmentCounts[d];
            var toGlobal = _toGlobal[d];
            var global = counts.ByDimension[d];
            for (var ord = 0; ord < segmentCounts.Length; ord++)
            {
                global[toGlobal[ord]] += segmentCounts[ord];
            }
        }

        _segmentCounts = [];
    }
}
