using ImrSearch.Domain;
using ImrSearch.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Analytics;

/// <summary>
/// Counts upheld and overturned items per (group value, second value) in one pass over the matching items, reading
/// the same per-segment facet ordinals as the facet counts. A multi-valued dimension (specialty, guideline) counts
/// an item once under each of its values, as its facet counts do.
/// </summary>
internal sealed class OutcomeCollector : ICollector
{
    private const int NoValue = -1;

    private readonly ReaderFacetOrdinals _ordinals;
    private readonly int _group;
    private readonly int _then;
    private readonly int _decision;
    private readonly Decision?[] _decisionByOrdinal;
    private SegmentDimensionOrdinals[] _segment = [];
    private int[][] _toGlobal = [];

    public OutcomeCollector(ReaderFacetOrdinals ordinals, int group, int then, int decision)
    {
        _ordinals = ordinals;
        _group = group;
        _then = then;
        _decision = decision;
        _decisionByOrdinal = [.. ordinals.Values(decision).Select(v => Enum.TryParse<Decision>(v, out var d) ? d : (Decision?)null)];
    }

    public Dictionary<(int Group, int Then), (long Upheld, long Overturned)> Cells { get; } = [];

    public long Upheld { get; private set; }

    public long Overturned { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = _ordinals.Segments[context.Ord];
        _toGlobal = _ordinals.SegmentToGlobal[context.Ord];
    }

    public void Collect(int doc)
    {
        Decision? decision = null;
        foreach (var ord in GlobalOrdinals(_decision, doc))
        {
            decision ??= _decisionByOrdinal[ord];
        }

        if (decision is not Decision outcome)
        {
            return;
        }

        if (outcome == Decision.Upheld)
        {
            Upheld++;
        }
        else
        {
            Overturned++;
        }

        foreach (var group in GlobalOrdinals(_group, doc).DefaultIfEmpty(NoValue))
        {
            var thens = _then < 0 ? [NoValue] : GlobalOrdinals(_then, doc).DefaultIfEmpty(NoValue);
            foreach (var then in thens)
            {
                Cells.TryGetValue((group, then), out var cell);
                Cells[(group, then)] = outcome == Decision.Upheld ? (cell.Upheld + 1, cell.Overturned) : (cell.Upheld, cell.Overturned + 1);
            }
        }
    }

    private IEnumerable<int> GlobalOrdinals(int dimension, int doc)
    {
        var values = _segment[dimension];
        var toGlobal = _toGlobal[dimension];
        if (values.Single is { } single)
        {
            if (single[doc] >= 0)
            {
                yield return toGlobal[single[doc]];
            }

            yield break;
        }

        for (int i = values.Starts![doc], end = values.Starts[doc + 1]; i < end; i++)
        {
            yield return toGlobal[values.Values![i]];
        }
    }
}
