using ImrSearch.Highlighting;
using ImrSearch.Search.Execution;
using ImrSearch.Search.Facets;
using Lucene.Net.Search;

namespace ImrSearch.Search.Caching;

/// <summary>
/// What one query with its filters and sort produced on one reader: the rewritten query, what to highlight, the
/// notes for the user, the drill-sideways counts, and the hits known so far. Cached, so paging, changing the page
/// size or coming back to a result list costs only the page's highlighting.
/// </summary>
/// <remarks>
/// The first pass keeps the top <see cref="Prefetch"/> hits (or more, for a deep first page). A page beyond them
/// is collected with search-after from the nearest known hit (a cursor), never by collecting and skipping every
/// earlier hit, and its last hit becomes a cursor for the next page.
/// </remarks>
internal sealed class ResultSet
{
    /// <summary>Hits kept from the first pass: ten pages of ten, or one of a hundred.</summary>
    public const int Prefetch = 100;


    private const int MaxCursors = 256;

    /// <summary>Highlighted pages a result set keeps, in bytes (a page of ten is about 40 KB; a page of a hundred may not fit).</summary>
    private const long AssembledBytesKept = 256 * 1024;

    private readonly ScoreDoc[] top;
    private readonly SortedList<int, ScoreDoc> cursors = [];
    private readonly object gate = new();
    private readonly Dictionary<(int Page, int Size), IReadOnlyList<SearchHit>> assembled = [];
    private long assembledBytes;

    // The query's recorded hits, while the searcher still keeps them: cursor pages then replay the scores the first
    // page was ranked by (a filtered pass over the index can add a hit's field scores in another order and differ in
    // the last bit, which could move a hit across a page boundary).
    private readonly Func<QueryHits?>? recordedHits;

    public ResultSet(
        Query query,
        Filter? hitsFilter,
        SearchSort sort,
        HighlightTerms highlightTerms,
        IReadOnlyList<string> notes,
        FacetCounts counts,
        IReadOnlyList<FacetSelection> selections,
        ScoreDoc[] collected,
        int maxPass,
        Func<QueryHits?>? recordedHits = null)
    {
        this.recordedHits = recordedHits;
        MaxPass = maxPass;
        Query = query;
        HitsFilter = hitsFilter;
        Sort = sort;
        HighlightTerms = highlightTerms;
        Notes = notes;
        Counts = counts;
        Selections = selections;
        // Only the first hits are kept (a deep first page collects many more); the last one collected is a cursor.
        top = collected.Length > Prefetch ? collected[..Prefetch] : collected;
        if (collected.Length > Prefetch)
        {
            cursors[collected.Length - 1] = collected[^1];
        }

        Bytes = (8 * CachedBytes.ObjectOverhead)
            + counts.ByDimension.Sum(d => CachedBytes.ObjectOverhead + (4L * d.Length))
            + (top.Length * 48L)
            + (MaxCursors * 96L)
            + AssembledBytesKept
            + (4 * (CachedBytes.ObjectOverhead + 8))
            + CachedBytes.Of(notes)
            + CachedBytes.Of(query);
    }

    /// <summary>
    /// The most this result set takes on the heap, in bytes, with its cursors and highlighted pages at their limits
    /// (the query and highlight terms, when shared with a recorded hit list, are counted in both).
    /// </summary>
    public long Bytes { get; }

    public Query Query { get; }

    /// <summary>The most hits one pass collects; a deeper page is reached in passes of this many, cursor to cursor.</summary>
    public int MaxPass { get; }

    /// <summary>Every selection (null for none): what a hits-only pass filters on.</summary>
    public Filter? HitsFilter { get; }

    public SearchSort Sort { get; }

    public HighlightTerms HighlightTerms { get; }

    public IReadOnlyList<string> Notes { get; }

    public FacetCounts Counts { get; }

    public IReadOnlyList<FacetSelection> Selections { get; }

    public long Total => Counts.Total;

    /// <summary>
    /// For each date range of the request, the items it left out for want of the date: counted once, when the result
    /// set is made (before it is cached), so paging and coming back never count again. Empty without a range.
    /// </summary>
    public IReadOnlyList<MissingDates> MissingDates { get; set; } = [];

