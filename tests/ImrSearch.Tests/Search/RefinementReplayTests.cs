using ImrSearch.Domain;
using ImrSearch.Search;
using ImrSearch.Search.Caching;

namespace ImrSearch.Tests.Search;

/// <summary>
/// A refinement of a query already run (other facet values, another sort, a later page) is served from the query's
/// recorded hits; it must give exactly what searching the index afresh gives: totals, every facet count, the hits
/// of each page in order and their scores, on pages of the first pass and on pages after a cursor. Checked on an index of several segments with a deleted letter,
/// multi-valued specialties, and random selections.
/// </summary>
public sealed class RefinementReplayTests
{
    private static readonly string[] Specialties = ["Chiropractic", "Internal Medicine", "Orthopedic Surgery", "Psychiatry"];

    private static Determination Letter(int n) => new(
        $"CM19-{n:0000000}",
        $"CM19-{n:0000000}",
        $"replay{n:000}.txt",
        new LetterDates(DecisionDate: new DateOnly(2015 + (n % 4), 1 + (n % 12), 1 + (n % 9))),
        new ReviewerCredentials(n % 5 == 0 ? [Specialties[n % 4], Specialties[(n + 1) % 4]] : [Specialties[n % 4]], ["California"], ""),
        new PatientFacts(25 + (n % 50), n % 3 == 0 ? "female" : "male", null),
        n % 2 == 0 ? "The patient reports low back pain after lifting." : "The patient has knee pain and takes tramadol.",
        [
            new DecidedItem(0, "Chiropractic visits", null, "Chiropractic", "Lumbar spine", n % 4 == 0 ? Decision.Overturned : Decision.Upheld,
                "", "", [], string.Join(" ", Enumerable.Repeat("Chiropractic manipulation for low back pain was requested.", 1 + (n % 5)))),
            new DecidedItem(1, n % 3 == 0 ? "Acupuncture" : "Tramadol 50mg", null, n % 3 == 0 ? "Acupuncture" : "Opioids", n % 2 == 0 ? "Lumbar spine" : "Knee",
                n % 7 == 0 ? Decision.Overturned : Decision.Upheld, "", "", [],
                n % 3 == 0 ? "Acupuncture may be used when pain medication is reduced." : "Opioids for chronic pain need documented functional improvement."),
        ]);

