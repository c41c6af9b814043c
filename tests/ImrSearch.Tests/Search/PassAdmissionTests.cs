using ImrSearch.Search;
using ImrSearch.Search.Execution;

namespace ImrSearch.Tests.Search;

/// <summary>
/// <see cref="PassAdmission"/>: at most one pass a core, the rest admitted in the order they came, idle cores to a
/// pass nothing waits behind, a wait bounded by the request's budget and cancellation, no wait for a pass inside an
/// admitted one; and a searcher whose passes queue answers as one that does not.
/// </summary>
public sealed class PassAdmissionTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Admits a pass as another request would, on a flow of its own: a flow that holds cores admits every pass
    /// inside it (and everything it starts) at once.
    /// </summary>
    private static PassAdmission.Lease Hold(PassAdmission admission, int wanted) =>
        Task.Run(() => admission.Enter(wanted, null)).GetAwaiter().GetResult();

    [Fact]
    public async Task Passes_beyond_the_cores_wait_and_are_admitted_in_the_order_they_came()
    {
        var admission = new PassAdmission(1);
        var first = Hold(admission, 1);
        var admitted = new List<int>();
        var waiters = new List<Task>();
        for (var n = 0; n < 5; n++)
        {
            var id = n;
            waiters.Add(Task.Run(() =>
            {
                using var lease = admission.Enter(1, null);
                lock (admitted)
                {
                    admitted.Add(id);
                }

                Assert.Equal(1, admission.Busy);
            }));
            // Each is in line before the next one asks.
            Assert.True(SpinWait.SpinUntil(() => admission.Waiting == id + 1, Long), $"waiter {id} should be waiting");
        }

        Assert.Empty(admitted);
        first.Dispose();

        await Task.WhenAll(waiters).WaitAsync(Long);
        Assert.Equal([0, 1, 2, 3, 4], admitted);
        Assert.Equal(0, admission.Busy);
        Assert.Equal(0, admission.Waiting);
    }

    [Fact]
    public void A_pass_takes_the_idle_cores_it_can_use_only_when_nothing_waits()
    {
        var admission = new PassAdmission(4);

        using (var alone = Hold(admission, 8))
        {
            Assert.Equal(4, alone.Cores);
        }

        using var one = Hold(admission, 1);
        using var two = Hold(admission, 2);
        Assert.Equal(1, one.Cores);
        Assert.Equal(2, two.Cores);
        using var rest = Hold(admission, 4);
        Assert.Equal(1, rest.Cores);
        Assert.Equal(4, admission.Busy);
    }

    [Fact]
    public async Task Cores_freed_go_one_to_each_waiter_and_the_idle_rest_to_the_last()
    {
        var admission = new PassAdmission(4);
        var all = Hold(admission, 4);
        var cores = new int[2];
        var release = new ManualResetEventSlim();
        var waiters = Enumerable.Range(0, 2).Select(i =>
        {
            var task = Task.Run(() =>
            {
                using var lease = admission.Enter(4, null);
                cores[i] = lease.Cores;
                release.Wait(Long);
            });
            Assert.True(SpinWait.SpinUntil(() => admission.Waiting == i + 1, Long), $"waiter {i} should be waiting");
            return task;
        }).ToArray();

        all.Dispose();
        Assert.True(SpinWait.SpinUntil(() => admission.Waiting == 0 && cores.All(c => c > 0), Long), "both should be admitted");
        Assert.Equal([1, 3], cores);
        release.Set();
        await Task.WhenAll(waiters).WaitAsync(Long);
        Assert.Equal(0, admission.Busy);
    }

    [Fact]
    public void A_wait_ends_with_the_budget_and_with_cancellation_and_gives_up_its_place()
    {
        var admission = new PassAdmission(1);
        var held = Hold(admission, 1);

        using (SearchBudget.Start(TimeSpan.FromMilliseconds(50)))
        {
            Assert.Throws<SearchTimeoutException>(() => admission.Enter(1, SearchBudget.Current));
        }

        using (var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
        using (SearchBudget.Start(Long, cancellation.Token))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => admission.Enter(1, SearchBudget.Current));
        }

        Assert.Equal(0, admission.Waiting);
        held.Dispose();
        Assert.Equal(0, admission.Busy);
        using var next = Hold(admission, 1);
        Assert.Equal(1, next.Cores);
    }

    [Fact]
    public async Task Waits_ending_as_their_turn_comes_lose_no_core()
    {
        var admission = new PassAdmission(2);
        var threads = Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            var random = new Random(t);
            for (var i = 0; i < 2_000; i++)
            {
                // Budgets (up to half a millisecond) of about the time passes hold their cores.
                using var budget = SearchBudget.Start(TimeSpan.FromTicks(random.Next(1, 5_000)));
                try
                {
                    using var lease = admission.Enter(1 + random.Next(2), SearchBudget.Current);
                    Thread.SpinWait(random.Next(20_000));
                }
                catch (SearchTimeoutException)
                {
                    // Its budget ended in line, possibly just as its turn came.
                }
            }
        })).ToArray();

        await Task.WhenAll(threads).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(0, admission.Waiting);
        Assert.Equal(0, admission.Busy);
        using var both = Hold(admission, 2);
        Assert.Equal(2, both.Cores);
    }

    [Fact]
    public void A_pass_inside_an_admitted_pass_does_not_wait_even_on_its_slices()
    {
        var admission = new PassAdmission(1);
        using var outer = admission.Enter(1, null);
        // Were the inner passes made to wait, they would wait for the outer one: the budget ends the test instead.
        using var budget = SearchBudget.Start(TimeSpan.FromSeconds(10));

        using (var inner = admission.Enter(1, SearchBudget.Current))
        {
            Assert.Equal(1, inner.Cores);
        }

        Parallel.For(0, 4, _ =>
        {
            using var slice = admission.Enter(1, SearchBudget.Current);
        });
        Assert.Equal(1, admission.Busy);

        // Another admission's cores are another matter: its own limit applies; once its pass ends, this flow still
        // holds the first admission's cores.
        var other = new PassAdmission(1);
        using (other.Enter(1, SearchBudget.Current))
        {
            Assert.Equal(1, other.Busy);
        }

        using (var after = admission.Enter(1, SearchBudget.Current))
        {
            Assert.Equal(1, after.Cores);
        }

        Assert.Equal(1, admission.Busy);
    }

    [Fact]
    public async Task A_searcher_whose_passes_queue_answers_as_one_that_does_not()
    {
        using var index = SearchIndex.OfSeedCorpus(SearchSamples.All());
        // A second segment, so that each pass has two slices to run on the one core it is given.
        foreach (var letter in SearchSamples.All())
        {
            index.Add(letter with { Source = "again-" + letter.Source, CaseId = letter.CaseId.Replace("CM1", "CM2", StringComparison.Ordinal) });
        }

        index.Build();
        index.Options = index.Options with { PassesAtOnce = 1, MinDocsToSplitSearch = 0, ResultCacheSize = 0, QueryHitsCacheBytes = 0 };
        using var fresh = new DecisionSearcher(index.IndexDirectory, new DecisionSearcherOptions(ResultCacheSize: 0, QueryHitsCacheBytes: 0) { TimeBudget = Timeout.InfiniteTimeSpan });
        string[] queries = ["pain", "\"physical therapy\"", "chiropractic OR acupuncture", "-tramadol", "knee AND NOT surgery", "\"return to work\"", ""];
        var expected = queries.Select(q => Describe(fresh.Search(SearchIndex.Request(q)))).ToArray();

        var answers = await Task.WhenAll(Enumerable.Range(0, 48).Select(i => Task.Run(() => (i % queries.Length, Describe(index.Searcher.Search(SearchIndex.Request(queries[i % queries.Length])))))));

        Assert.All(answers, a => Assert.Equal(expected[a.Item1], a.Item2));
        Assert.Equal(0, index.Searcher.Admission.Busy);
    }

    [Fact]
    public void A_search_that_waits_past_its_budget_is_answered_as_stopped()
    {
        using var index = SearchIndex.OfSeedCorpus();
        index.Options = index.Options with { PassesAtOnce = 1, TimeBudget = TimeSpan.FromMilliseconds(100), ResultCacheSize = 0, QueryHitsCacheBytes = 0 };
        var searcher = index.Searcher;

        using (Hold(searcher.Admission, 1))
        {
            var response = searcher.Search(SearchIndex.Request("pain"));
            Assert.True(response.Stopped);
            Assert.Empty(response.Hits);
        }

        Assert.False(searcher.Search(SearchIndex.Request("pain")).Stopped);
    }

    private static string Describe(SearchResponse response) =>
        $"{response.Total}: " + string.Join(", ", response.Hits.Select(h => $"{h.CaseId}/{h.ItemIndex}")) + " | " +
        string.Join("; ", response.Facets.Select(f => f.Key + "=" + string.Join(",", f.Value.Values.Select(v => $"{v.Value}:{v.Count}"))));
}
