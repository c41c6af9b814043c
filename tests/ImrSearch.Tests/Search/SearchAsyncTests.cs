using ImrSearch.Search;
using ImrSearch.Search.Execution;

namespace ImrSearch.Tests.Search;

/// <summary>
/// <see cref="DecisionSearcher.SearchAsync"/>: the blocking search's answers; a search served from what is kept
/// answers while every core is taken, one needing a pass awaits its turn (holding no thread) and counts the wait
/// against its budget.
/// </summary>
public sealed class SearchAsyncTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    private static PassAdmission.Lease Hold(PassAdmission admission) =>
        Task.Run(() => admission.Enter(1, null)).GetAwaiter().GetResult();

    [Fact]
    public async Task It_answers_as_the_blocking_search()
    {
        using var index = SearchIndex.OfSeedCorpus(SearchSamples.All());
        using var fresh = new DecisionSearcher(index.IndexDirectory, new DecisionSearcherOptions(ResultCacheSize: 0, QueryHitsCacheBytes: 0) { TimeBudget = Timeout.InfiniteTimeSpan });
        SearchRequest[] requests =
        [
            SearchIndex.Request("pain"),
            SearchIndex.Request("\"physical therapy\"", ("decision", "Upheld")),
            SearchIndex.Request("pain", ("decision", "Overturned")),
            SearchIndex.Request("knee AND NOT surgery") with { Sort = SearchSort.Newest },
            SearchIndex.Request(""),
            SearchIndex.Request("", ("decision", "Upheld")),
        ];

        foreach (var request in requests)
        {
            // Twice: the first runs a pass or replays, the second is served from the result cache.
            Assert.Equal(Describe(fresh.Search(request)), Describe(await index.Searcher.SearchAsync(request)));
            Assert.Equal(Describe(fresh.Search(request)), Describe(await index.Searcher.SearchAsync(request)));
        }

        Assert.Equal(0, index.Searcher.Admission.Busy);
    }

    [Fact]
    public async Task While_every_core_is_taken_what_is_kept_answers_and_a_new_search_waits_its_turn()
    {
        using var index = SearchIndex.OfSeedCorpus(SearchSamples.All());
        index.Options = index.Options with { PassesAtOnce = 1 };
        var searcher = index.Searcher;
        var asked = await searcher.SearchAsync(SearchIndex.Request("pain"));

        Task<SearchResponse> waiting;
        using (Hold(searcher.Admission))
        {
            // The same search (its result list kept) and a refinement of it (its hits recorded): no pass, no wait.
            var again = await searcher.SearchAsync(SearchIndex.Request("pain")).WaitAsync(Long);
            Assert.Equal(Describe(asked), Describe(again));
            var refined = await searcher.SearchAsync(SearchIndex.Request("pain", ("decision", "Upheld"))).WaitAsync(Long);
            Assert.Equal(Describe(searcher.Search(SearchIndex.Request("pain", ("decision", "Upheld")))), Describe(refined));

            waiting = searcher.SearchAsync(SearchIndex.Request("chiropractic OR acupuncture"));
            Assert.True(SpinWait.SpinUntil(() => searcher.Admission.Waiting == 1, Long), "the new search should be in line");
            Assert.False(waiting.IsCompleted);
        }

        var answer = await waiting.WaitAsync(Long);
        Assert.False(answer.Stopped);
        Assert.Equal(Describe(searcher.Search(SearchIndex.Request("chiropractic OR acupuncture"))), Describe(answer));
        Assert.Equal(0, searcher.Admission.Busy);
    }

    [Fact]
    public async Task A_search_that_waits_past_its_budget_is_answered_as_stopped_and_gives_its_place_up()
    {
        using var index = SearchIndex.OfSeedCorpus();
        index.Options = index.Options with { PassesAtOnce = 1, TimeBudget = TimeSpan.FromMilliseconds(100) };
        var searcher = index.Searcher;

        using (Hold(searcher.Admission))
        {
            var response = await searcher.SearchAsync(SearchIndex.Request("pain")).WaitAsync(Long);
            Assert.True(response.Stopped);
            Assert.Empty(response.Hits);
            Assert.Equal(0, searcher.Admission.Waiting);
        }

        var after = await searcher.SearchAsync(SearchIndex.Request("pain"));
        Assert.False(after.Stopped);
        Assert.NotEmpty(after.Hits);
        Assert.Equal(0, searcher.Admission.Busy);
    }

    [Fact]
    public async Task A_cancelled_search_throws_and_gives_its_place_up()
    {
        using var index = SearchIndex.OfSeedCorpus();
        index.Options = index.Options with { PassesAtOnce = 1 };
        var searcher = index.Searcher;
        using var cancellation = new CancellationTokenSource();

        using (Hold(searcher.Admission))
        {
            var waiting = searcher.SearchAsync(SearchIndex.Request("pain"), cancellation.Token);
            Assert.True(SpinWait.SpinUntil(() => searcher.Admission.Waiting == 1, Long), "the search should be in line");
            cancellation.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Long));
            Assert.Equal(0, searcher.Admission.Waiting);
        }

        Assert.Equal(0, searcher.Admission.Busy);
    }

    [Fact]
    public async Task A_bad_request_is_refused_before_anything_runs()
    {
        using var index = SearchIndex.OfSeedCorpus();

        await Assert.ThrowsAsync<SearchRequestException>(() => index.Searcher.SearchAsync(SearchIndex.Request("pain", ("noSuchDimension", "x"))));
    }

    private static string Describe(SearchResponse response) =>
        $"{response.Total}: " + string.Join(", ", response.Hits.Select(h => $"{h.CaseId}/{h.ItemIndex}")) + " | " +
        string.Join("; ", response.Facets.Select(f => f.Key + "=" + string.Join(",", f.Value.Values.Select(v => $"{v.Value}:{v.Count}"))));
}
