using ImrSearch.Domain;
using ImrSearch.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Precedents;

/// <summary>
/// Counts upheld and overturned items per (group value, second value) in one pass over the matching items, reading
/// the same per-segment facet ordinals as the facet counts, into a flat array indexed by global ordinals (slot 0 is
/// "no value"), so a pass over a million items allocates nothing per item. A multi-valued dimension (specialty,
/// guideline) counts an item once under each of its values, as its facet counts do.
/// </summary>
internal sealed class OutcomeCollector : ICollector
{
    /// <summary>More cells than this and a cross-tab is no longer a table anyone can read.</summary>
    public const int MaxCells = 1 << 22;

    private readonly ReaderFacetOrdinals ordinals;
    private readonly int group;
    private readonly int then;
    private readonly int decision;
    private readonly Decision?[] decisionByOrdinal;
    private readonly int thenSlots;
    private readonly long[] upheld;
    private readonly long[] overturned;
    private SegmentDimensionOrdinals[] segment = [];
    private int[][] toGlobal = [];

    /// <param name="then">The second dimension's index, or -1 for none.</param>
    public OutcomeCollector(ReaderFacetOrdinals ordinals, int group, int then, int decision)
    {
        this.ordinals = ordinals;
        this.group = group;
        this.then = then;
        this.decision = decision;
        decisionByOrdinal = [.. ordinals.Values(decision).Select(v => Enum.TryParse<Decision>(v, out var d) ? d : (Decision?)null)];
        thenSlots = then < 0 ? 1 : ordinals.ValueCount(then) + 1;
        var cells = (long)(ordinals.ValueCount(group) + 1) * thenSlots;
        if (cells > MaxCells)
        {
            throw new Search.SearchRequestException(
                $"That cross-tab would have {cells:N0} cells; choose a second dimension with fewer values.");
        }

        upheld = new long[cells];
        overturned = new long[cells];
    }

    public long Upheld { get; private set; }

    public long Overturned { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>The non-empty cells: global ordinals of both values (-1 for none) and their counts.</summary>
    public IEnumerable<(int Group, int Then, long Upheld, long Overturned)> Cells()
    {
        for (var cell = 0; cell < upheld.Length; cell++)
        {
            if (upheld[cell] + overturned[cell] > 0)
            {
                yield return ((cell / thenSlots) - 1, (cell % thenSlots) - 1, upheld[cell], overturned[cell]);
            }
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        segment = ordinals.Segments[context.Ord];
        toGlobal = ordinals.SegmentToGlobal[context.Ord];
    }

    public void Collect(int doc)
    {
        var decisions = segment[decision];
        var first = decisions.Single is { } single ? single[doc] : FirstOrdinal(decisions, doc);
        if (first < 0 || decisionByOrdinal[toGlobal[decision][first]] is not Decision outcome)
        {
            return;
        }

        var counts = outcome == Decision.Upheld ? upheld : overturned;
        if (outcome == Decision.Upheld)
        {
            Upheld++;
        }
        else
        {
            Overturned++;
        }

        var (groupStart, groupEnd) = Range(group, doc);
        for (var g = groupStart; g < Math.Max(groupEnd, groupStart + 1); g++)
        {
            var groupSlot = g < groupEnd ? GlobalAt(group, g, doc) + 1 : 0;
            if (then < 0)
            {
                counts[groupSlot]++;
                continue;
            }

            var (thenStart, thenEnd) = Range(then, doc);
            for (var t = thenStart; t < Math.Max(thenEnd, thenStart + 1); t++)
            {
                var thenSlot = t < thenEnd ? GlobalAt(then, t, doc) + 1 : 0;
                counts[(groupSlot * thenSlots) + thenSlot]++;
            }
        }
    }

    private static int FirstOrdinal(SegmentDimensionOrdinals values, int doc) =>
        values.Starts![doc] < values.Starts[doc + 1] ? values.Values![values.Starts[doc]] : -1;

    /// <summary>The positions of a document's values: [doc, doc+1) of Single when it has one, else its run in Values.</summary>
    private (int Start, int End) Range(int dimension, int doc)
    {
        var values = segment[dimension];
        if (values.Single is { } single)
        {
            return single[doc] >= 0 ? (doc, doc + 1) : (doc, doc);
        }

        return (values.Starts![doc], values.Starts[doc + 1]);
    }

    private int GlobalAt(int dimension, int position, int doc)
    {
        var values = segment[dimension];
        var ordinal = values.Single is { } single ? single[doc] : values.Values![position];
        return toGlobal[dimension][ordinal];
    }
}
