using System.Diagnostics;
using ImrSearch.Highlighting;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Facets;
using ImrSearch.Search.HitAssembly;
using ImrSearch.Search.Querying;
using Lucene.Net.Search;

namespace ImrSearch.Search.Execution;

/// <summary>
/// One search against one opened commit: query, drill-sideways facets, one page of highlighted hits. A search takes
/// one of three paths: browsing everything (the commit's browse orders and all-item counts), a result list already
/// kept (its page as assembled before, or collected from the nearest cursor), or a first pass (over the index, or a
/// replay of the query's recorded hits), whose result set is then kept.
/// </summary>
internal static class SearchExecution
{
    /// <summary>Hits assembled at a time when reading all of them: each chunk reads its letters once.</summary>
    private const int ExportChunk = 100;

    public static SearchResponse Run(SearchPlan plan)
    {
        var request = plan.Scope.Request;
        if (IsBrowseAll(request))
        {
            return Browse(plan);
        }

        var key = RequestKey.Of(plan.Scope.Commit.Number, request, request.Sort);
        var served = plan.Caches.Results.Find(key) is { } known ? PageAgain(plan, known) : FirstPage(plan, key);
        served.Result.KeepAssembledPage(request.Page, request.PageSize, served.Hits);
        return new SearchResponse(
            served.Result.Total,
            plan.Clock.Elapsed.TotalMilliseconds,
            served.Hits,
            FacetResults.Build(served.Result.Counts, served.Result.Selections, request.FacetTopN),
            served.Result.Notes.Count == 0 ? null : string.Join(" ", served.Result.Notes),
            request.Page,
            request.PageSize)
        {
            MissingDates = served.Result.MissingDates,
        };
    }

    /// <summary>
    /// What <see cref="Run"/> would wait for on this commit now: nothing when browsing everything, when the result
    /// list is kept or the query's hits are recorded (a page or a replay, no pass over the index); the pass now
    /// recording the query's hits; else a turn for its own pass.
    /// </summary>
    public static SearchWait WaitBefore(OpenedCommit commit, SearchRequest request, ResultCaches caches)
    {
        if (IsBrowseAll(request) || caches.Results.Find(RequestKey.Of(commit.Number, request, request.Sort)) is not null)
        {
            return SearchWait.Nothing;
        }

        var hitsKey = HitsKey(commit, request);
        if (caches.QueryHits.Find(hitsKey) is not null)
        {
            return SearchWait.Nothing;
        }

        return caches.Recording.Running(hitsKey) is { } pass
            ? SearchWait.Nothing with { RecordingPass = pass }
            : new SearchWait(null, true, SlicedSearch.SliceCount(commit.Searcher));
    }

    /// <summary>The key a query's recorded hits are kept under: its commit, date ranges and text (not its filters or sort).</summary>
    private static string HitsKey(OpenedCommit commit, SearchRequest request) =>
        commit.Number + "\u001f" + request.Dates.Key() + "\u001f" + request.Query?.Trim();

