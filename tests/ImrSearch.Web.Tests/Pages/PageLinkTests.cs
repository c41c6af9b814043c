using System.Net;
using ImrSearch.Web.Searching;
using ImrSearch.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace ImrSearch.Web.Tests.Pages;

/// <summary>
/// The pages' links are made by routing; these pin the URLs they write: the paths, a search's parameters in their
/// order (a dimension's values repeating its name), and the anchors.
/// </summary>
[Collection(SiteCollection.Name)]
public class PageLinkTests(SiteFactory site)
{
    private const string Search = "q=lumbar&treatment=MRI&treatment=Chiropractic&sort=newest&size=20";
    private const string CaseId = "004_0ee5ec402ea739f4";

    private readonly HttpClient client = site.CreateClient();

    private static List<string> Hrefs(HtmlPage page, string selector) =>
        [.. page.Document.QuerySelectorAll(selector).Select(a => a.GetAttribute("href") ?? "")];

    private static string Href(HtmlPage page, string selector) =>
        page.Document.QuerySelector(selector)?.GetAttribute("href") ?? throw new Xunit.Sdk.XunitException($"No link {selector}.");

    [Fact]
    public async Task The_search_pages_exports_and_analyses_carry_the_whole_search_with_repeated_values()
    {
        var page = await HtmlPage.GetAsync(client, "/?" + Search + "&page=1");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var exports = Hrefs(page, ".exports a");
        Assert.Contains("/export/csv?" + Search, exports);
        Assert.Contains("/brief?" + Search, exports);
        Assert.Contains("/export/brief?" + Search, exports);
        Assert.Contains("/outcomes?" + Search, exports);
        Assert.Contains("/guidelines?" + Search, exports);
        Assert.Equal("/trends?" + Search, Href(page, "#trends-link"));
        Assert.Equal("/saved-searches/new?" + Search, Href(page, "#save-search-link"));
        Assert.Equal("/feed.atom?q=lumbar&treatment=MRI&treatment=Chiropractic", Href(page, "#feed-link"));
        Assert.Equal("/feed.atom?q=lumbar&treatment=MRI&treatment=Chiropractic", Href(page, "link[rel=alternate]"));
    }

    [Fact]
    public async Task Search_chips_drop_one_value_of_a_dimension_and_keep_the_others()
    {
        var page = await HtmlPage.GetAsync(client, "/?" + Search);

        Assert.Equal("/?q=lumbar&treatment=Chiropractic&sort=newest&size=20", Href(page, ".chips a.chip[aria-label='Remove filter Treatment: MRI']"));
        Assert.Equal("/?q=lumbar&treatment=MRI&sort=newest&size=20", Href(page, ".chips a.chip[aria-label='Remove filter Treatment: Chiropractic']"));
        Assert.Equal("/?q=lumbar&sort=newest&size=20", Href(page, ".chips a.chip.clear"));
    }

    [Fact]
    public async Task A_page_past_the_last_links_to_the_first_page_of_the_same_search()
    {
        var page = await HtmlPage.GetAsync(client, "/?q=chiropractic&treatment=Chiropractic&page=40");

        Assert.Equal("/?q=chiropractic&treatment=Chiropractic", Href(page, ".no-results a"));
    }

    [Fact]
    public void A_search_link_past_the_first_page_adds_the_page_after_the_routed_parameters()
    {
        var context = new DefaultHttpContext { RequestServices = site.Services };
        context.SetEndpoint(new Endpoint(null, null, "a test"));
        var url = site.Services.GetRequiredService<IUrlHelperFactory>()
            .GetUrlHelper(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        var search = SearchParameters.From(new QueryCollection(QueryHelpers.ParseQuery("?q=mri&treatment=MRI&treatment=CT&size=20&page=3")));

        Assert.Equal("/?q=mri&treatment=MRI&treatment=CT&size=20&page=3", url.SearchPage(search));
        Assert.Equal("/?q=mri&treatment=MRI&treatment=CT&size=20", url.SearchPage(search.WithPage(1)));
        Assert.Equal("/", url.SearchPage(SearchParameters.Empty));
    }

    [Fact]
    public async Task The_brief_links_back_to_its_search_and_to_both_downloads()
    {
        var page = await HtmlPage.GetAsync(client, "/brief?" + Search);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["/?" + Search, "/export/brief?" + Search, "/export/csv?" + Search], Hrefs(page, "nav.crumbs a"));
    }

