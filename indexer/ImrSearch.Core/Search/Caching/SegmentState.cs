using ImrSearch.Index;
using ImrSearch.Search.Execution;
using ImrSearch.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ImrSearch.Search.Caching;

/// <summary>
/// What is kept for one segment: its decided-item documents, those without each kind of date, and its facet ordinals,
/// plain and as joint codes.
/// Segments never change, so an <see cref="OpenedCommit"/> takes these over from the commit opened before it for
/// every segment the two share, and a refresh reads only the new segments.
/// </summary>
/// <param name="Items">The segment's item documents, deleted ones included (deletions are a reader's, applied per commit).</param>
/// <param name="FacetOrdinals">[dimension]: the segment's ordinal arrays, in the order of <see cref="IndexSchema.FacetDimensions"/>.</param>
/// <param name="Joint">The segment's dimensions folded into joint codes, for counting hits in every dimension at once.</param>
/// <param name="Undated">[<see cref="DateKind"/>]: the segment's items whose letter does not state that date (deleted ones included).</param>
/// <param name="TrendSlots">Each document's month and outcome for trends (see <see cref="Precedents.TrendSlots"/>).</param>
/// <param name="DateKeys">[<see cref="DateKind"/>]: each document's key for that date (see <see cref="Execution.DateKeys"/>).</param>
internal sealed record SegmentState(FixedBitSet Items, SegmentDimensionOrdinals[] FacetOrdinals, JointFacetCodes Joint, FixedBitSet[] Undated, short[] TrendSlots, int[][] DateKeys)
{
    /// <summary>
    /// Reads a segment: one walk of the item postings, one of each dimension's sorted-set doc values, then the
    /// joint codes, each kind of date (the decision dates' values, the other dates' postings), and the trend slots.
    /// About 5 bytes per document and dimension, fourteen more, and four bits.
    /// </summary>
    public static SegmentState Read(AtomicReader segment, IReadOnlyList<FacetDimension> dimensions)
    {
        var ordinals = dimensions
            .Select(d => SegmentDimensionOrdinals.Read(segment.GetSortedSetDocValues(d.DocValuesField), segment.MaxDoc))
            .ToArray();
        var items = ItemsOnly.Read(segment);
        var dateKeys = DateRanges.Kinds.Select(kind => Execution.DateKeys.Read(segment, kind)).ToArray();
        var undated = dateKeys.Select(keys => UndatedItems.Read(items, keys)).ToArray();
        var decidedKeys = dateKeys[(int)DateKind.Decided];
        var trendSlots = Precedents.TrendSlots.Read(segment, ordinals[dimensions.ToList().IndexOf(IndexSchema.Decision)], decidedKeys);
        return new SegmentState(items, ordinals, JointFacetCodes.Build(ordinals, segment.MaxDoc), undated, trendSlots, dateKeys);
    }
}
