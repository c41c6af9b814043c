using System.Diagnostics;
using System.Text;
using ImrSearch.Highlighting;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Facets;
using ImrSearch.Search.HitAssembly;
using ImrSearch.Search.Querying;
using Lucene.Net.Search;

namespace ImrSearch.Search.Execution;

/// <summary>One search against one point-in-time searcher: query, drill-sideways facets, one page of highlighted hits.</summary>
internal static class SearchExecution
{
    /// <summary>Hits assembled at a time when reading all of them: each chunk reads its letters once.</summary>
    private const int ExportChunk = 100;

    public static SearchResponse Run(
        OpenedCommit commit,
        SearchRequest request,
        QueryReading reading,
        RecentResults<ResultSet> cache,
        RecentResults<QueryHits> queryHits,
        int maxPass,
        Stopwatch clock)
    {
        if (IsBrowseAll(request))
        {
            return Browse(commit, request, clock);
        }

        var reader = commit.Number;
        var key = ResultKey(reader, request);
        var result = cache.Find(key);
        IReadOnlyList<SearchHit>? hits = null;
        if (result is null)
        {
            (result, var collected) = Execute(commit, request, reading, maxPass, queryHits);
            cache.Add(key, reader, result);
            result.KeepCursorBefore(collected, request.Page, request.PageSize);
            var page = (long)request.Page * request.PageSize <= collected.Length || collected.Length >= result.Total
                ? ResultSet.Slice(collected, request.Page, request.PageSize)
                : result.Page(commit, request.Page, request.PageSize);
            hits = Assemble(commit, result, page);
        }

        if (hits is null && (hits = result.AssembledPage(request.Page, request.PageSize)) is null)
        {
            hits = Assemble(commit, result, result.Page(commit, request.Page, request.PageSize));
        }

        result.KeepAssembledPage(request.Page, request.PageSize, hits);
        return new SearchResponse(
            result.Total,
            clock.Elapsed.TotalMilliseconds,
            hits,
            FacetResults.Build(result.Counts, result.Selections, request.FacetTopN),
            result.Notes.Count == 0 ? null : string.Join(" ", result.Notes),
            request.Page,
            request.PageSize);
    }

    /// <summary>
    /// Every hit of a search, in the order its pages give them, without highlights: browse-all straight from the
    /// per-reader order, anything else in passes of up to <paramref name="maxPass"/> hits, each collected after the
    /// last hit of the one before (as a page past the first pass is), assembled a hundred at a time.
    /// </summary>
    public static IEnumerable<SearchHit> All(OpenedCommit commit, SearchRequest request, QueryReading reading, int maxPass, TimeSpan budgetPerPass)
    {
        if (IsBrowseAll(request))
        {
            foreach (var chunk in commit.Browse.Documents(request.Sort).Chunk(ExportChunk))
            {
                foreach (var hit in AssembleUnmarked(commit, chunk.Select(doc => new ScoreDoc(doc, 1f))))
                {
                    yield return hit;
                }
            }

            yield break;
        }

        var searcher = commit.Searcher;
        var selections = FacetSelection.Resolve(commit.FacetOrdinals, request.Filters);
        var compiled = reading.Compile(request.Query);
        Query query;
        using (SearchBudget.Start(budgetPerPass))
        {
            query = QueryReading.Rewrite(searcher, compiled, []) is { } rewritten ? commit.Items.Restrict(rewritten) : new BooleanQuery();
        }

        var filter = HitsFilter(selections);
        ScoreDoc? after = null;
        while (true)
        {
            var collector = SearchSorts.CreateCollector(request.Sort, maxPass, after);
            using (SearchBudget.Start(budgetPerPass))
            {
                searcher.Search(query, filter, (ICollector)collector);
            }

            var pass = collector.GetTopDocs().ScoreDocs;
            foreach (var chunk in pass.Chunk(ExportChunk))
            {
                foreach (var hit in AssembleUnmarked(commit, chunk))
                {
                    yield return hit;
                }
            }

            if (pass.Length < maxPass)
            {
                yield break;
            }

            after = pass[^1];
        }
    }

    /// <summary>Every item, unfiltered: served from the per-reader browse orders and counts.</summary>
    private static bool IsBrowseAll(SearchRequest request) =>
        QueryCompiler.IsEverything(request.Query) && request.Filters.Values.All(values => values.All(string.IsNullOrWhiteSpace));

    private static IReadOnlyList<SearchHit> AssembleUnmarked(OpenedCommit commit, IEnumerable<ScoreDoc> page) =>
        new HitAssembler(commit, HighlightTerms.None, new TermRarity(commit.Reader)).Assemble(page);

    private static IReadOnlyList<SearchHit> Assemble(OpenedCommit commit, ResultSet result, IReadOnlyList<ScoreDoc> page) =>
        new HitAssembler(commit, result.HighlightTerms, new TermRarity(commit.Reader)).Assemble(page);

