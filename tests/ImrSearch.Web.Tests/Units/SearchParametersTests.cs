using ImrSearch.Search;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ImrSearch.Web.Tests.Units;

public class SearchParametersTests
{
    private static SearchParameters Parse(string queryString) =>
        SearchParameters.From(new QueryCollection(QueryHelpers.ParseQuery(queryString)));

    [Fact]
    public void Reads_query_repeatable_facets_sort_page_and_size()
    {
        var p = Parse("?q=mri&decision=Overturned&treatment=MRI&treatment=CT&sort=newest&page=3&size=20");

        Assert.True(p.IsValid);
        Assert.Equal("mri", p.Query);
        Assert.Equal(SearchSort.Newest, p.Sort);
        Assert.Equal(3, p.Page);
        Assert.Equal(20, p.Size);
        var request = p.ToRequest();
        Assert.Equal(["Overturned"], request.Filters["decision"]);
        Assert.Equal(["MRI", "CT"], request.Filters["treatment"]);
        Assert.Equal(3, request.Page);
        Assert.Equal(20, request.PageSize);
    }

    [Fact]
    public void Round_trips_through_the_query_string()
    {
        var p = Parse("?q=%22return+to+work%22&bodyRegion=Lumbar+spine&treatment=MRI&treatment=CT&sort=case&page=2&size=50");

        Assert.Equal(p.ToQueryString(), Parse(p.ToQueryString()).ToQueryString());
        Assert.Equal(p.ToRequest().Filters["treatment"], Parse(p.ToQueryString()).ToRequest().Filters["treatment"]);
    }

    [Fact]
    public void Defaults_are_left_out_of_urls()
    {
        Assert.Equal("", Parse("?sort=relevance&page=1&size=10").ToQueryString());
        Assert.Equal("?q=x", Parse("?q=x&page=4").WithPage(1).ToQueryString());
    }

    [Fact]
    public void Dimension_names_and_duplicate_values_are_read_regardless_of_case()
    {
        var p = Parse("?BODYREGION=Knee&bodyregion=knee&Decision=upheld");

        Assert.Single(p.Selections, s => s.Dimension.Name == "bodyRegion");
        Assert.True(p.IsSelected("decision", "Upheld"));
    }

    [Theory]
    [InlineData("?page=0", "Page")]
    [InlineData("?page=-4", "Page")]
    [InlineData("?page=99999999999999999999", "Page")]
    [InlineData("?page=two", "Page")]
    [InlineData("?size=5", "Size")]
    [InlineData("?size=1000", "Size")]
    [InlineData("?sort=random", "Sort")]
    public void Out_of_range_parameters_become_messages(string query, string subject)
    {
        var p = Parse(query);

        Assert.False(p.IsValid);
        Assert.Contains(p.Errors, e => e.StartsWith(subject, StringComparison.Ordinal));
    }

    [Fact]
    public void An_overlong_query_is_refused_with_its_length()
    {
        var p = Parse("?q=" + new string('a', SearchParameters.MaxQueryLength + 1));

        Assert.False(p.IsValid);
        Assert.Contains("1,001", Assert.Single(p.Errors));
    }

    [Fact]
    public void Unknown_parameters_are_ignored()
    {
        var p = Parse("?q=x&utm_source=mail&nosuchdimension=1");

        Assert.True(p.IsValid);
        Assert.Empty(p.Selections);
    }

    [Fact]
    public void Removing_a_filter_keeps_the_rest_and_returns_to_page_one()
    {
        var p = Parse("?q=x&treatment=MRI&treatment=CT&decision=Upheld&page=3");

        var without = p.Without(p.Selections.First(s => s.Value == "CT"));

        Assert.Equal("?q=x&decision=Upheld&treatment=MRI", without.ToQueryString());
        Assert.Equal("?q=x&treatment=MRI&treatment=CT", p.WithoutDimension("decision").ToQueryString());
        Assert.Equal("?q=x", p.WithoutFilters().ToQueryString());
    }
}
