using ImrSearch.Search.Execution;
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
/// Hits are counted in batches by their joint codes (<see cref="JointFacetCodes"/>: one increment per group of
/// dimensions), near misses one value at a time into per-segment slot counts (segment ordinal + 1); both reach the
/// global counts once per segment, with no ordinal mapping in the loop. Call <see cref="Finish"/> after the search.
/// With a recorder, every document the query matches is also recorded with its score, hit or not, for refinements
/// (<see cref="DrillSideways.Replay"/>).
/// </summary>
internal sealed class DrillSidewaysCollector(
    ReaderFacetOrdinals ordinals,
    IReadOnlyList<FacetSelection> selections,
    FacetCounts counts,
    ICollector hits,
    bool[] countedDimensions,
    QueryHitsRecorder? recorder = null) : ICollector
{
    private const int BatchSize = 2048;
    private readonly bool[][] _segmentWanted = new bool[selections.Count][];
    private readonly int[] _batch = new int[BatchSize];
    private SegmentDimensionOrdinals[] _segment = [];
    private int[][] _toGlobal = [];
    private Scorer? _scorer;
    private int _docBase;
    private int _batched;
    private int[][] _segmentCounts = [];
    private JointFacetCodes.Group[] _groups = [];
    private int[] _unjoined = [];
    private int[][] _groupCounts = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        // Recording asks for each score once more; scorers compute the same value however often they are asked (a
        // caching wrapper cost more than the few scorers that recompute).
        _scorer = scorer;
        hits.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Finish();
        hits.SetNextReader(context);
        _docBase = context.DocBase;
        _segment = ordinals.Segments[context.Ord];
        _toGlobal = ordinals.SegmentToGlobal[context.Ord];
        _segmentCounts = new int[_segment.Length][];
        for (var d = 0; d < _segment.Length; d++)
        {
            _segmentCounts[d] = countedDimensions[d] ? new int[_segment[d].SlotCount] : [];
        }

        _groups = [.. ordinals.Joint[context.Ord].Groups];
        _unjoined = [.. ordinals.Joint[context.Ord].Unjoined.Where(d => countedDimensions[d])];
        _groupCounts = [.. _groups.Select(g => g.Dimensions.Any(d => countedDimensions[d]) ? new int[g.Tuples.Length] : [])];

        for (var s = 0; s < selections.Count; s++)
        {
            _segmentWanted[s] = selections[s].SegmentWanted(_toGlobal[selections[s].Dimension]);
        }
    }

    public void Collect(int doc)
    {
        recorder?.Add(_docBase + doc, _scorer!.GetScore());
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
        _batch[_batched++] = doc;
        if (_batched == BatchSize)
        {
            CountBatch();
        }
    }

    /// <summary>Adds the current segment's counts to the global counts.</summary>
    public void Finish()
    {
        CountBatch();
        for (var g = 0; g < _groups.Length; g++)
        {
            JointFacetCodes.AddToSlots(_groups[g], _groupCounts[g], _segmentCounts, countedDimensions);
        }

        for (var d = 0; d < _segmentCounts.Length; d++)
        {
            var slotCounts = _segmentCounts[d];
            var toGlobal = _toGlobal[d];
            var global = counts.ByDimension[d];
            for (var slot = 1; slot < slotCounts.Length; slot++)
            {
                global[toGlobal[slot - 1]] += slotCounts[slot];
            }
        }

        _segmentCounts = [];
        _groups = [];
        _groupCounts = [];
        _unjoined = [];
    }

    private void CountBatch()
    {
        var docs = _batch.AsSpan(0, _batched);
        for (var g = 0; g < _groups.Length; g++)
        {
            var groupCounts = _groupCounts[g];
            if (groupCounts.Length == 0)
            {
                continue;
            }

            var codes = _groups[g].Codes;
            foreach (var doc in docs)
            {
                groupCounts[codes[doc]]++;
            }
        }

        foreach (var d in _unjoined)
        {
            foreach (var doc in docs)
            {
                _segment[d].Count(doc, _segmentCounts[d]);
            }
        }

        _batched = 0;
    }
}
