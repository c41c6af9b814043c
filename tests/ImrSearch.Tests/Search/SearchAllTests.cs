using ImrSearch.Domain;
using ImrSearch.Highlighting;
using ImrSearch.Search;
using ImrSearch.Tests.Highlighting;

namespace ImrSearch.Tests.Search;

/// <summary>
/// Reading every hit at once (exports) gives exactly the hits the pages give, in the same order, over several passes,
/// for every sort, with and without a query and filters.
/// </summary>
public sealed class SearchAllTests
{
    private static Determination Letter(int n) => new(
        $"CM18-{n:0000000}",
        $"CM18-{n:0000000}",
        $"all{n:000}.txt",
        new LetterDates(DecisionDate: new DateOnly(2018, 1 + (n % 12), 1 + (n % 7))),
        new ReviewerCredentials([n % 3 == 0 ? "Chiropractic" : "Internal Medicine"], ["California"], ""),
        new PatientFacts(40, n % 2 == 0 ? "female" : "male", null),
        "The patient reports low back pain.",
        [
            new DecidedItem(0, "Chiropractic visits", null, "Chiropractic", "Lumbar spine", n % 4 == 0 ? Decision.Overturned : Decision.Upheld,
                "", "", [], string.Join(" ", Enumerable.Repeat("Chiropractic manipulation was requested.", 1 + (n % 5))) + " It is reviewed."),
            new DecidedItem(1, "Acupuncture", null, "Acupuncture", "Lumbar spine", n % 6 == 0 ? Decision.Overturned : Decision.Upheld,
                "", "", [], "Acupuncture may be used when pain medication is reduced."),
        ]);

    private static string Key(SearchHit hit) => $"{hit.CaseId}#{hit.ItemIndex}";

    [Theory]
    [InlineData(SearchSort.Relevance, "chiropractic", null)]
    [InlineData(SearchSort.Newest, "chiropractic", "Overturned")]
    [InlineData(SearchSort.Case, "pain OR manipulation", null)]
    [InlineData(SearchSort.Relevance, null, null)]
    [InlineData(SearchSort.Newest, null, null)]
    [InlineData(SearchSort.Case, null, "Overturned")]
    [InlineData(SearchSort.Relevance, null, "Upheld")]
    public void Every_hit_comes_once_in_page_order(SearchSort sort, string? query, string? decision)
    {
        using var index = SearchIndex.Of([.. Enumerable.Range(0, 90).Select(Letter)]);
        // Seven hits a pass: a hundred and eighty items take many passes, each after the last hit of the one before.
        index.Options = new DecisionSearcherOptions(ResultCacheSize: 0, MaxHitsPerPass: 7);
        var request = (decision is null ? SearchIndex.Request(query) : SearchIndex.Request(query, ("decision", decision))) with { Sort = sort };

        var first = index.Searcher.Search(request with { PageSize = 100 });
        var pages = Enumerable.Range(1, 3)
            .SelectMany(page => index.Searcher.Search(request with { Page = page, PageSize = 100 }).Hits)
            .Select(Key)
            .ToList();
        var all = index.Searcher.SearchAll(request).ToList();

        Assert.True(first.Total > 7, "the test needs more hits than one pass collects");
        Assert.Equal(first.Total, all.Count);
        Assert.Equal(pages, all.Select(Key));
        Assert.All(all, hit => Assert.DoesNotContain("<mark>", string.Concat(hit.Highlights.Html()) + hit.ItemHighlight.ToHtml()));
    }

    [Fact]
    public void An_unknown_dimension_is_refused_before_any_hit_is_read()
    {
        using var index = SearchIndex.Of([.. Enumerable.Range(0, 3).Select(Letter)]);

        Assert.Throws<SearchRequestException>(() => index.Searcher.SearchAll(SearchIndex.Request("pain", ("colour", "blue"))));
    }
}
