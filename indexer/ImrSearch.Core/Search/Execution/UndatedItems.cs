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

    /// <summary>The segment's items without the date, deleted or not: those whose key for it is 0.</summary>
    /// <param name="keys">The segment's keys for that kind of date (see <see cref="DateKeys"/>).</param>
    public static FixedBitSet Read(FixedBitSet items, int[] keys)
    {
        var undated = (FixedBitSet)items.Clone();
        for (var doc = undated.NextSetBit(0); doc >= 0; doc = doc + 1 < undated.Length ? undated.NextSetBit(doc + 1) : -1)
        {
            if (keys[doc] != 0)
            {
                undated.Clear(doc);
            }
        }

        return undated;
    }
}
