using System.Diagnostics;
using ImrSearch.Domain;
using ImrSearch.Search;

namespace ImrSearch.Tests.Search;

public sealed class PagingAndRefreshTests
{
    private static Determination Letter(int n) => new(
        $"CM17-{n:0000000}",
        $"CM17-{n:0000000}",
        $"letter{n:000}.txt",
        new LetterDates(DecisionDate: new DateOnly(2017, 1 + (n % 12), 1 + (n % 27))),
        new ReviewerCredentials(["Occupational Medicine"], ["California"], ""),
        new PatientFacts(30 + (n % 40), n % 2 == 0 ? "female" : "male", null),
        "The patient has chronic pain.",
        [
            new DecidedItem(0, "Chiropractic visits", null, "Chiropractic", "Lumbar spine", n % 5 == 0 ? Decision.Overturned : Decision.Upheld,
                "", "", [], string.Join(" ", Enumerable.Repeat("Chiropractic care was requested.", 1 + (n % 4))) + " The request is reviewed."),
        ]);

    private static string Key(SearchHit hit) => $"{hit.CaseId}#{hit.ItemIndex}";

    [Theory]
    [InlineData(SearchSort.Relevance, "chiropractic", 512, 50_000)]
    [InlineData(SearchSort.Newest, null, 512, 50_000)]
    [InlineData(SearchSort.Relevance, null, 512, 50_000)]
    [InlineData(SearchSort.Newest, "chiropractic", 512, 50_000)]
    [InlineData(SearchSort.Case, "chiropractic", 512, 50_000)]
    [InlineData(SearchSort.Relevance, "chiropractic", 0, 50_000)]
    [InlineData(SearchSort.Newest, null, 0, 7)]
    [InlineData(SearchSort.Case, "chiropractic", 512, 7)]
    [InlineData(SearchSort.Relevance, "chiropractic", 0, 50_000, true)]
    [InlineData(SearchSort.Newest, "chiropractic", 0, 50_000, true)]
    [InlineData(SearchSort.Case, null, 512, 50_000, true)]
    public void Pages_read_in_turn_or_jumped_to_are_the_slices_of_one_list(SearchSort sort, string? query, int cacheSize, int maxHitsPerPass, bool split = false)
    {
        var letters = Enumerable.Range(0, 130).Select(Letter).ToList();
        using var index = SearchIndex.Of([.. letters[..40]]);
        foreach (var letter in letters[40..])
        {
            // Letters added by later builds land in further segments, which a split search spreads over threads.
            index.Add(letter);
            // Few enough builds that the merge policy leaves their segments apart: four builds of at most two segments
            // each (one per indexing thread) stay under the tiered policy's ten segments per tier, so nothing merges.
            if (letters.IndexOf(letter) % 60 == 0)
            {
                index.Build();
            }
        }

        index.Build();
        index.Options = new DecisionSearcherOptions(cacheSize, maxHitsPerPass) { MinDocsToSplitSearch = split ? 0 : int.MaxValue };
        if (split)
        {
            using var directory = Lucene.Net.Store.FSDirectory.Open(index.IndexDirectory);
            using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
            Assert.True(reader.Leaves.Count > 1, "several segments are needed to split a search");
        }
        var request = SearchIndex.Request(query) with { Sort = sort };

        // Deep pages first (beyond the first pass's hits: search-after from the last known hit), then in turn.
        var jumped = index.Searcher.Search(request with { Page = 13 }).Hits.Select(Key).ToList();
        var jumpedWide = index.Searcher.Search(request with { Page = 2, PageSize = 100 }).Hits.Select(Key).ToList();
        var responses = Enumerable.Range(1, 14).Select(p => index.Searcher.Search(request with { Page = p })).ToList();
        var inTurn = responses.SelectMany(r => r.Hits.Select(Key)).ToList();

        Assert.Equal(130, inTurn.Distinct().Count());
        Assert.Equal(inTurn.Skip(120), jumped);
        Assert.Equal(inTurn.Skip(100), jumpedWide);
        Assert.Empty(responses[^1].Hits);
        Assert.All(responses, r => Assert.Equal(130, r.Total));

        var expected = sort switch
        {
            SearchSort.Newest => letters.OrderByDescending(l => l.Dates.DecisionDate).ThenBy(l => l.CaseId, StringComparer.Ordinal).Select(l => l.CaseId + "#0").ToList(),
            SearchSort.Case => letters.OrderBy(l => l.CaseId, StringComparer.Ordinal).Select(l => l.CaseId + "#0").ToList(),
            _ => null,
        };
        if (expected is not null)
        {
            Assert.Equal(expected, inTurn);
        }
        else
        {
            var scores = responses.SelectMany(r => r.Hits.Select(h => h.Score)).ToList();
            Assert.Equal(scores.OrderByDescending(s => s), scores);
        }
    }

    [Fact]
    public void A_new_commit_is_served_within_seconds()
    {
        using var index = SearchIndex.Of(Letter(1), Letter(2));
        Assert.Equal(2, index.Search(null).Total);

        index.Add(Letter(3));
        index.Build();

        var clock = Stopwatch.StartNew();
        while (index.Search(null).Total != 3 && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            Thread.Sleep(100);
        }

        Assert.Equal(3, index.Search(null).Total);
        Assert.Equal(3, index.Search(null).Facets["decision"].Values.Sum(v => v.Count));
        Assert.NotNull(index.Searcher.FindCase("CM17-0000003"));
    }

    [Fact]
    public void Concurrent_searches_agree()
    {
        using var index = SearchIndex.Of([.. Enumerable.Range(0, 20).Select(Letter)]);
        var expected = index.Search("chiropractic", ("decision", "Upheld")).Hits.Select(Key).ToList();

        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8)
            .Select(_ => index.Search("chiropractic", ("decision", "Upheld")).Hits.Select(Key).ToList())
            .ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