    /// <summary>
    /// Every hit of a search, in the order its pages give them, without highlights: browse-all straight from the
    /// commit's order, anything else in passes of up to <paramref name="maxPass"/> hits, each collected after the
    /// last hit of the one before (as a page past the first pass is), assembled a hundred at a time.
    /// </summary>
    public static IEnumerable<SearchHit> All(SearchScope scope, int maxPass, TimeSpan budgetPerPass)
    {
        var (commit, request) = (scope.Commit, scope.Request);
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
        // Reading the query text is not the pass's work. Its expansion and the first pass share one budget, so the
        // first rows come within one budget of the start, as a search page does; later passes get a budget each.
        _ = scope.Compiled;
        var expanding = Stopwatch.StartNew();
        Query query;
        using (SearchBudget.Start(budgetPerPass))
        {
            query = scope.Query;
        }

        var filter = scope.Filter;
        // Zero or infinite: no budget (see SearchBudget.Start).
        var bounded = budgetPerPass > TimeSpan.Zero && budgetPerPass != Timeout.InfiniteTimeSpan;
        var passBudget = bounded ? budgetPerPass - expanding.Elapsed : budgetPerPass;
        ScoreDoc? after = null;
        while (true)
        {
            var collector = SearchSorts.CreateCollector(commit, request.Sort, maxPass, after);
            if (bounded && passBudget <= TimeSpan.Zero)
            {
                throw new SearchTimeoutException(budgetPerPass);
            }

            using (SearchBudget.Start(passBudget))
            {
                searcher.Search(query, filter, (ICollector)collector);
            }

            passBudget = budgetPerPass;

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

    /// <summary>Every item, unfiltered: served from the commit's browse orders and counts.</summary>
    private static bool IsBrowseAll(SearchRequest request) =>
        QueryCompiler.IsEverything(request.Query) && request.Dates.IsEmpty
        && request.Filters.Values.All(values => values.All(string.IsNullOrWhiteSpace));

    private static IReadOnlyList<SearchHit> AssembleUnmarked(OpenedCommit commit, IEnumerable<ScoreDoc> page) =>
        new HitAssembler(commit, HighlightTerms.None, new TermRarity(commit.Reader)).Assemble(page);

    private static IReadOnlyList<SearchHit> Assemble(OpenedCommit commit, ResultSet result, IReadOnlyList<ScoreDoc> page) =>
        new HitAssembler(commit, result.HighlightTerms, new TermRarity(commit.Reader)).Assemble(page);

    /// <summary>Every item, unfiltered: counts and orders computed once per commit, any page a slice.</summary>
    private static SearchResponse Browse(SearchPlan plan)
    {
        var (commit, request) = (plan.Scope.Commit, plan.Scope.Request);
        var all = commit.AllItemCounts;
        var order = commit.Browse;
        var hits = order.Assembled(request.Sort, request.Page, request.PageSize, () =>
            AssembleUnmarked(commit, order.Page(request.Sort, request.Page, request.PageSize)));
        return new SearchResponse(
            all.Total,
            plan.Clock.Elapsed.TotalMilliseconds,
            hits,
            FacetResults.Build(all, [], request.FacetTopN),
            null,
            request.Page,
            request.PageSize);
    }

    /// <summary>A page of a result list already kept: as assembled before, else collected from its nearest cursor.</summary>
    private static ServedPage PageAgain(SearchPlan plan, ResultSet result)
    {
        var (commit, request) = (plan.Scope.Commit, plan.Scope.Request);
        var hits = result.AssembledPage(request.Page, request.PageSize)
            ?? Assemble(commit, result, result.Page(commit, request.Page, request.PageSize));
        return new ServedPage(result, hits);
    }

    /// <summary>
    /// The first page of a result list: one pass, whose result set is kept; the page is cut from the pass's hits when
    /// they reach it (or hold every hit), else collected after them.
    /// </summary>
    private static ServedPage FirstPage(SearchPlan plan, string key)
    {
        var (commit, request) = (plan.Scope.Commit, plan.Scope.Request);
        var pass = RunFirstPass(plan);
        var result = pass.Result;
        if (!request.Dates.IsEmpty)
        {
            // Set before the result set is shared, so every page served from it carries the same counts. A pass over
            // the index counted them; a replay of recorded hits (which hold only the items within the ranges) cannot.
            result.MissingDates = pass.MissingDates ?? MissingDateCount.Count(plan.Scope);
            plan.MissingDatesCounted();
        }

        plan.Caches.Results.Add(key, commit.Number, result);
        result.KeepCursorBefore(pass.Collected, request.Page, request.PageSize);
        var page = (long)request.Page * request.PageSize <= pass.Collected.Length || pass.Collected.Length >= result.Total
            ? ResultSet.Slice(pass.Collected, request.Page, request.PageSize)
            : result.Page(commit, request.Page, request.PageSize);
        return new ServedPage(result, Assemble(commit, result, page));
    }

    /// <summary>
    /// How many hits the first pass collects: the requested page's end, at least <see cref="ResultSet.Prefetch"/>,
    /// at most <see cref="SearchPlan.MaxPass"/> (a page further away is reached cursor to cursor).
    /// </summary>
    private static int Depth(SearchPlan plan)
    {
        var end = (long)plan.Scope.Request.Page * plan.Scope.Request.PageSize;
        var depth = end <= plan.MaxPass ? Math.Max(end, ResultSet.Prefetch) : ResultSet.Prefetch;
        return (int)Math.Clamp(depth, 1, Math.Max(1, plan.Scope.Commit.Reader.MaxDoc));
    }

    /// <summary>
    /// Runs the query once: drill-sideways counts and the top hits in one pass over the index, or over the query's
    /// recorded hits when it was run before (a refinement: other facet values, another sort).
    /// </summary>
    private static FirstPass RunFirstPass(SearchPlan plan)
    {
        var (scope, maxPass) = (plan.Scope, plan.MaxPass);
        var (commit, request) = (scope.Commit, scope.Request);
        var queryHits = plan.Caches.QueryHits;
        var depth = Depth(plan);
        var selections = scope.Selections;
        var hitsFilter = scope.Filter;
        var hitsKey = HitsKey(commit, request);
        ITopDocsCollector NewHits() => SearchSorts.CreateCollector(commit, request.Sort, depth, after: null);
        QueryHits? Recorded() => queryHits.Find(hitsKey);

        // A refinement asked while its query's recording pass is running waits for that pass (within its own budget;
        // past it, the pass below stops at once), then replays what it recorded.
        var known = Recorded();
        if (known is null && WaitForRecordingPass(plan.Caches.Recording, hitsKey))
        {
            known = Recorded();
        }

        if (known is not null)
        {
            // A refinement of a query already run (other facet values, another sort): its hits, not the index.
            var replayed = DrillSideways.Replay(commit, known, selections, NewHits);
            var replayedHits = replayed.Hits.ScoreDocs;
            return new FirstPass(
                new ResultSet(known.Query, hitsFilter, request.Sort, known.Terms, known.Notes, replayed.Counts, selections, replayedHits, maxPass, Recorded),
                replayedHits,
                MissingDates: null);
        }

        var notes = scope.Notes;
        if (scope.Ranged is not { } query)
        {
            return new FirstPass(new ResultSet(new BooleanQuery(), hitsFilter, request.Sort, HighlightTerms.None, notes, new FacetCounts(commit.FacetOrdinals), selections, [], maxPass), [], []);
        }

        var compiled = scope.Compiled;
        // A date range narrows the query itself (Ranged): no all-item shortcut applies. The pass runs the query gated
        // (within each range or without its date), so that it also counts the items left out for want of a date.
        var ranged = request.Dates.Active.Select(active => active.Kind).ToList();
        var matchesEverything = compiled.MatchesEverything && ranged.Count == 0;
        var recordQuota = queryHits.Capacity / 8;
        using var recording = DrillSideways.Records(matchesEverything, selections.Count, recordQuota) ? plan.Caches.Recording.Begin(hitsKey) : null;
        var counted = DrillSideways.Run(
            commit, ranged.Count == 0 ? query : scope.Gated!, matchesEverything, selections,
            NewHits,
            slices => SearchSorts.Merge(commit, request.Sort, depth, slices),
            record: recordQuota,
            gatedOn: ranged);
        var terms = compiled.MatchesEverything ? HighlightTerms.None : HighlightTerms.From(scope.Rewritten!);
        if (counted.Recorded is { } recorded)
        {
            queryHits.Add(hitsKey, commit.Number, new QueryHits(query, terms, notes, recorded.Docs, recorded.Scores));
        }

        var collected = counted.Hits.ScoreDocs;
        return new FirstPass(
            new ResultSet(query, hitsFilter, request.Sort, terms, notes, counted.Counts, selections, collected, maxPass, counted.Recorded is null ? null : Recorded),
            collected,
            counted.MissingDates);
    }

    /// <summary>Waits for the pass recording the key's hits, if one is running, within the request's budget.</summary>
    private static bool WaitForRecordingPass(RecordingPasses recording, string hitsKey)
    {
        var budget = SearchBudget.Current;
        return recording.WaitFor(hitsKey, budget?.Remaining ?? TimeSpan.MaxValue, budget?.Cancellation ?? CancellationToken.None);
    }

    /// <summary>
    /// The result set a first pass produced, every hit the pass collected (more than it keeps, for a deep first page),
    /// and the items its date ranges left out for want of the date when the pass counted them (null when it did not).
    /// </summary>
    private sealed record FirstPass(ResultSet Result, ScoreDoc[] Collected, IReadOnlyList<MissingDates>? MissingDates);

    /// <summary>A page served: the result set it belongs to and its hits, assembled.</summary>
    private sealed record ServedPage(ResultSet Result, IReadOnlyList<SearchHit> Hits);
}
