using ImrSearch.Search;
using ImrSearch.Search.Querying;
using Lucene.Net.Search;

namespace ImrSearch.Tests.Search;

/// <summary>The one way a request becomes a query and filter: it selects exactly the items a search counts.</summary>
public sealed class SearchScopeTests : IDisposable
{
    private readonly SearchIndex index = SearchIndex.OfSeedCorpus();

    public static TheoryData<string?, string, string> Requests => new()
    {
        { null, "", "" },
        { "chiropractic", "", "" },
        { "pain", "decision", "Upheld" },
        { null, "treatment", "mri" },
        { "rationale:guidelines", "decision", "Overturned" },
        { "nosuchwordanywhere", "", "" },
        { null, "treatment", "no such treatment" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_scope_selects_exactly_the_items_a_search_counts(string? query, string dimension, string value)
    {
        var request = dimension.Length == 0 ? SearchIndex.Request(query) : SearchIndex.Request(query, (dimension, value));
        var total = index.Searcher.Search(request).Total;

        using var scope = index.Searcher.Scope(request);
        var counted = new TotalHitCountCollector();
        scope.Searcher.Search(scope.Query, scope.Filter, counted);

        Assert.Equal(total, counted.TotalHits);
        Assert.Equal(dimension.Length == 0, scope.Filter is null);
    }

    [Theory]
    [InlineData("pain", true)]
    [InlineData("MRI OR chiropractic OR rationale:guidelines", true)]
    [InlineData("PT", true)]
    [InlineData("physical therapy", false)]
    [InlineData("\"physical therapy\"", false)]
    [InlineData("chiro*", false)]
    [InlineData("pain -chiropractic", false)]
    [InlineData("nosuchwordanywhere", true)]
    public void Counting_matches_finds_exactly_the_scored_query_s_items_with_a_union_of_words_only_for_words(string query, bool union)
    {
        foreach (var dates in new[] { DateRanges.None, DateRanges.None.With(DateKind.Decided, new DateRange(new DateOnly(2015, 1, 1), null)) })
        {
            using var scope = index.Searcher.Scope(SearchIndex.Request(query) with { Dates = dates });
            var scored = new TotalHitCountCollector();
            var unscored = new TotalHitCountCollector();

            scope.Searcher.Search(scope.Query, scope.Filter, scored);
            scope.Searcher.Search(scope.Matches, scope.Filter, unscored);

            Assert.Equal(scored.TotalHits, unscored.TotalHits);
            Assert.Equal(union, WordUnion.Of(scope.Rewritten!) is not null);
        }
    }

    [Fact]
    public void A_scope_of_an_unknown_dimension_is_refused()
    {
        Assert.Throws<SearchRequestException>(() => index.Searcher.Scope(SearchIndex.Request("pain", ("colour", "blue"))));
    }

    public void Dispose() => index.Dispose();
}
