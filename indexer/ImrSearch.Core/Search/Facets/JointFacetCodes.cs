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

    private JointFacetCodes(IReadOnlyList<Group> groups, IReadOnlyList<int> unjoined, int[] slotStarts)
    {
        Groups = groups;
        Unjoined = unjoined;
        SlotStarts = slotStarts;
    }

    public IReadOnlyList<Group> Groups { get; }

    /// <summary>Dimensions with more distinct value sets in this segment than <see cref="MaxCodes"/>: in no group.</summary>
    public IReadOnlyList<int> Unjoined { get; }

    /// <summary>
    /// Where each dimension's slots start in one array of slot counts for the whole segment (dimension d holds
    /// [SlotStarts[d], SlotStarts[d + 1]), slot = segment ordinal + 1); the last entry is the array's length.
    /// </summary>
    public int[] SlotStarts { get; }

    /// <param name="Dimensions">The dimensions in the group (indexes into the reader's dimensions).</param>
    /// <param name="Codes">Document to its tuple's code.</param>
    /// <param name="TargetStarts">Code c's slots are Targets[TargetStarts[c]..TargetStarts[c + 1]).</param>
    /// <param name="Targets">
    /// Every value of every dimension of each code's tuple, as its index in the segment's slot array
    /// (<see cref="SlotStarts"/>): adding a code's count is then one loop over a flat array.
    /// </param>
    public sealed record Group(int[] Dimensions, ushort[] Codes, int[] TargetStarts, int[] Targets)
    {
        /// <summary>Distinct tuples in the segment: the length of the group's code counts.</summary>
        public int CodeCount => TargetStarts.Length - 1;
    }

    /// <param name="maxCodesPerGroup">Codes a group of several dimensions may reach (tests lower it).</param>
    /// <param name="maxCodes">Codes a dimension alone may reach (tests lower it).</param>
    public static JointFacetCodes Build(
        IReadOnlyList<SegmentDimensionOrdinals> dimensions,
        int maxDoc,
        int maxCodesPerGroup = MaxCodesPerGroup,
        int maxCodes = MaxCodes)
    {
        var slotStarts = new int[dimensions.Count + 1];
        for (var d = 0; d < dimensions.Count; d++)
        {
            slotStarts[d + 1] = slotStarts[d] + dimensions[d].SlotCount;
        }

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
                groups.Add(building.Finish(slotStarts));
                building = new GroupBuilder(maxDoc);
                if (building.TryAdd(d, setOf, sets, maxCodesPerGroup))
                {
                    continue;
                }
            }

            // Too many value sets to share a group: alone with a larger counts array, or else value by value.
            if (building.TryAdd(d, setOf, sets, Math.Min(maxCodes, MaxCodes)))
            {
                groups.Add(building.Finish(slotStarts));
                building = new GroupBuilder(maxDoc);
            }
            else
            {
                unjoined.Add(d);
            }
        }

        if (building.DimensionCount > 0)
        {
            groups.Add(building.Finish(slotStarts));
        }

        return new JointFacetCodes(groups, unjoined, slotStarts);
    }

    /// <summary>
    /// Adds a group's code counts to the segment's slot counts (laid out by <see cref="SlotStarts"/>), every dimension
    /// of the group: the caller reads only the dimensions it counts.
    /// </summary>
    public static void AddToSlots(Group group, int[] codeCounts, int[] slotCounts)
    {
        var starts = group.TargetStarts;
        var targets = group.Targets;
        for (var code = 0; code < codeCounts.Length; code++)
        {
            var count = codeCounts[code];
            if (count == 0)
            {
                continue;
            }

            for (int k = starts[code], end = starts[code + 1]; k < end; k++)
            {
                slotCounts[targets[k]] += count;
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

        public Group Finish(int[] slotStarts)
        {
            var codes = Array.ConvertAll(this.codes, code => (ushort)code);
            var targetStarts = new int[tuples.Count + 1];
            var targets = new List<int>();
            for (var code = 0; code < tuples.Count; code++)
            {
                var tuple = tuples[code];
                for (var i = 0; i < tuple.Length; i++)
                {
                    var start = slotStarts[dimensions[i]] + 1;
                    foreach (var ord in setsByDimension[i][tuple[i]])
                    {
                        targets.Add(start + ord);
                    }
                }

                targetStarts[code + 1] = targets.Count;
            }

            return new Group([.. dimensions], codes, targetStarts, [.. targets]);
        }
    }
}
