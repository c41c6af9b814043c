using System.Net;
using ImrSearch.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ImrSearch.Web.Tests.Time;

/// <summary>
/// The filter and date-range chips of /outcomes and /trends: each links to the same page without that one filter,
/// keeping the query, the other filters and the page's own choices (grouping, order, interval).
/// </summary>
public sealed class FilterChipTests(DatedSite site) : IClassFixture<DatedSite>
{
    private readonly HttpClient client = site.Client;

    [Fact]
    public async Task Outcome_chips_remove_one_filter_and_keep_the_grouping_and_order()
    {
        var page = await HtmlPage.GetAsync(client, "/outcomes?q=chiropractic&decision=Upheld&decidedFrom=2014-01-01&decidedTo=2015-12-31&by=specialty&order=rate");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var decision = Chip(page, "Remove filter Decision: Upheld");
        AssertLink(decision, "/outcomes", new() { ["q"] = "chiropractic", ["decidedFrom"] = "2014-01-01", ["decidedTo"] = "2015-12-31", ["by"] = "specialty", ["order"] = "rate" });
        var dates = Chip(page, "Remove filter decision date: 2014-01-01 to 2015-12-31");
        AssertLink(dates, "/outcomes", new() { ["q"] = "chiropractic", ["decision"] = "Upheld", ["by"] = "specialty", ["order"] = "rate" });
        var all = page.Document.QuerySelector(".chips a.chip.clear")!;
        AssertLink(all.GetAttribute("href")!, "/outcomes", new() { ["q"] = "chiropractic", ["by"] = "specialty", ["order"] = "rate" });

        var followed = await HtmlPage.GetAsync(client, dates);
        Assert.Equal(HttpStatusCode.OK, followed.Status);
        Assert.Single(followed.Document.QuerySelectorAll(".chips a.chip"));
        Assert.Equal("specialty", followed.Document.QuerySelector("#by option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Trend_chips_keep_the_other_values_of_a_dimension_and_the_interval()
    {
        var page = await HtmlPage.GetAsync(client, "/trends?treatment=Chiropractic&treatment=Acupuncture&receivedFrom=2013-01-01&interval=year");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(4, page.Document.QuerySelectorAll(".chips a.chip").Length); // two values, one range, "clear all"
        var chiropractic = Chip(page, "Remove filter Treatment: Chiropractic");
        AssertLink(chiropractic, "/trends", new() { ["treatment"] = "Acupuncture", ["receivedFrom"] = "2013-01-01", ["interval"] = "year" });
        var acupuncture = Chip(page, "Remove filter Treatment: Acupuncture");
        AssertLink(acupuncture, "/trends", new() { ["treatment"] = "Chiropractic", ["receivedFrom"] = "2013-01-01", ["interval"] = "year" });
        var range = Chip(page, "Remove filter date received: from 2013-01-01");
        AssertLink(range, "/trends", new() { ["treatment"] = new StringValues(["Chiropractic", "Acupuncture"]), ["interval"] = "year" });
        AssertLink(page.Document.QuerySelector(".chips a.chip.clear")!.GetAttribute("href")!, "/trends", new() { ["interval"] = "year" });

        var followed = await HtmlPage.GetAsync(client, chiropractic);
        Assert.Equal(HttpStatusCode.OK, followed.Status);
        Assert.Null(followed.Document.QuerySelector(".chips a.chip[aria-label='Remove filter Treatment: Chiropractic']"));
        Assert.NotNull(followed.Document.QuerySelector(".chips a.chip[aria-label='Remove filter Treatment: Acupuncture']"));
    }

    [Theory]
    [InlineData("/outcomes")]
    [InlineData("/trends")]
    public async Task Without_filters_there_are_no_chips(string path)
    {
        var page = await HtmlPage.GetAsync(client, path + "?q=chiropractic");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll(".chips"));
    }

    private static string Chip(HtmlPage page, string label) =>
        page.Document.QuerySelector($".chips a.chip[aria-label='{label}']")?.GetAttribute("href")
        ?? throw new Xunit.Sdk.XunitException($"No chip \"{label}\" among: {string.Join(" | ", page.Document.QuerySelectorAll(".chips a.chip").Select(a => a.GetAttribute("aria-label")))}");

    private static void AssertLink(string href, string path, Dictionary<string, StringValues> expected)
    {
        var query = href.IndexOf('?', StringComparison.Ordinal);
        Assert.Equal(path, query < 0 ? href : href[..query]);
        var actual = QueryHelpers.ParseQuery(query < 0 ? "" : href[query..]);
        Assert.Equal(
            expected.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"),
            actual.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
    }
}
