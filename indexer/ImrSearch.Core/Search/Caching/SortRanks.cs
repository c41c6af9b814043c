using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Caching;

/// <summary>
/// One of a commit's sorts as each item's position in it (<see cref="BrowseOrder"/>), for collecting hits in that
/// order: a hit is one int compared, where Lucene's sort fields read the decision date, then on a tie the case id,
/// then the item index from doc values through several virtual calls each (the tests keep those sort fields as the
/// specification of the order).
/// </summary>
/// <remarks>
/// A refinement replays every recorded hit of its query through the collector, so in a sort other than relevance
/// the comparison is most of what a non-competitive hit costs. Positions are unique (document order breaks the last
/// tie, as Lucene's collectors do), so the order is the same; they belong to one commit, as doc ids and cursors do.
/// Memory: an int per document of the commit.
/// </remarks>
internal sealed class SortRanks : FieldComparerSource
{
    private readonly int[] ranks;

    /// <param name="order">Global doc ids of every live item, in the sort's order.</param>
    public SortRanks(IReadOnlyList<int> order, int maxDoc)
    {
        ranks = new int[maxDoc];
        Array.Fill(ranks, int.MaxValue);
        for (var position = 0; position < order.Count; position++)
        {
            ranks[order[position]] = position;
        }

        Sort = new Sort(new SortField("position", this));
    }

    /// <summary>The sort by position, for a collector.</summary>
    public Sort Sort { get; }

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
        new PositionComparer(ranks, numHits);

    /// <summary>A hit's position in the sort, as a collected hit's sort value (a cursor's too).</summary>
    internal sealed class Position(int value)
    {
        public int Value => value;

        public override string ToString() => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class PositionComparer(int[] ranks, int numHits) : FieldComparer<Position>
    {
        private readonly int[] slots = new int[numHits];
        private int bottom;
        private int top;
        private int docBase;

        public override Position this[int slot] => new(slots[slot]);

        public override int Compare(int slot1, int slot2) => slots[slot1].CompareTo(slots[slot2]);

        public override void SetBottom(int slot) => bottom = slots[slot];

        public override void SetTopValue(Position value) => top = value.Value;

        public override int CompareBottom(int doc) => bottom.CompareTo(ranks[docBase + doc]);

        public override int CompareTop(int doc) => top.CompareTo(ranks[docBase + doc]);

        public override void Copy(int slot, int doc) => slots[slot] = ranks[docBase + doc];

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            docBase = context.DocBase;
            return this;
        }

        public override int CompareValues(Position first, Position second) => first.Value.CompareTo(second.Value);
    }
}
