using ImrSearch.Index;
using ImrSearch.Search.Execution;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Caching;

/// <summary>
/// Every live decided item of a commit in each sort, computed once per commit (warmed before it is served, kept by
/// <see cref="OpenedCommit"/>): browsing without a query or filter, the site's front page, then serves any page,
/// however deep, as a slice of an array.
/// </summary>
/// <remarks>
/// The orders are those of <see cref="SearchSorts"/>: relevance is document order (every item scores the same),
/// newest is decision date descending (undated last), then case id, then item index; by case is case id then item
/// index; document order breaks any remaining tie, as Lucene's collectors do.
/// </remarks>
internal sealed class BrowseOrder
{
    private const int AssembledPagesKept = 64;

    private readonly IndexReader reader;
    private readonly int[] documentOrder;
    private readonly Lazy<int[]> newest;
    private readonly Lazy<int[]> byCase;
    private readonly Lazy<SortRanks> newestRanks;
    private readonly Lazy<SortRanks> caseRanks;
    private readonly Dictionary<(SearchSort Sort, int Page, int Size), IReadOnlyList<SearchHit>> assembled = [];

    public BrowseOrder(IndexReader reader, ItemsOnly items)
    {
        this.reader = reader;
        documentOrder = LiveItems(reader, items);
        newest = new Lazy<int[]>(() => Sorted(newestFirst: true));
        byCase = new Lazy<int[]>(() => Sorted(newestFirst: false));
        newestRanks = new Lazy<SortRanks>(() => new SortRanks(newest.Value, reader.MaxDoc));
        caseRanks = new Lazy<SortRanks>(() => new SortRanks(byCase.Value, reader.MaxDoc));
    }

    /// <summary>Global doc ids of all live items, in the sort's order.</summary>
    public IReadOnlyList<int> Documents(SearchSort sort) => sort switch
    {
        SearchSort.Newest => newest.Value,
        SearchSort.Case => byCase.Value,
        _ => documentOrder,
    };

    /// <summary>Each item's position in a sort other than relevance, for collecting hits in it (null for relevance).</summary>
    public SortRanks? Ranks(SearchSort sort) => sort switch
    {
        SearchSort.Newest => newestRanks.Value,
        SearchSort.Case => caseRanks.Value,
        _ => null,
    };

    /// <summary>One page of hits (every item scores 1, as under a match-all query).</summary>
    public IReadOnlyList<ScoreDoc> Page(SearchSort sort, int page, int pageSize)
    {
        var documents = Documents(sort);
        var start = (long)(page - 1) * pageSize;
        var hits = new List<ScoreDoc>(pageSize);
        for (var i = start; i < Math.Min(start + pageSize, documents.Count); i++)
        {
            hits.Add(new ScoreDoc(documents[(int)i], 1f));
        }

        return hits;
    }

    /// <summary>A page's hits as already read, if it was served before (browse pages are the most requested).</summary>
    public IReadOnlyList<SearchHit> Assembled(SearchSort sort, int page, int pageSize, Func<IReadOnlyList<SearchHit>> assemble)
    {
        lock (assembled)
        {
            if (assembled.TryGetValue((sort, page, pageSize), out var known))
            {
                return known;
            }
        }

        var hits = assemble();
        lock (assembled)
        {
            if (assembled.Count >= AssembledPagesKept)
            {
                assembled.Clear();
            }

            assembled[(sort, page, pageSize)] = hits;
        }

        return hits;
    }

    private static int[] LiveItems(IndexReader reader, ItemsOnly itemsOnly)
    {
        var documents = new List<int>();
        foreach (var leaf in reader.Leaves)
        {
            var items = itemsOnly.In(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = items.NextSetBit(0); doc >= 0; doc = doc + 1 < items.Length ? items.NextSetBit(doc + 1) : -1)
            {
                if (live is null || live.Get(doc))
                {
                    documents.Add(leaf.DocBase + doc);
                }
            }
        }

        return [.. documents];
    }

    private int[] Sorted(bool newestFirst)
    {
        var documents = documentOrder;
        var dates = new long[documents.Length];
        var cases = new int[documents.Length];
        var items = new long[documents.Length];
        var dateValues = MultiDocValues.GetNumericValues(reader, IndexSchema.DecisionDateSort);
        var itemValues = MultiDocValues.GetNumericValues(reader, IndexSchema.ItemIndex);
        var caseValues = MultiDocValues.GetSortedValues(reader, IndexSchema.CaseId);
        for (var i = 0; i < documents.Length; i++)
        {
            dates[i] = dateValues?.Get(documents[i]) ?? 0;
            items[i] = itemValues?.Get(documents[i]) ?? 0;
            cases[i] = caseValues?.GetOrd(documents[i]) ?? -1;
        }

        var order = Enumerable.Range(0, documents.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byDate = newestFirst ? dates[b].CompareTo(dates[a]) : 0;
            if (byDate != 0)
            {
                return byDate;
            }

            var byCase = cases[a].CompareTo(cases[b]);
            if (byCase != 0)
            {
                return byCase;
            }

            var byItem = items[a].CompareTo(items[b]);
            return byItem != 0 ? byItem : documents[a].CompareTo(documents[b]);
        });

        return [.. order.Select(i => documents[i])];
    }
}
