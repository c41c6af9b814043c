using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Precedents;

/// <summary>
/// Counts, per citation key, the matching items citing it and their outcomes: per segment by ordinal (an array
/// increment per citation), turned into keys once per segment.
/// </summary>
internal sealed class CitationUsageCollector(ReaderFacetOrdinals ordinals) : ICollector
{
    private readonly int _decision = ordinals.DimensionIndex(IndexSchema.Decision);
    private readonly Decision?[] _decisionByOrdinal =
        [.. ordinals.Values(ordinals.DimensionIndex(IndexSchema.Decision)).Select(v => Enum.TryParse<Decision>(v, out var d) ? d : (Decision?)null)];

    private SortedSetDocValues? _citations;
    private SegmentDimensionOrdinals? _decisions;
    private int[] _decisionToGlobal = [];
    private long[] _upheld = [];
    private long[] _overturned = [];

    public Dictionary<string, (long Upheld, long Overturned)> ByKey { get; } = new(StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _citations = context.AtomicReader.GetSortedSetDocValues(IndexSchema.Citation);
        _decisions = ordinals.Segments[context.Ord][_decision];
        _decisionToGlobal = ordinals.SegmentToGlobal[context.Ord][_decision];
        var valueCount = (int)(_citations?.ValueCount ?? 0);
        _upheld = new long[valueCount];
        _overturned = new long[valueCount];
    }

    public void Collect(int doc)
    {
        if (_citations is null || _decisions?.Single is not { } decisions || decisions[doc] < 0)
        {
            return;
        }

        var outcome = _decisionByOrdinal[_decisionToGlobal[decisions[doc]]];
        if (outcome is null)
        {
            return;
        }

        var counts = outcome == Decision.Upheld ? _upheld : _overturned;
        _citations.SetDocument(doc);
        long ord;
        while ((ord = _citations.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            counts[ord]++;
        }
    }

    /// <summary>Moves the current segment's counts into <see cref="ByKey"/>; call once after the search too.</summary>
    public void Flush()
    {
        if (_citations is null)
        {
            return;
        }

        var scratch = new BytesRef();
        for (var ord = 0; ord < _upheld.Length; ord++)
        {
            if (_upheld[ord] + _overturned[ord] == 0)
            {
                continue;
            }

            _citations.LookupOrd(ord, scratch);
            var key = scratch.Utf8ToString();
            ByKey.TryGetValue(key, out var total);
            ByKey[key] = (total.Upheld + _upheld[ord], total.Overturned + _overturned[ord]);
        }

        _citations = null;
    }
}
