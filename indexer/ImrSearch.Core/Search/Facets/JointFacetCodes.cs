namespace ImrSearch.Search.Facets;

/// <summary>
/// Every facet dimension of one segment folded into a few joint codes per document, so that counting a broad
/// query's hits in all dimensions costs a few array increments per document instead of one or more per dimension.
/// </summary>
/// <remarks>
/// <para>
/// A document's values in one dimension form a value set (usually one value, sometimes several, sometimes none);
/// a group of dimensions gives each document the tuple of its value sets, and each distinct tuple in the segment
/// gets a code. Counting a hit is then one increment of its code in each group; after the pass, each code's count
/// is added to every value of its tuple (<see cref="AddToSlots"/>). The facet values here are few and correlated
/// (treatment and body region, specialty and licensure), so a handful of groups of at most
/// <see cref="MaxCodesPerGroup"/> codes covers all dimensions, and each group's counts fit in the L1 cache.
/// </para>
/// <para>
/// Built once per segment, with the segment's ordinal arrays, when a searcher first opens it; dimensions join the
/// current group, in schema order, while its codes stay within the limit.
/// </para>
/// </remarks>
internal sealed class JointFacetCodes
{
    /// <summary>The most distinct tuples a group may have: its counts array is then at most 16 KB.</summary>
    public const int MaxCodesPerGroup = 4096;

    /// <summary>The most codes any group may have (a dimension alone with more value sets is counted value by value).</summary>
    public const int MaxCodes = ushort.MaxValue + 1;

    private JointFacetCodes(IReadOnlyList<Group> groups, IReadOnlyList<int> unjoined)
    {
        Groups = groups;
        Unjoined = unjoined;
    }

    public IReadOnlyList<Group> Groups { get; }

    /// <summary>Dimensions with more distinct value sets in this segment than <see cref="MaxCodes"/>: in no group.</summary>
    public IReadOnlyList<int> Unjoined { get; }

    /// <param name="Dimensions">The dimensions in the group (indexes into the reader's dimensions).</param>
    /// <param name="Codes">Document to its tuple's code.</param>
    /// <param name="Tuples">[code][i]: the values (segment ordinals) of dimension Dimensions[i] in the code's tuple.</param>
    public sealed record Group(int[] Dimensions, ushort[] Codes, int[][][] Tuples);

    /// <param name="maxCodesPerGroup">Codes a group of several dimensions may reach (tests lower it).</param>
    /// <param name="maxCodes">Codes a dimension alone may reach (tests lower it).</param>
    public static JointFacetCodes Build(
        IReadOnlyList<SegmentDimensionOrdinals> dimensions,
        int maxDoc,
        int maxCodesPerGroup = MaxCodesPerGroup,
        int maxCodes = MaxCodes)
    {
        var groups = new List<Group>();
        var unjoined = new List<int>();
        var building = new GroupBuilder(maxDoc);
        for (var d = 0; d < dimensions.Count; d++)
        {
            var (setOf, sets) = ValueSets(dimensions[d], maxDoc);
            if (building.TryAdd(d, setOf, sets, maxCodesPerGroup))
            {
                continue;
            }

            if (building.DimensionCount > 0)
            {
                groups.Add(building.Finish());
                building = new GroupBuilder(maxDoc);
                if (building.TryAdd(d, setOf, sets, maxCodesPerGroup))
                {
                    continue;
                }
            }

            // Too many value sets to share a group: alone with a larger counts array, or else value by value.
            if (building.TryAdd(d, setOf, sets, Math.Min(maxCodes, MaxCodes)))
            {
                groups.Add(building.Finish());
                building = new GroupBuilder(maxDoc);
            }
            else
            {
                unjoined.Add(d);
            }
        }

        if (building.DimensionCount > 0)
        {
            groups.Add(building.Finish());
        }

        return new JointFacetCodes(groups, unjoined);
    }

