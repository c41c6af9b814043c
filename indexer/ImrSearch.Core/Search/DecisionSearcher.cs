using System.Diagnostics;
using ImrSearch.Analysis;
using ImrSearch.Domain;
using ImrSearch.Highlighting;
using ImrSearch.Index;
using ImrSearch.Precedents;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Execution;
using ImrSearch.Search.HitAssembly;
using ImrSearch.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ImrSearch.Search;

/// <summary>
/// Searches an ImrSearch index: fielded queries, drill-sideways facet counts and highlighted hits, the case page.
/// Thread-safe; one instance serves a whole application. A new commit of the index (an incremental build) is
/// picked up within about a second: a background refresh opens it (an <see cref="OpenedCommit"/>), warms its facet
/// ordinals, counts and browse orders, and only then serves it, while searches already running finish on the commit
/// they started with.
/// </summary>
public sealed class DecisionSearcher : IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Trends' monthly counts are kept as many as result sets, within this fraction of the result sets' bytes: a trend
    /// weighs a few kilobytes (a result set up to hundreds), so the count is what bounds them in practice.
    /// </summary>
    private const int TrendShareOfResultBytes = 16;

    private readonly LuceneDirectory directory;
    private readonly OpenedCommits commits;
    private readonly Timer refresh;
    private readonly Analyzer indexAnalyzer = new ImrAnalyzer();
    private readonly Analyzer queryAnalyzer = ImrAnalyzer.ForQueries();
    private readonly TextHighlighter highlighter;
    private readonly ResultCaches caches;
    private readonly Func<ResultCaches> newCaches;
    private readonly int maxPass;
    private readonly int minDocsToSplit;
    private readonly TimeSpan timeBudget;
    private readonly QueryReading reading;
    private int disposed;
    private long missingDateCounts;
    private long trendsCounted;

    /// <exception cref="DirectoryNotFoundException">There is no index in the directory.</exception>
    public DecisionSearcher(string indexDirectory)
        : this(indexDirectory, new DecisionSearcherOptions())
    {
    }

    /// <exception cref="DirectoryNotFoundException">There is no index in the directory.</exception>
    public DecisionSearcher(string indexDirectory, DecisionSearcherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        newCaches = () => new ResultCaches(
            new RecentResults<ResultSet>(Math.Max(0, options.ResultCacheBytes), result => result.Bytes, Math.Max(0, options.ResultCacheSize)),
            new RecentResults<QueryHits>(Math.Max(0, options.QueryHitsCacheBytes), hits => hits.Bytes),
            new RecentResults<MonthlyOutcomes>(Math.Max(0, options.ResultCacheBytes) / TrendShareOfResultBytes, trend => trend.Bytes, Math.Max(0, options.ResultCacheSize)));
        caches = newCaches();
        timeBudget = options.TimeBudget;
        reading = new QueryReading(queryAnalyzer, options.AllowRegularExpressions);
        maxPass = Math.Max(1, options.MaxHitsPerPass);
        minDocsToSplit = options.MinDocsToSplitSearch;
        directory = new MappedIndexDirectory(indexDirectory);
        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            throw new DirectoryNotFoundException($"There is no index at {indexDirectory}; build one with 'imr-index build'.");
        }

        highlighter = new TextHighlighter(indexAnalyzer);
        Admission = new PassAdmission(options.PassesAtOnce);
        commits = new OpenedCommits(directory, reader => new SlicedSearch(reader, minDocsToSplit, Admission));
        commits.AddListener(new ResultsOfOldCommitsDropped(this));
        refresh = new Timer(_ => Refresh(), null, RefreshInterval, RefreshInterval);
    }

    /// <summary>The cores this searcher's passes over the index wait for (<see cref="DecisionSearcherOptions.PassesAtOnce"/>).</summary>
    internal PassAdmission Admission { get; }

    /// <summary>
    /// Runs a search. A malformed query is run literally and explained in <see cref="SearchResponse.Warning"/>; a
    /// search stopped at its <see cref="DecisionSearcherOptions.TimeBudget"/> answers with no hits, says so in the
    /// warning and sets <see cref="SearchResponse.Stopped"/> (nothing of it is cached).
    /// </summary>
    /// <exception cref="SearchRequestException">A parameter is out of range or names an unknown facet dimension.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled the search.</exception>
    public SearchResponse Search(SearchRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        request.Validate();
        return Search(request, caches, MissingDatesCounted, clock, cancellation);
    }

    /// <summary>
    /// <see cref="Search(SearchRequest, CancellationToken)"/> for a caller that can wait without holding a thread (the
    /// site): a search that needs a pass over the index while every core is taken awaits its turn, and a refinement
    /// whose query's recording pass is running awaits that pass, instead of blocking a thread. The waits count against
    /// the time budget; one that spends it answers as a search stopped by it. Results are those of the blocking form.
    /// </summary>
    /// <remarks>
    /// A pool thread blocked in line costs the site throughput: over HTTP at eight connections on two cores, the
    /// blocking form left the cores 3-7% idle and served about a tenth fewer never-seen searches (see the README).
    /// </remarks>
    /// <exception cref="SearchRequestException">A parameter is out of range or names an unknown facet dimension.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled the search.</exception>
    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        request.Validate();
        using var inForce = SearchBudget.Start(timeBudget, cancellation);
        PassAdmission.Turn? turn = null;
        try
        {
            var wait = WaitBefore(request);
            if (wait.RecordingPass is { } recording)
            {
                await BoundedWait.ForAsync(recording, SearchBudget.Current!.Remaining, cancellation).ConfigureAwait(false);
                SearchBudget.ThrowIfSpent();
                wait = WaitBefore(request);
            }

            if (wait.NeedsTurn)
            {
                turn = await Admission.WaitTurnAsync(wait.Cores, SearchBudget.Current).ConfigureAwait(false);
                // Held here, not in the awaited method: what that sets on the flow would end as it returns.
                turn.Hold();
            }

            return Search(request, caches, MissingDatesCounted, clock, cancellation);
        }
        catch (SearchTimeoutException stopped)
        {
            return Stopped(request, clock, stopped);
        }
        finally
        {
            turn?.Dispose();
        }
    }

    /// <summary>What a search of the request would wait for on the current commit (see <see cref="SearchExecution.WaitBefore"/>).</summary>
    private SearchWait WaitBefore(SearchRequest request)
    {
        var commit = commits.Acquire();
        try
        {
            return SearchExecution.WaitBefore(commit, request, caches);
        }
        finally
        {
            commits.Release(commit);
        }
    }

    /// <summary>
    /// Runs typical searches of every kind (see <see cref="SearchWarmUp"/>) in rounds, for up to
    /// <paramref name="duration"/> and at most <see cref="SearchWarmUp.MaxRounds"/> rounds, each round on caches of
    /// its own: the runtime then has the search's code compiled fully before the first person searches, and this
    /// searcher's result sets, trends and query hit lists are left as they were (the letters its pages show are kept
    /// per commit, as any page's). The site runs it before it listens.
    /// </summary>
    /// <exception cref="OperationCanceledException">The caller cancelled the warm-up.</exception>
    public WarmUpReport WarmUp(TimeSpan duration, CancellationToken cancellation = default)
    {
        var commit = commits.Acquire();
        List<(string Dimension, string Value)> common;
        try
        {
            common = MostCommonValues(commit.AllItemCounts);
        }
        finally
        {
            commits.Release(commit);
        }

        return SearchWarmUp.Run((request, own) =>
        {
            request.Validate();
            return Search(request, own, () => { }, Stopwatch.StartNew(), cancellation);
        }, newCaches, common, duration, cancellation);
    }

    /// <summary>A validated request searched on the given caches, timed from <paramref name="clock"/>'s start.</summary>
    private SearchResponse Search(SearchRequest request, ResultCaches caches, Action missingDatesCounted, Stopwatch clock, CancellationToken cancellation)
    {
        try
        {
            using var scope = OpenScope(request, timeBudget, cancellation);
            return SearchExecution.Run(new SearchPlan(scope, caches, maxPass, clock, missingDatesCounted));
        }
        catch (SearchTimeoutException stopped)
        {
            return Stopped(request, clock, stopped);
        }
    }

    /// <summary>The answer of a search stopped by its time budget: no hits, and why in the warning (nothing of it is cached).</summary>
    private static SearchResponse Stopped(SearchRequest request, Stopwatch clock, SearchTimeoutException stopped) =>
        new(0, clock.Elapsed.TotalMilliseconds, [], new Dictionary<string, FacetResult>(), stopped.Message, request.Page, request.PageSize)
        {
            Stopped = true,
        };

    /// <summary>
    /// The decided items a request selects (its query AND every facet selection), as a query and filter on the
    /// current commit, for analyses that run their own collector: the one way a request becomes a query, the one
    /// search, exports and the precedent explorer share. The scope holds the commit, and runs within the time
    /// budget, until it is disposed.
    /// </summary>
    /// <exception cref="SearchRequestException">A parameter is out of range or names an unknown facet dimension.</exception>
    public SearchScope Scope(SearchRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        return OpenScope(request, timeBudget, cancellation);
    }

    /// <summary>
    /// Every hit of a search, in the order its pages give them, without highlights: for exports, which would
    /// otherwise search again for every page. Read in passes of up to <see cref="DecisionSearcherOptions.MaxHitsPerPass"/>
    /// hits and assembled a hundred at a time as the enumeration advances, all on the commit that was current when it
    /// began. The request's page and page size are ignored.
    /// </summary>
    /// <exception cref="SearchRequestException">A parameter is out of range or names an unknown facet dimension (thrown here, before any hit).</exception>
    public IEnumerable<SearchHit> SearchAll(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        return Enumerate();

        IEnumerable<SearchHit> Enumerate()
        {
            // Each pass has its own budget: the scope has none.
            using var scope = OpenScope(request, budget: null);
            foreach (var hit in SearchExecution.All(scope, maxPass, timeBudget))
            {
                yield return hit;
            }
        }
    }

    /// <summary>
    /// A trend's monthly counts for the scope's request, from the result caches when this commit counted them before,
    /// else counted now and kept (a count stopped by the time budget throws, and nothing is kept).
    /// </summary>
    internal MonthlyOutcomes Trend(SearchScope scope, Func<SearchScope, MonthlyOutcomes> count)
    {
        var key = RequestKey.Of(scope.Commit.Number, scope.Request, sort: null);
        if (caches.Trends.Find(key) is { } known)
        {
            return known;
        }

        var counted = count(scope);
        Interlocked.Increment(ref trendsCounted);
        caches.Trends.Add(key, scope.Commit.Number, counted);
        return counted;
    }

    /// <summary>The time one search or analysis may take (see <see cref="DecisionSearcherOptions.TimeBudget"/>).</summary>
    internal TimeSpan TimeBudget => timeBudget;

    /// <summary>How many times items without a requested date were counted (once per result set made with a range).</summary>
    internal long MissingDateCounts => Interlocked.Read(ref missingDateCounts);

    /// <summary>How many trends were counted rather than found in the result caches.</summary>
    internal long TrendsCounted => Interlocked.Read(ref trendsCounted);

    /// <summary>How many queries' hit lists are kept for refinements (see <see cref="DecisionSearcherOptions.QueryHitsCacheBytes"/>).</summary>
    internal int QueryHitListsKept => caches.QueryHits.Count;

    /// <summary>The recording passes running now and registered so far.</summary>
    internal RecordingPasses Recording => caches.Recording;

    /// <summary>How many result sets are kept (see <see cref="DecisionSearcherOptions.ResultCacheBytes"/>).</summary>
    internal int ResultSetsKept => caches.Results.Count;

    /// <summary>The determination with this case id (any letter case), or null.</summary>
    public Determination? FindCase(string caseId)
    {
        if (string.IsNullOrWhiteSpace(caseId))
        {
            return null;
        }

        var commit = commits.Acquire();
        try
        {
            return CaseDocuments.ByCaseId(commit.Searcher, caseId);
        }
        finally
        {
            commits.Release(commit);
        }
    }

    /// <summary>
    /// A determination's texts as HTML for the case page, with the query's matches marked by the same rules as the
    /// result list (field restrictions, phrases, NOT, stems and synonyms). A blank or malformed query marks nothing
    /// it cannot parse; with no query every text is simply encoded.
    /// </summary>
    public CaseHighlights HighlightCase(Determination determination, string? query)
    {
        ArgumentNullException.ThrowIfNull(determination);
        var commit = commits.Acquire();
        try
        {
            var searcher = commit.Searcher;
            var compiled = reading.Compile(query);
            HighlightTerms terms;
            try
            {
                using var budget = SearchBudget.Start(timeBudget);
                terms = compiled.MatchesEverything || QueryReading.Rewrite(searcher, compiled, []) is not { } rewritten
                    ? HighlightTerms.None
                    : HighlightTerms.From(rewritten);
            }
            catch (SearchTimeoutException)
            {
                // Marks are a convenience: a query too slow to expand leaves the case page unmarked.
                terms = HighlightTerms.None;
            }

            return new CaseHighlighter(highlighter, terms, new TermRarity(searcher.IndexReader)).Highlight(determination);
        }
        finally
        {
            commits.Release(commit);
        }
    }

    private void MissingDatesCounted() => Interlocked.Increment(ref missingDateCounts);

    /// <summary>Each dimension's most common value over all items, for dimensions that have one.</summary>
    private static List<(string Dimension, string Value)> MostCommonValues(Facets.FacetCounts all)
    {
        var common = new List<(string, string)>();
        for (var d = 0; d < IndexSchema.FacetDimensions.Count; d++)
        {
            var counts = all.ByDimension[d];
            var best = -1;
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0 && (best < 0 || counts[ord] > counts[best]))
                {
                    best = ord;
                }
            }

            if (best >= 0)
            {
                common.Add((IndexSchema.FacetDimensions[d].Name, all.Ordinals.Values(d)[best]));
            }
        }

        return common;
    }

    /// <summary>The query analyzer, for analyses (such as the precedent explorer's) that build their own queries.</summary>
    internal Analyzer QueryAnalyzer => queryAnalyzer;


    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        refresh.Dispose();
        commits.Dispose();
        indexAnalyzer.Dispose();
        queryAnalyzer.Dispose();
        directory.Dispose();
    }

    /// <summary>A validated request's scope on the current commit, within a time budget from now (none when null).</summary>
    private SearchScope OpenScope(SearchRequest request, TimeSpan? budget, CancellationToken cancellation = default)
    {
        var commit = commits.Acquire();
        IDisposable? inForce = null;
        try
        {
            inForce = budget is { } limit ? SearchBudget.Start(limit, cancellation) : null;
            return new SearchScope(commit, request, reading, () =>
            {
                inForce?.Dispose();
                commits.Release(commit);
            });
        }
        catch
        {
            inForce?.Dispose();
            commits.Release(commit);
            throw;
        }
    }

    private void Refresh()
    {
        if (Volatile.Read(ref disposed) == 1)
        {
            return;
        }

        try
        {
            commits.MaybeRefresh();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // A build may be replacing files right now, or the searcher is being disposed: the current commit keeps
            // being served and the next tick tries again.
        }
    }

    private sealed class ResultsOfOldCommitsDropped(DecisionSearcher owner) : ReferenceManager.IRefreshListener
    {
        public void BeforeRefresh()
        {
        }

        public void AfterRefresh(bool didRefresh)
        {
            if (!didRefresh)
            {
                return;
            }

            var commit = owner.commits.Acquire();
            try
            {
                owner.caches.RetainOnly(commit.Number);
            }
            finally
            {
                owner.commits.Release(commit);
            }
        }
    }
}