    /// <summary>Every item, unfiltered: counts and orders computed once per reader, any page a slice.</summary>
    private static SearchResponse Browse(OpenedCommit commit, SearchRequest request, Stopwatch clock)
    {
        var all = commit.AllItemCounts;
        var order = commit.Browse;
        var hits = order.Assembled(request.Sort, request.Page, request.PageSize, () =>
            new HitAssembler(commit, HighlightTerms.None, new TermRarity(commit.Reader))
                .Assemble(order.Page(request.Sort, request.Page, request.PageSize)));
        return new SearchResponse(
            all.Total,
            clock.Elapsed.TotalMilliseconds,
            hits,
            FacetResults.Build(all, [], request.FacetTopN),
            null,
            request.Page,
            request.PageSize);
    }

    /// <summary>
    /// How many hits the first pass collects: the requested page's end, at least <see cref="ResultSet.Prefetch"/>,
    /// at most <paramref name="maxPass"/> (a page further away is reached cursor to cursor).
    /// </summary>
    private static int Depth(OpenedCommit commit, SearchRequest request, int maxPass)
    {
        var end = (long)request.Page * request.PageSize;
        var depth = end <= maxPass ? Math.Max(end, ResultSet.Prefetch) : ResultSet.Prefetch;
        return (int)Math.Clamp(depth, 1, Math.Max(1, commit.Reader.MaxDoc));
    }

    /// <summary>Runs the query once over the index: drill-sideways counts and the top hits in one pass.</summary>
    private static (ResultSet Result, ScoreDoc[] Collected) Execute(
        OpenedCommit commit,
        SearchRequest request,
        QueryReading reading,
        int maxPass,
        RecentResults<QueryHits> queryHits)
    {
        var searcher = commit.Searcher;
        var depth = Depth(commit, request, maxPass);
        var ordinals = commit.FacetOrdinals;
        var selections = FacetSelection.Resolve(ordinals, request.Filters);
        var hitsFilter = HitsFilter(selections);
        var reader = commit.Number;
        var hitsKey = reader + "\u001f" + request.Query?.Trim();
        ITopDocsCollector NewHits() => SearchSorts.CreateCollector(request.Sort, depth, after: null);
        QueryHits? Recorded() => queryHits.Find(hitsKey);

        if (Recorded() is { } known)
        {
            // A refinement of a query already run (other facet values, another sort): its hits, not the index.
            var (knownCounts, knownTop, _) = DrillSideways.Replay(commit, known, selections, NewHits);
            var replayed = knownTop.ScoreDocs;
            return (new ResultSet(known.Query, hitsFilter, request.Sort, known.Terms, known.Notes, knownCounts, selections, replayed, maxPass, Recorded), replayed);
        }

        var compiled = reading.Compile(request.Query);
        var notes = new List<string>(compiled.Notes);
        if (QueryReading.Rewrite(searcher, compiled, notes) is not { } query)
        {
            return (new ResultSet(new BooleanQuery(), hitsFilter, request.Sort, HighlightTerms.None, notes, new FacetCounts(ordinals), selections, [], maxPass), []);
        }

        var (counts, top, recorded) = DrillSideways.Run(
            commit, query, compiled.MatchesEverything, selections,
            NewHits,
            slices => SearchSorts.Merge(request.Sort, depth, slices),
            record: queryHits.Capacity / 8);
        var terms = compiled.MatchesEverything ? HighlightTerms.None : HighlightTerms.From(query);
        if (recorded is (var docs, var scores))
        {
            queryHits.Add(hitsKey, reader, new QueryHits(query, terms, notes, docs, scores));
        }

        var collected = top.ScoreDocs;
        return (new ResultSet(query, hitsFilter, request.Sort, terms, notes, counts, selections, collected, maxPass, recorded is null ? null : Recorded), collected);
    }

    /// <summary>Every selection: OR within a dimension, AND across (null for none).</summary>
    private static Filter? HitsFilter(IReadOnlyList<FacetSelection> selections)
    {
        if (selections.Count == 0)
        {
            return null;
        }

        var all = new BooleanQuery();
        foreach (var selection in selections)
        {
            all.Add(selection.ToQuery(), Occur.MUST);
        }

        return new QueryWrapperFilter(all);
    }

    /// <summary>Everything that decides a result set (not the page), so a cached one is reused only for the same list.</summary>
    private static string ResultKey(long reader, SearchRequest request)
    {
        var key = new StringBuilder();
        key.Append(reader)
            .Append('\u001f').Append(request.Sort)
            .Append('\u001f').Append(request.Query?.Trim());
        foreach (var (dimension, values) in request.Filters.OrderBy(f => f.Key, StringComparer.OrdinalIgnoreCase))
        {
            key.Append('\u001f').Append(dimension.ToLowerInvariant()).Append('=');
            foreach (var value in values.Select(FacetValueQuery.Normalize).Order(StringComparer.Ordinal))
            {
                key.Append(value).Append('\u001e');
            }
        }

        return key.ToString();
    }
}