    /// <summary>The hits of one page, in order; empty past the last hit.</summary>
    public IReadOnlyList<ScoreDoc> Page(OpenedCommit commit, int page, int pageSize)
    {
        var start = (long)(page - 1) * pageSize;
        var end = Math.Min(start + pageSize, Total);
        if (start >= end)
        {
            return [];
        }

        if (end <= top.Length)
        {
            return top[(int)start..(int)end];
        }

        var nearest = NearestCursorBefore((int)start);
        var (cursorIndex, cursor) = (nearest.Index, nearest.Hit);
        while (start - cursorIndex - 1 > MaxPass)
        {
            // Far from any known hit: walk there in bounded passes instead of collecting everything before the page.
            var stride = Collect(commit, MaxPass, cursor);
            if (stride.Length == 0)
            {
                return [];
            }

            cursorIndex += stride.Length;
            cursor = stride[^1];
            Remember(cursorIndex, cursor);
        }

        var collected = Collect(commit, (int)(end - cursorIndex - 1), cursor);
        if (collected.Length == 0)
        {
            return [];
        }

        Remember(cursorIndex + collected.Length, collected[^1]);
        var skip = Math.Max(0, (int)(start - cursorIndex - 1));
        if (skip > 0)
        {
            // The hit before the page: serving the same page again is then a pass collecting just the page.
            Remember(cursorIndex + skip, collected[skip - 1]);
        }

        return collected.Length > skip ? collected[skip..] : [];
    }

    /// <summary>A page's hits as already read and highlighted, if it was served before.</summary>
    public IReadOnlyList<SearchHit>? AssembledPage(int page, int pageSize)
    {
        lock (gate)
        {
            return assembled.GetValueOrDefault((page, pageSize));
        }
    }

    public void KeepAssembledPage(int page, int pageSize, IReadOnlyList<SearchHit> hits)
    {
        lock (gate)
        {
            var bytes = CachedBytes.Of(hits);
            if (bytes > AssembledBytesKept || assembled.ContainsKey((page, pageSize)))
            {
                return;
            }

            if (assembledBytes + bytes > AssembledBytesKept)
            {
                assembled.Clear();
                assembledBytes = 0;
            }

            assembled[(page, pageSize)] = hits;
            assembledBytes += bytes;
        }
    }

    /// <summary>Keeps the hit just before a page served from the first pass, so serving that page again is one short pass.</summary>
    public void KeepCursorBefore(ScoreDoc[] collected, int page, int pageSize)
    {
        var before = ((long)(page - 1) * pageSize) - 1;
        if (before >= top.Length && before < collected.Length)
        {
            Remember((int)before, collected[before]);
        }
    }

    /// <summary>The hits of a page out of a first pass's collected hits.</summary>
    public static IReadOnlyList<ScoreDoc> Slice(ScoreDoc[] collected, int page, int pageSize)
    {
        var start = (long)(page - 1) * pageSize;
        return start >= collected.Length ? [] : collected[(int)start..(int)Math.Min(start + pageSize, collected.Length)];
    }

    private ScoreDoc[] Collect(OpenedCommit commit, int count, ScoreDoc? after)
    {
        var collector = SearchSorts.CreateCollector(commit, Sort, count, after);
        if (recordedHits?.Invoke() is { } recorded)
        {
            DrillSideways.ReplayHits(commit, recorded, Selections, (ICollector)collector);
        }
        else
        {
            commit.Searcher.Search(commit.Items.Restrict(Query), HitsFilter, (ICollector)collector);
        }

        return collector.GetTopDocs().ScoreDocs;
    }

    private void Remember(int index, ScoreDoc hit)
    {
        lock (gate)
        {
            cursors[index] = hit;
            if (cursors.Count > MaxCursors)
            {
                cursors.RemoveAt(0);
            }
        }
    }

    /// <summary>The known hit closest before <paramref name="start"/>, else index -1 and no hit.</summary>
    private Cursor NearestCursorBefore(int start)
    {
        var best = top.Length > 0 ? new Cursor(top.Length - 1, top[^1]) : new Cursor(-1, null);
        lock (gate)
        {
            for (var i = cursors.Count - 1; i >= 0; i--)
            {
                if (cursors.Keys[i] < start)
                {
                    if (cursors.Keys[i] > best.Index)
                    {
                        best = new Cursor(cursors.Keys[i], cursors.Values[i]);
                    }

                    break;
                }
            }
        }

        return best;
    }

    /// <summary>A known hit to collect after: its index in the result list and the hit (none before the first).</summary>
    private readonly record struct Cursor(int Index, ScoreDoc? Hit);
}