    /// <summary>
    /// Adds a group's code counts to per-dimension slot counts (slot = segment ordinal + 1), for the dimensions
    /// flagged in <paramref name="counted"/>.
    /// </summary>
    public static void AddToSlots(Group group, int[] codeCounts, int[][] slotCounts, bool[] counted)
    {
        for (var code = 0; code < codeCounts.Length; code++)
        {
            var count = codeCounts[code];
            if (count == 0)
            {
                continue;
            }

            var tuple = group.Tuples[code];
            for (var i = 0; i < group.Dimensions.Length; i++)
            {
                var dimension = group.Dimensions[i];
                if (!counted[dimension])
                {
                    continue;
                }

                foreach (var ord in tuple[i])
                {
                    slotCounts[dimension][ord + 1] += count;
                }
            }
        }
    }

    /// <summary>Each document's value set as a number (0 for the empty set), and the sets' values by number.</summary>
    private static (int[] SetOf, List<int[]> Sets) ValueSets(SegmentDimensionOrdinals dimension, int maxDoc)
    {
        var setOf = new int[maxDoc];
        var sets = new List<int[]> { Array.Empty<int>() };
        if (dimension.Single is { } single)
        {
            for (var ord = 0; ord < dimension.ValueCount; ord++)
            {
                sets.Add([ord]);
            }

            for (var doc = 0; doc < maxDoc; doc++)
            {
                setOf[doc] = single[doc] + 1;
            }

            return (setOf, sets);
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var values = dimension.ValuesOf(doc);
            if (values.IsEmpty)
            {
                continue;
            }

            if (values.Length == 1)
            {
                setOf[doc] = values[0] + 1;
                continue;
            }

            var key = string.Join(',', values.ToArray());
            if (!numbers.TryGetValue(key, out var number))
            {
                number = dimension.ValueCount + 1 + numbers.Count;
                numbers.Add(key, number);
            }

            setOf[doc] = number;
        }

        // Single values keep the numbers ord + 1; sets of several values follow, in the order first met.
        for (var ord = 0; ord < dimension.ValueCount; ord++)
        {
            sets.Add([ord]);
        }

        sets.AddRange(numbers.OrderBy(n => n.Value).Select(n => n.Key.Split(',').Select(int.Parse).ToArray()));
        return (setOf, sets);
    }

    /// <summary>One group under construction: the tuple code of every document so far.</summary>
    private sealed class GroupBuilder(int maxDoc)
    {
        private readonly List<int> dimensions = [];
        private readonly List<List<int[]>> setsByDimension = [];
        private int[] codes = new int[maxDoc];

        // [code]: the value-set number of each dimension so far; every document starts with the empty tuple.
        private List<int[]> tuples = [[]];

        public int DimensionCount => dimensions.Count;

        /// <summary>Adds a dimension when the group's distinct tuples stay within the limit; else changes nothing.</summary>
        public bool TryAdd(int dimension, int[] setOf, List<int[]> sets, int maxCodes)
        {
            // Dense map from (old code, set number) to new code, while it stays small; sparse beyond.
            var width = (long)sets.Count;
            var next = new int[maxDoc];
            var tuples = new List<int[]>();
            var dense = this.tuples.Count * width <= 1 << 22 ? new int[this.tuples.Count * width] : null;
            var sparse = dense is null ? new Dictionary<long, int>() : null;
            for (var doc = 0; doc < maxDoc; doc++)
            {
                var key = (codes[doc] * width) + setOf[doc];
                int code;
                if (dense is not null)
                {
                    code = dense[key] - 1;
                    if (code < 0)
                    {
                        code = tuples.Count;
                        dense[key] = code + 1;
                        tuples.Add([.. this.tuples[codes[doc]], setOf[doc]]);
                    }
                }
                else if (!sparse!.TryGetValue(key, out code))
                {
                    code = tuples.Count;
                    sparse.Add(key, code);
                    tuples.Add([.. this.tuples[codes[doc]], setOf[doc]]);
                }

                if (tuples.Count > maxCodes)
                {
                    return false;
                }

                next[doc] = code;
            }

            dimensions.Add(dimension);
            setsByDimension.Add(sets);
            codes = next;
            this.tuples = tuples.Count == 0 ? [[.. this.tuples[0], 0]] : tuples;
            return true;
        }

        public Group Finish()
        {
            var codes = Array.ConvertAll(this.codes, code => (ushort)code);
            var tuples = this.tuples
                .Select(tuple => tuple.Select((set, i) => setsByDimension[i][set]).ToArray())
                .ToArray();
            return new Group([.. dimensions], codes, tuples);
        }
    }
}
