using System.Numerics;
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
/// dimensions), near misses one value at a time into the segment's slot counts (one array for every dimension,
/// slot = segment ordinal + 1); both reach the global counts once per segment, with no ordinal mapping in the loop.
/// Call <see cref="Finish"/> after the search.
/// With a recorder, every document the query matches is also recorded with its score, hit or not, for refinements
/// (<see cref="DrillSideways.Replay(Caching.OpenedCommit, Caching.QueryHits, IReadOnlyList{FacetSelection}, Func{ITopDocsCollector})"/>).
/// With a missing-date tally (the query gated to let undated items through), a document without a ranged date is
/// neither hit, near miss nor recorded: it is counted for its range when it passes every selection, and dropped.
/// </summary>
internal sealed class DrillSidewaysCollector(
    ReaderFacetOrdinals ordinals,
    IReadOnlyList<FacetSelection> selections,
    FacetCounts counts,
    ICollector hits,
    bool[] countedDimensions,
    QueryHitsRecorder? recorder = null,
    MissingDateTally? missingDates = null) : ICollector
{
    private const int BatchSize = 2048;
    private readonly bool[][] segmentWanted = new bool[selections.Count][];
    private readonly int[] batch = new int[BatchSize];
    private SegmentDimensionOrdinals[] segment = [];
    private SelectionMisses? misses;

    // [selection]: where a near miss of the selection is counted, when its dimension is counted and single-valued in
    // the segment (the slot of ordinal o is at missSlots[s] + o + 1); else the value-by-value count.
    private readonly int[]?[] missSingle = new int[selections.Count][];
    private readonly int[] missSlots = new int[selections.Count];
    private int[][] toGlobal = [];
    private Scorer? scorer;
    private int docBase;
    private int batched;
    private int[] slotCounts = [];
    private int[] slotStarts = [];
    private JointFacetCodes.Group[] groups = [];
    private int[] unjoined = [];
    private int[][] groupCounts = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        // Recording asks for each score once more; scorers compute the same value however often they are asked (a
        // caching wrapper cost more than the few scorers that recompute).
        this.scorer = scorer;
        hits.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Finish();
        hits.SetNextReader(context);
        docBase = context.DocBase;
        missingDates?.SetNextReader(context);
        segment = ordinals.Segments[context.Ord];
        toGlobal = ordinals.SegmentToGlobal[context.Ord];
        var joint = ordinals.Joint[context.Ord];
        slotStarts = joint.SlotStarts;
        slotCounts = new int[slotStarts[^1]];
        groups = [.. joint.Groups];
        unjoined = [.. joint.Unjoined.Where(d => countedDimensions[d])];
        groupCounts = [.. groups.Select(g => g.Dimensions.Any(d => countedDimensions[d]) ? new int[g.CodeCount] : [])];

        for (var s = 0; s < selections.Count; s++)
        {
            segmentWanted[s] = selections[s].SegmentWanted(toGlobal[selections[s].Dimension]);
        }

        misses = selections.Count == 0 ? null : SelectionMisses.For(joint, segment, selections, segmentWanted);
        for (var s = 0; s < selections.Count; s++)
        {
            var d = selections[s].Dimension;
            missSingle[s] = countedDimensions[d] ? segment[d].Single : null;
            missSlots[s] = slotStarts[d];
        }
    }

    public void Collect(int doc)
    {
        if (missingDates is not null && missingDates.Missing(doc) is var missingDate and not MissingDateTally.Dated)
        {
            if (missingDate != MissingDateTally.SeveralMissing && PassesEverySelection(doc))
            {
                missingDates.Count(missingDate);
            }

            return;
        }

        recorder?.Add(docBase + doc, scorer!.GetScore());
        var failed = misses?.Of(doc) ?? 0;
        if (failed != 0)
        {
            if ((failed & (failed - 1)) != 0)
            {
                // Two or more selections failed: neither a hit nor a near miss.
                return;
            }

            var missed = BitOperations.TrailingZeroCount(failed);
            if (missSingle[missed] is { } single)
            {
                slotCounts[missSlots[missed] + single[doc] + 1]++;
                return;
            }

            var dimension = selections[missed].Dimension;
            if (countedDimensions[dimension])
            {
                segment[dimension].Count(doc, Slots(dimension));
            }

            return;
        }

        counts.Total++;
        hits.Collect(doc);
        batch[batched++] = doc;
        if (batched == BatchSize)
        {
            CountBatch();
        }
    }

    /// <summary>Adds the current segment's counts to the global counts.</summary>
    public void Finish()
    {
        CountBatch();
        if (slotCounts.Length == 0)
        {
            return;
        }

        for (var g = 0; g < groups.Length; g++)
        {
            JointFacetCodes.AddToSlots(groups[g], groupCounts[g], slotCounts);
        }

        for (var d = 0; d < segment.Length; d++)
        {
            if (!countedDimensions[d])
            {
                continue;
            }

            var slots = Slots(d);
            var toGlobal = this.toGlobal[d];
            var global = counts.ByDimension[d];
            for (var slot = 1; slot < slots.Length; slot++)
            {
                global[toGlobal[slot - 1]] += slots[slot];
            }
        }

        slotCounts = [];
        groups = [];
        groupCounts = [];
        unjoined = [];
    }

    private bool PassesEverySelection(int doc) => misses is null || misses.Of(doc) == 0;

    private void CountBatch()
    {
        var docs = batch.AsSpan(0, batched);
        for (var g = 0; g < groups.Length; g++)
        {
            var groupCounts = this.groupCounts[g];
            if (groupCounts.Length == 0)
            {
                continue;
            }

            var codes = groups[g].Codes;
            foreach (var doc in docs)
            {
                groupCounts[codes[doc]]++;
            }
        }

        foreach (var d in unjoined)
        {
            var slots = Slots(d);
            foreach (var doc in docs)
            {
                segment[d].Count(doc, slots);
            }
        }

        batched = 0;
    }

    /// <summary>Dimension d's slot counts in the current segment.</summary>
    private Span<int> Slots(int d) => slotCounts.AsSpan(slotStarts[d], slotStarts[d + 1] - slotStarts[d]);
}
