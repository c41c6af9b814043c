using ImrSearch.Search;
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

    [Fact]
    public void A_scope_of_an_unknown_dimension_is_refused()
    {
        Assert.Throws<SearchRequestException>(() => index.Searcher.Scope(SearchIndex.Request("pain", ("colour", "blue"))));
    }

    public void Dispose() => index.Dispose();
}