    [Fact]
    public async Task A_result_links_to_its_case_with_the_query_and_the_item_anchor()
    {
        var page = await HtmlPage.GetAsync(client, "/?q=chiropractic&treatment=Chiropractic");

        var link = Href(page, "li.hit h3 a");
        Assert.Matches(@"^/case/[0-9a-z_]+\?q=chiropractic#item-\d+$", link);
        Assert.Equal(link, Href(page, "li.hit p.hit-case a"));
    }

    [Fact]
    public async Task The_case_page_links_back_to_the_search_to_its_json_and_to_the_other_neighbours()
    {
        var page = await HtmlPage.GetAsync(client, $"/case/{CaseId}?q=lumbar%20spine");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var crumbs = Hrefs(page, "nav.crumbs a");
        Assert.Contains("/?q=lumbar%20spine", crumbs);
        Assert.Contains($"/api/cases/{CaseId}", crumbs);
        Assert.Contains(page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/case/{CaseId}?q=lumbar%20spine&same=1#similar");

        var same = await HtmlPage.GetAsync(client, $"/case/{CaseId}?same=1");
        Assert.Contains(Hrefs(same, "nav.crumbs a"), href => href == "/");
        Assert.Contains(same.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/case/{CaseId}?same=0#similar");
    }

    [Fact]
    public async Task Outcome_headers_and_csv_keep_the_search_grouping_and_order()
    {
        var page = await HtmlPage.GetAsync(client, "/outcomes?q=lumbar&treatment=MRI&treatment=Chiropractic&by=specialty&order=rate");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var headers = Hrefs(page, "thead th a");
        Assert.Contains("/outcomes?q=lumbar&treatment=MRI&treatment=Chiropractic&by=specialty&order=value", headers);
        Assert.Contains("/outcomes?q=lumbar&treatment=MRI&treatment=Chiropractic&by=specialty", headers);
        Assert.Contains("/outcomes?q=lumbar&treatment=MRI&treatment=Chiropractic&by=specialty&order=rate", headers);
        Assert.Contains("/outcomes?q=lumbar&treatment=MRI&treatment=Chiropractic&by=specialty&order=rate&handler=csv", Hrefs(page, "a[download]"));
        Assert.Equal("/trends?q=lumbar&treatment=MRI&treatment=Chiropractic", Href(page, "#trends-link"));
        Assert.Contains("/?q=lumbar&treatment=MRI&treatment=Chiropractic", Hrefs(page, "p.exports a"));
    }

    [Fact]
    public async Task The_trend_links_to_its_search_its_outcomes_and_its_csv()
    {
        var page = await HtmlPage.GetAsync(client, "/trends?q=lumbar&treatment=MRI&treatment=Chiropractic&interval=year");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var links = Hrefs(page, "p.exports a");
        Assert.Contains("/?q=lumbar&treatment=MRI&treatment=Chiropractic", links);
        Assert.Contains("/outcomes?q=lumbar&treatment=MRI&treatment=Chiropractic", links);
    }

    [Fact]
    public async Task The_site_navigation_and_the_sign_in_link_are_routed_paths()
    {
        var page = await HtmlPage.GetAsync(client, "/help");

        Assert.Equal(["/", "/outcomes", "/check", "/guidelines", "/help"], Hrefs(page, "header nav[aria-label=Site] a"));
        Assert.Equal("/", Href(page, "header a.brand"));
        Assert.Equal("/help#json-api", Href(page, "footer a"));
        Assert.Equal("/account/sign-in?returnUrl=%2Fhelp", Href(page, "nav.account-nav a[href^='/account/sign-in']"));
    }

    [Fact]
    public async Task The_feed_links_itself_its_search_and_each_case_absolutely()
    {
        var response = await client.GetAsync("/feed.atom?q=MRI&decision=Upheld&sort=case&page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        string? Link(System.Xml.Linq.XElement parent, string rel) =>
            (string?)parent.Elements(atom + "link").FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == rel)?.Attribute("href");
        Assert.Equal("http://localhost/feed.atom?q=MRI&decision=Upheld", Link(feed.Root!, "self"));
        Assert.Equal("http://localhost/?q=MRI&decision=Upheld&sort=case", Link(feed.Root!, "alternate"));
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Matches(@"^http://localhost/case/[0-9a-z_]+#item-\d+$", Link(e, "alternate")));
    }
}
