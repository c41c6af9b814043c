using ImrSearch.Index;
using ImrSearch.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ImrSearch.Search.Facets;

/// <summary>
/// The facet ordinals of one point-in-time reader: for every dimension, its values in global ordinal order
/// (an OrdinalMap across segments, as MultiDocValues builds it) and each segment's ordinal arrays and
/// segment-to-global maps. Built when a commit is opened, and kept with it (see <see cref="Caching.OpenedCommit"/>).
/// </summary>
internal sealed class ReaderFacetOrdinals
{
    private readonly string[][] values;
    private readonly Dictionary<string, int[]>[] ordinalsByValue;

    /// <param name="segments">[leaf][dimension]: each segment's ordinal arrays (kept per segment, see <see cref="Caching.SegmentState"/>).</param>
    /// <param name="joint">[leaf]: each segment's joint codes.</param>
    public ReaderFacetOrdinals(IndexReader reader, IReadOnlyList<FacetDimension> dimensions, SegmentDimensionOrdinals[][] segments, JointFacetCodes[] joint)
    {
        Dimensions = dimensions;
        var leaves = reader.Leaves;
        Segments = segments;
        Joint = joint;
        SegmentToGlobal = new int[leaves.Count][][];
        values = new string[dimensions.Count][];
        ordinalsByValue = new Dictionary<string, int[]>[dimensions.Count];

        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            SegmentToGlobal[leaf] = new int[dimensions.Count][];
        }

        for (var d = 0; d < dimensions.Count; d++)
        {
            MapDimension(leaves, d, dimensions[d].DocValuesField);
        }
    }

    public IReadOnlyList<FacetDimension> Dimensions { get; }

    /// <summary>[leaf][dimension]: the segment's ordinal arrays.</summary>
    public SegmentDimensionOrdinals[][] Segments { get; }

    /// <summary>[leaf]: the segment's dimensions as joint codes, for counting hits in every dimension at once.</summary>
    public JointFacetCodes[] Joint { get; }

    /// <summary>[leaf][dimension][segment ordinal]: the global ordinal.</summary>
    public int[][][] SegmentToGlobal { get; }

    /// <summary>A dimension's values, indexed by global ordinal (sorted by their UTF-8 bytes).</summary>
    public IReadOnlyList<string> Values(int dimension) => values[dimension];

    public int ValueCount(int dimension) => values[dimension].Length;

    /// <summary>
    /// The global ordinals of a value, matched as the filter field matches it (regardless of case and whitespace
    /// runs); usually one, none when no item has the value.
    /// </summary>
    public IReadOnlyList<int> FindOrdinals(int dimension, string value) =>
        ordinalsByValue[dimension].TryGetValue(FacetValueQuery.Normalize(value), out var ordinals) ? ordinals : [];

    public int DimensionIndex(FacetDimension dimension)
    {
        for (var d = 0; d < Dimensions.Count; d++)
        {
            if (Dimensions[d] == dimension)
            {
                return d;
            }
        }

        return -1;
    }

    private void MapDimension(IList<AtomicReaderContext> leaves, int d, string field)
    {
        var docValues = leaves.Select(l => l.AtomicReader.GetSortedSetDocValues(field) ?? DocValues.EMPTY_SORTED_SET).ToArray();
        var scratch = new BytesRef();
        string[] values;
        if (docValues.Length == 1)
        {
            values = new string[docValues[0].ValueCount];
            for (var ord = 0; ord < values.Length; ord++)
            {
                docValues[0].LookupOrd(ord, scratch);
                values[ord] = scratch.Utf8ToString();
            }

            SegmentToGlobal[0][d] = [.. Enumerable.Range(0, values.Length)];
        }
        else
        {
            var map = new Lucene.Net.Index.MultiDocValues.OrdinalMap(this, [.. docValues.Select(v => v.GetTermsEnum())]);
            values = new string[map.ValueCount];
            for (long global = 0; global < values.Length; global++)
            {
                docValues[map.GetFirstSegmentNumber(global)].LookupOrd(map.GetFirstSegmentOrd(global), scratch);
                values[global] = scratch.Utf8ToString();
            }

            for (var leaf = 0; leaf < docValues.Length; leaf++)
            {
                var toGlobal = new int[docValues[leaf].ValueCount];
                for (var ord = 0; ord < toGlobal.Length; ord++)
                {
                    toGlobal[ord] = (int)map.GetGlobalOrd(leaf, ord);
                }

                SegmentToGlobal[leaf][d] = toGlobal;
            }
        }

        this.values[d] = values;
        ordinalsByValue[d] = Enumerable.Range(0, values.Length)
            .GroupBy(ord => FacetValueQuery.Normalize(values[ord]), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }
}
