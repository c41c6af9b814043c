using ImrSearch.Index;
using ImrSearch.Search.Execution;
using ImrSearch.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Caching;

/// <summary>
/// One opened index commit (a point-in-time reader) with everything ImrSearch keeps for it: the searcher, a number
/// that keys the result caches, each segment's <see cref="SegmentState"/>, the facet ordinals across segments, every
/// dimension's counts over all decided items, and the browse orders. <see cref="OpenedCommits"/> opens and warms one
/// before it serves it; it is dropped with its reader, when no search holds it any more.
/// </summary>
/// <remarks>
/// <para>
/// Cost: opening reads the facet doc values and item postings of every segment it does not share with the commit
/// opened before it, maps each dimension's ordinals across segments, and <see cref="Warm"/> counts every dimension
/// over all items (one pass) and sorts all items three ways. All of it is proportional to the number of documents;
/// a refresh after an incremental build reads only the new segments.
/// </para>
/// <para>
/// Memory: per segment about 4 bytes per document and dimension and four bits per document (<see cref="SegmentState"/>);
/// per commit the ordinal maps, an int per item for each browse order, the last 64 browse pages assembled, and up to
/// 32 MB of letters decoded for result pages (<see cref="KeptLetters"/>).
/// </para>
/// <para>
/// Threading: immutable once warmed, apart from the browse pages (locked inside <see cref="BrowseOrder"/>) and the
/// kept letters (locked inside theirs); any number of searches share one.
/// </para>
/// </remarks>
internal sealed class OpenedCommit
{
    private readonly IReadOnlyDictionary<object, SegmentState> segments;
    private readonly Lazy<FacetCounts> allItemCounts;
    private readonly Lazy<BrowseOrder> browse;

    private OpenedCommit(IndexSearcher searcher, long number, IReadOnlyDictionary<object, SegmentState> segments, SegmentState[] byLeaf)
    {
        Searcher = searcher;
        Number = number;
        this.segments = segments;
        Items = new ItemsOnly(SegmentItems);
        FacetOrdinals = new ReaderFacetOrdinals(
            searcher.IndexReader,
            IndexSchema.FacetDimensions,
            [.. byLeaf.Select(s => s.FacetOrdinals)],
            [.. byLeaf.Select(s => s.Joint)]);
        allItemCounts = new Lazy<FacetCounts>(() => DrillSideways.CountAll(new IndexSearcher(searcher.IndexReader), FacetOrdinals, Items));
        browse = new Lazy<BrowseOrder>(() => new BrowseOrder(searcher.IndexReader, Items));
    }

    /// <summary>The searcher of this commit (splitting broad searches over slices when it is a <see cref="SlicedSearch"/>).</summary>
    public IndexSearcher Searcher { get; }

    public IndexReader Reader => Searcher.IndexReader;

    /// <summary>
    /// A number given by whoever opened the commit, distinct among the commits it opened: doc ids, and so cached
    /// hits and cursors, are only meaningful on the commit they came from.
    /// </summary>
    public long Number { get; }

    /// <summary>The decided-item documents of this commit, as a filter (each segment's bit set).</summary>
    public ItemsOnly Items { get; }

    public ReaderFacetOrdinals FacetOrdinals { get; }

    /// <summary>
    /// Every dimension counted over all decided items: the browse page, the stats command, and the sideways counts of
    /// a one-dimension selection without a query.
    /// </summary>
    public FacetCounts AllItemCounts => allItemCounts.Value;

    /// <summary>Every live item in each sort, for browsing without a query or filter.</summary>
    public BrowseOrder Browse => browse.Value;

    /// <summary>The letters result pages showed recently, decoded (see <see cref="KeptLetters"/>).</summary>
    public KeptLetters Letters { get; } = new();

    /// <summary>
    /// Opens the state of a searcher's reader, taking each segment's state over from <paramref name="previous"/> when
    /// it holds the segment, reading it otherwise.
    /// </summary>
    public static OpenedCommit Open(IndexSearcher searcher, long number = 0, OpenedCommit? previous = null)
    {
        var leaves = searcher.IndexReader.Leaves;
        var segments = new Dictionary<object, SegmentState>(leaves.Count);
        var byLeaf = new SegmentState[leaves.Count];
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var segment = leaves[leaf].AtomicReader;
            var key = segment.CoreCacheKey;
            if (!segments.TryGetValue(key, out var state))
            {
                state = previous?.segments.GetValueOrDefault(key) ?? SegmentState.Read(segment, IndexSchema.FacetDimensions);
                segments[key] = state;
            }

            byLeaf[leaf] = state;
        }

        return new OpenedCommit(searcher, number, segments, byLeaf);
    }

    /// <summary>Computes what the first browse page and the first search would otherwise wait for.</summary>
    public void Warm()
    {
        _ = AllItemCounts;
        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Newest, SearchSort.Case })
        {
            _ = Browse.Documents(sort);
            _ = Browse.Ranks(sort);
        }
    }

    /// <summary>The decided items without the date (see <see cref="UndatedItems"/>), as a filter.</summary>
    public UndatedItems Undated(DateKind kind) => new(kind, UndatedIn);

    /// <summary>A segment's trend slots (see <see cref="Precedents.TrendSlots"/>); read afresh for a segment of another reader.</summary>
    public short[] TrendSlots(AtomicReaderContext leaf) =>
        segments.TryGetValue(leaf.AtomicReader.CoreCacheKey, out var state)
            ? state.TrendSlots
            : Precedents.TrendSlots.Read(leaf.AtomicReader, FacetOrdinals.Segments[leaf.Ord][FacetOrdinals.DimensionIndex(IndexSchema.Decision)], DateKeysIn(leaf.AtomicReader, DateKind.Decided));

    /// <summary>A segment's keys for a kind of date (see <see cref="DateKeys"/>); read afresh for a segment of another reader.</summary>
    public int[] DateKeysIn(AtomicReader segment, DateKind kind) =>
        segments.TryGetValue(segment.CoreCacheKey, out var state) ? state.DateKeys[(int)kind] : DateKeys.Read(segment, kind);

    /// <summary>A segment's items without the date (deleted ones included); read afresh for a segment of another reader (none of the searches asks).</summary>
    public FixedBitSet UndatedIn(AtomicReader segment, DateKind kind) =>
        segments.TryGetValue(segment.CoreCacheKey, out var state) ? state.Undated[(int)kind] : UndatedItems.Read(ItemsOnly.Read(segment), DateKeysIn(segment, kind));

    /// <summary>A segment's item documents; read afresh for a segment of another reader (none of the searches asks).</summary>
    private FixedBitSet SegmentItems(AtomicReader segment) =>
        segments.TryGetValue(segment.CoreCacheKey, out var state) ? state.Items : ItemsOnly.Read(segment);
}
