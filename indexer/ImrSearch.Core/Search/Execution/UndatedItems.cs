using ImrSearch.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Execution;

/// <summary>
/// Decided items whose letter does not state one kind of date: what a range on that date leaves out and the search
/// page counts ("N items have no decision date"). A bit set per segment, kept with the segment's state (see
/// <see cref="Caching.SegmentState"/>), so the count walks these items alone instead of testing every item that
/// matches the query against every date the index holds.
/// </summary>
/// <param name="segmentUndated">A segment's undated items (deleted ones included), from where they are kept.</param>
internal sealed class UndatedItems(DateKind kind, Func<AtomicReader, DateKind, FixedBitSet> segmentUndated) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        BitsFilteredDocIdSet.Wrap(segmentUndated(context.AtomicReader, kind), acceptDocs);

    public override string ToString() => $"undated:{kind}";

    /// <summary>
    /// The segment's items without the date, deleted or not: decision dates from their keys (0 when unknown), the
    /// others as the items with none of the date field's full-precision terms.
    /// </summary>
    /// <param name="decidedKeys">The segment's decision-date keys (see <see cref="DecidedKeys"/>).</param>
    public static FixedBitSet Read(AtomicReader segment, DateKind kind, FixedBitSet items, int[] decidedKeys)
    {
        var undated = (FixedBitSet)items.Clone();
        if (kind == DateKind.Decided)
        {
            for (var doc = undated.NextSetBit(0); doc >= 0; doc = doc + 1 < undated.Length ? undated.NextSetBit(doc + 1) : -1)
            {
                if (decidedKeys[doc] != 0)
                {
                    undated.Clear(doc);
                }
            }

            return undated;
        }

        if (segment.GetTerms(DateRangeQuery.Field(kind)) is { } terms)
        {
            var fullPrecision = NumericUtils.FilterPrefixCodedInt32s(terms.GetEnumerator());
            DocsEnum? docs = null;
            while (fullPrecision.MoveNext())
            {
                docs = fullPrecision.Docs(null, docs, DocsFlags.NONE);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    undated.Clear(doc);
                }
            }
        }

        return undated;
    }
}
