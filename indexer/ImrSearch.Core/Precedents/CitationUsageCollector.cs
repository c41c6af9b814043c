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
    private readonly int decision = ordinals.DimensionIndex(IndexSchema.Decision);
    private readonly Decision?[] decisionByOrdinal =
        [.. ordinals.Values(ordinals.DimensionIndex(IndexSchema.Decision)).Select(v => Enum.TryParse<Decision>(v, out var d) ? d : (Decision?)null)];

    private SortedSetDocValues? citations;
    private SegmentDimensionOrdinals? decisions;
    private int[] decisionToGlobal = [];
    private long[] upheld = [];
    private long[] overturned = [];

    public Dictionary<string, (long Upheld, long Overturned)> ByKey { get; } = new(StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        citations = context.AtomicReader.GetSortedSetDocValues(IndexSchema.Citation);
        decisions = ordinals.Segments[context.Ord][decision];
        decisionToGlobal = ordinals.SegmentToGlobal[context.Ord][decision];
        var valueCount = (int)(citations?.ValueCount ?? 0);
        upheld = new long[valueCount];
        overturned = new long[valueCount];
    }

    public void Collect(int doc)
    {
        if (citations is null || this.decisions?.Single is not { } decisions || decisions[doc] < 0)
        {
            return;
        }

        var outcome = decisionByOrdinal[decisionToGlobal[decisions[doc]]];
        if (outcome is null)
        {
            return;
        }

        var counts = outcome == Decision.Upheld ? upheld : overturned;
        citations.SetDocument(doc);
        long ord;
        while ((ord = citations.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            counts[ord]++;
        }
    }

    /// <summary>Moves the current segment's counts into <see cref="ByKey"/>; call once after the search too.</summary>
    public void Flush()
    {
        if (citations is null)
        {
            return;
        }

        var scratch = new BytesRef();
        for (var ord = 0; ord < upheld.Length; ord++)
        {
            if (upheld[ord] + overturned[ord] == 0)
            {
                continue;
            }

            citations.LookupOrd(ord, scratch);
            var key = scratch.Utf8ToString();
            ByKey.TryGetValue(key, out var total);
            ByKey[key] = (total.Upheld + upheld[ord], total.Overturned + overturned[ord]);
        }

        citations = null;
    }
}
