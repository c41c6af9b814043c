using System.Diagnostics;
using ImrSearch.Search;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Execution;

namespace ImrSearch.Tests.Search;

/// <summary>The searcher's warm-up (<see cref="DecisionSearcher.WarmUp"/>): what it runs, its bounds, and what it leaves.</summary>
public sealed class SearchWarmUpTests : IDisposable
{
    private readonly SearchIndex index = SearchIndex.OfSeedCorpus();

    [Fact]
    public void Runs_its_rounds_and_leaves_the_searchers_result_caches_as_they_were()
    {
        var searcher = index.Searcher;
        var clock = Stopwatch.StartNew();
        var report = searcher.WarmUp(TimeSpan.FromMinutes(5));

        Assert.Equal(SearchWarmUp.MaxRounds, report.Rounds);
        Assert.Equal(SearchWarmUp.MaxRounds * ((SearchWarmUp.Queries.Count * 3) + 2), report.Searches);
        Assert.True(report.Elapsed <= clock.Elapsed);
        Assert.Equal(0, searcher.ResultSetsKept);
        Assert.Equal(0, searcher.QueryHitListsKept);
        Assert.Equal(0, searcher.MissingDateCounts);
        using var cold = new DecisionSearcher(index.IndexDirectory, index.Options);
        Assert.Equal(cold.Search(SearchRequest.For("knee")).Total, searcher.Search(SearchRequest.For("knee")).Total);
    }

    [Fact]
    public void Every_query_it_asks_is_read_without_a_warning()
    {
        foreach (var query in SearchWarmUp.Queries)
        {
            var response = index.Searcher.Search(SearchRequest.For(query));
            Assert.Null(response.Warning);
            Assert.False(response.Stopped);
        }

        Assert.Contains(SearchWarmUp.Queries, q => index.Searcher.Search(SearchRequest.For(q)).Total > 0);
    }

    [Fact]
    public void Stops_when_its_time_is_up_and_when_cancelled()
    {
        Assert.Equal(0, index.Searcher.WarmUp(TimeSpan.Zero).Searches);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => index.Searcher.WarmUp(TimeSpan.FromMinutes(1), cancelled.Token));
    }

    [Fact]
    public void Asks_each_query_alone_narrowed_and_refined_in_each_sort_on_fresh_caches_every_round()
    {
        var asked = new List<(SearchRequest Request, ResultCaches Caches)>();
        var rounds = new List<ResultCaches>();
        ResultCaches NewCaches()
        {
            var caches = new ResultCaches(new RecentResults<ResultSet>(1 << 20), new RecentResults<QueryHits>(1 << 20), new RecentResults<ImrSearch.Precedents.MonthlyOutcomes>(1 << 20));
            rounds.Add(caches);
            return caches;
        }

        var report = SearchWarmUp.Run(
            (request, caches) =>
            {
                asked.Add((request, caches));
                return index.Searcher.Search(request);
            },
            NewCaches,
            [("decision", "Upheld"), ("sex", "female"), ("specialty", "Orthopedic Surgery")],
            TimeSpan.FromMinutes(5),
            CancellationToken.None);

        Assert.Equal(SearchWarmUp.MaxRounds, rounds.Count);
        Assert.Equal(asked.Count, report.Searches);
        Assert.All(asked.GroupBy(a => a.Caches), round => Assert.Equal(asked.Count / rounds.Count, round.Count()));
        var first = asked.Take(asked.Count / rounds.Count).Select(a => a.Request).ToList();
        Assert.Equal([.. SearchWarmUp.Queries, null], first.Select(r => r.Query).Distinct());
        Assert.Contains(first, r => r.Filters.Count == 1 && r.Filters["decision"][0] == "Upheld" && r.Sort == SearchSort.Newest);
        Assert.Contains(first, r => r.Filters.Count == 2 && r.Filters["sex"][0] == "female");
        Assert.Contains(first, r => r.Query is null && r.Sort == SearchSort.Case);
        Assert.DoesNotContain(first, r => r.Filters.ContainsKey("specialty"));
    }

    public void Dispose() => index.Dispose();
}