    [Theory]
    [InlineData("pain", 1)]
    [InlineData("chiropractic OR acupuncture", 2)]
    [InlineData("\"low back\"", 3)]
    [InlineData("-tramadol", 4)]
    [InlineData("pain AND NOT knee", 5)]
    public void Refinements_equal_fresh_searches(string query, int seed)
    {
        using var index = SearchIndex.Of([.. Enumerable.Range(0, 60).Select(Letter)]);
        foreach (var n in Enumerable.Range(60, 40))
        {
            index.Add(Letter(n));
        }

        index.Build();
        // A changed letter replaces its documents: the old ones stay in their segment, deleted.
        index.Add(Letter(7) with { Summary = "The patient reports neck pain." });
        index.Build();
        var replaying = index.Searcher;
        using var fresh = new DecisionSearcher(index.IndexDirectory, new DecisionSearcherOptions(ResultCacheSize: 0, QueryHitsCacheBytes: 0));
        var random = new Random(seed);

        var first = replaying.Search(SearchIndex.Request(query));
        Assert.True(first.Total > 10, "the query should match enough items to page through");
        Assert.Equal(1, replaying.QueryHitListsKept);

        for (var round = 0; round < 40; round++)
        {
            var request = SearchIndex.Request(query, RandomFilters(random)) with
            {
                Sort = (SearchSort)random.Next(3),
                // Pages within the first pass's hundred hits, and beyond it (collected after a cursor).
                Page = random.Next(2) == 0 ? 1 + random.Next(3) : 11 + random.Next(8),
                PageSize = 10,
            };

            var expected = fresh.Search(request);
            var actual = replaying.Search(request);

            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(Describe(expected.Hits), Describe(actual.Hits));
            foreach (var (dimension, counts) in expected.Facets)
            {
                Assert.Equal(counts.Values.Select(v => (v.Value, v.Count, v.Selected)), actual.Facets[dimension].Values.Select(v => (v.Value, v.Count, v.Selected)));
            }
        }

        Assert.Equal(1, replaying.QueryHitListsKept);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Newest)]
    [InlineData(SearchSort.Case)]
    public void Filtered_pages_after_a_cursor_equal_fresh_searches(SearchSort sort)
    {
        using var index = SearchIndex.Of([.. Enumerable.Range(0, 100).Select(Letter)]);
        var replaying = index.Searcher;
        using var fresh = new DecisionSearcher(index.IndexDirectory, new DecisionSearcherOptions(ResultCacheSize: 0, QueryHitsCacheBytes: 0));
        replaying.Search(SearchIndex.Request("pain"));
        var request = SearchIndex.Request("pain", ("decision", "Upheld")) with { Sort = sort };
        Assert.True(fresh.Search(request).Total > 120, "the filtered hits must run past the first pass's hundred");

        // Page 13 first (after a cursor), then the pages in turn, past the hundredth hit.
        foreach (var page in new[] { 13, 1, 10, 11, 12, 13, 14 })
        {
            Assert.Equal(Describe(fresh.Search(request with { Page = page }).Hits), Describe(replaying.Search(request with { Page = page }).Hits));
        }
    }

    [Theory]
    [InlineData(64L << 20, true)]
    [InlineData(10L, false)]
    public async Task Refinements_asked_while_their_query_runs_wait_for_its_pass(long hitListBytes, bool kept)
    {
        using var index = SearchIndex.Of([.. Enumerable.Range(0, 100).Select(Letter)]);
        // A budget no slow machine spends while the test holds the pass; with 10 bytes no hit list is kept.
        index.Options = new DecisionSearcherOptions(QueryHitsCacheBytes: hitListBytes) { TimeBudget = TimeSpan.FromMinutes(2) };
        var replaying = index.Searcher;
        using var fresh = new DecisionSearcher(index.IndexDirectory, new DecisionSearcherOptions(ResultCacheSize: 0, QueryHitsCacheBytes: 0));
        var random = new Random(11);
        var refinements = Enumerable.Range(0, 6)
            .Select(_ => SearchIndex.Request("pain", RandomFilters(random)) with { Sort = (SearchSort)random.Next(3) })
            .DistinctBy(r => (r.Sort, string.Join(";", r.Filters.Select(f => $"{f.Key}={string.Join("|", f.Value)}"))))
            .Where(r => r.Filters.Count > 0 || r.Sort != SearchSort.Relevance)
            .ToList();

        // The query's pass is held as it starts, until every refinement is waiting for it.
        using var release = new ManualResetEventSlim();
        replaying.Recording.OnBegin = _ => release.Wait(TimeSpan.FromMinutes(1));
        var first = Task.Run(() => replaying.Search(SearchIndex.Request("pain")));
        Assert.True(SpinWait.SpinUntil(() => replaying.Recording.Begun == 1, TimeSpan.FromSeconds(30)), "the query's pass should start");
        replaying.Recording.OnBegin = null;
        var refined = refinements.Select(r => Task.Run(() => replaying.Search(r))).ToArray();
        Assert.True(SpinWait.SpinUntil(() => replaying.Recording.Waiting == refined.Length, TimeSpan.FromSeconds(30)), "every refinement should wait");
        release.Set();

        AssertSame(fresh.Search(SearchIndex.Request("pain")), await first.WaitAsync(TimeSpan.FromMinutes(1)));
        foreach (var (request, task) in refinements.Zip(refined))
        {
            AssertSame(fresh.Search(request), await task.WaitAsync(TimeSpan.FromMinutes(1)));
        }

        // Kept: one pass over the index, every refinement replayed. Not kept: the refinements ran passes of their own.
        Assert.Equal(kept ? 1 : 0, replaying.QueryHitListsKept);
        if (kept)
        {
            Assert.Equal(1, replaying.Recording.Begun);
        }
        else
        {
            Assert.True(replaying.Recording.Begun >= 2, $"{replaying.Recording.Begun} passes registered");
        }

        Assert.Equal(0, replaying.Recording.Waiting);
    }

    [Fact]
    public void With_no_room_for_hit_lists_nothing_is_kept()
    {
        using var index = SearchIndex.Of([.. Enumerable.Range(0, 20).Select(Letter)]);
        index.Options = new DecisionSearcherOptions(QueryHitsCacheBytes: 10);

        index.Searcher.Search(SearchIndex.Request("pain"));

        Assert.Equal(0, index.Searcher.QueryHitListsKept);
    }

    [Fact]
    public void Queries_matching_nothing_still_count_against_the_room_for_hit_lists()
    {
        using var index = SearchIndex.Of([.. Enumerable.Range(0, 20).Select(Letter)]);
        index.Options = new DecisionSearcherOptions(QueryHitsCacheBytes: 3 * (QueryHits.EntryBytes + 2048));

        foreach (var n in Enumerable.Range(0, 10))
        {
            Assert.Equal(0, index.Searcher.Search(SearchIndex.Request($"zzzunknown{n}")).Total);
        }

        Assert.Equal(3, index.Searcher.QueryHitListsKept);
    }

    private static void AssertSame(SearchResponse expected, SearchResponse actual)
    {
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(Describe(expected.Hits), Describe(actual.Hits));
        foreach (var (dimension, counts) in expected.Facets)
        {
            Assert.Equal(counts.Values.Select(v => (v.Value, v.Count, v.Selected)), actual.Facets[dimension].Values.Select(v => (v.Value, v.Count, v.Selected)));
        }
    }

    private static IEnumerable<string> Describe(IReadOnlyList<SearchHit> hits) =>
        hits.Select(h => $"{h.CaseId}#{h.ItemIndex}@{h.Score:R}");

    private static (string Dimension, string Value)[] RandomFilters(Random random)
    {
        var filters = new List<(string, string)>();
        if (random.Next(2) == 0)
        {
            filters.Add(("decision", random.Next(2) == 0 ? "Upheld" : "Overturned"));
        }

        if (random.Next(2) == 0)
        {
            filters.Add(("specialty", Specialties[random.Next(Specialties.Length)]));
            if (random.Next(2) == 0)
            {
                filters.Add(("specialty", Specialties[random.Next(Specialties.Length)]));
            }
        }

        if (random.Next(3) == 0)
        {
            filters.Add(("sex", "female"));
        }

        if (random.Next(3) == 0)
        {
            filters.Add(("bodyRegion", "Knee"));
        }

        return [.. filters];
    }
}
