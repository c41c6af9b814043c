using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ImrSearch.Web.Security;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Precedents;

/// <summary>Side by side: the page, the JSON API, their refusals, and the links that lead to them.</summary>
[Collection(SiteCollection.Name)]
public class ComparePageTests(SiteFactory site)
{
    /// <summary>The seeds' two lumbar MRI items: 001's upheld, 004's overturned.</summary>
    private const string UpheldMri = "001_a2d9d1ce07a723b3/2";
    private const string OverturnedMri = "004_0ee5ec402ea739f4/1";

    private readonly HttpClient client = site.CreateClient();

    private static string Q(string value) => Uri.EscapeDataString(value);

    [Fact]
    public async Task Two_items_side_by_side_show_requests_citations_terms_and_marked_passages()
    {
        var page = await HtmlPage.GetAsync(client, $"/compare?a={Q(UpheldMri)}&b={Q(OverturnedMri)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var sides = page.Document.QuerySelectorAll("section.compared-side");
        Assert.Equal(2, sides.Length);
        Assert.Equal("MRI Lumbar Spine", sides[0].QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("MRI of the lumbar spine", sides[1].QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Overturned", sides[1].QuerySelector(".badge")!.TextContent);
        Assert.Contains("Lumbar spine", sides[1].QuerySelector("dl.compared-request")!.TextContent);
        Assert.Contains("Low Back", sides[1].TextContent);
        var terms = sides[1].QuerySelectorAll("table.terms td.term").Select(t => t.TextContent).ToList();
        Assert.Contains("preoperative", terms);
        Assert.DoesNotContain("the", terms);
        Assert.NotEmpty(sides[1].QuerySelectorAll("blockquote.passage mark"));
        Assert.NotNull(page.Document.QuerySelector("#method-heading"));
    }

    [Fact]
    public async Task A_search_compares_its_upheld_and_overturned_items_and_says_how_many()
    {
        var page = await HtmlPage.GetAsync(client, "/compare?q=lumbar&decision=Upheld");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var headings = page.Document.QuerySelectorAll("section.compared-side h2").Select(h => h.TextContent.Trim());
        Assert.Equal(["Upheld", "Overturned"], headings);
        var note = Regex.Replace(page.Text("#sample-note"), @"\s+", " ");
        Assert.Contains("at most 50", note);
        Assert.Contains("1 of 1 overturned", note);
        Assert.Equal("lumbar", page.Document.QuerySelector("#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_first_item_alone_offers_its_similar_items()
    {
        var page = await HtmlPage.GetAsync(client, $"/compare?a={Q(UpheldMri)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var first = page.Document.QuerySelector("#suggestions li a")!.GetAttribute("href")!;
        Assert.Equal($"/compare?a={Q(UpheldMri)}&b={Q(OverturnedMri)}", first);
    }

    [Theory]
    [InlineData("/compare?a=nonsense&b=004_0ee5ec402ea739f4/1", HttpStatusCode.BadRequest)]
    [InlineData("/compare?b=004_0ee5ec402ea739f4/1", HttpStatusCode.BadRequest)]
    [InlineData("/compare?a=004_0ee5ec402ea739f4/1&b=004_0ee5ec402ea739f4/1", HttpStatusCode.BadRequest)]
    [InlineData("/compare?a=004_0ee5ec402ea739f4/9&b=001_a2d9d1ce07a723b3/2", HttpStatusCode.NotFound)]
    [InlineData("/compare?a=CM00-0000000/0", HttpStatusCode.NotFound)]
    [InlineData("/compare?q=lumbar&treatment=Astrology&decidedFrom=someday", HttpStatusCode.BadRequest)]
    public async Task Bad_pages_are_refused_with_the_reason(string url, HttpStatusCode status)
    {
        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(status, page.Status);
        Assert.False(string.IsNullOrWhiteSpace(page.Text("#form-errors li")));
        Assert.Empty(page.Document.QuerySelectorAll("section.compared-side"));
    }

    [Fact]
    public async Task The_api_gives_both_sides_with_counts_and_marked_passages()
    {
        var response = await client.GetAsync($"/api/compare?a={Q(UpheldMri)}&b={Q(OverturnedMri)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("items", json.GetProperty("mode").GetString());
        var second = json.GetProperty("second");
        Assert.Equal("MRI of the lumbar spine", second.GetProperty("label").GetString());
        var item = second.GetProperty("items")[0];
        Assert.Equal(("004_0ee5ec402ea739f4", 1, "Overturned", "Lumbar spine"),
            (item.GetProperty("caseId").GetString(), item.GetProperty("itemIndex").GetInt32(), item.GetProperty("decision").GetString(), item.GetProperty("bodyRegion").GetString()));
        Assert.NotEqual(0, second.GetProperty("citations").GetProperty("claimsAdministrator").GetArrayLength());
        Assert.NotEqual(0, second.GetProperty("citations").GetProperty("imr").GetArrayLength());
        var preoperative = second.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("word").GetString() == "preoperative");
        Assert.Equal(2, preoperative.GetProperty("occurrences").GetInt32());
        Assert.Equal(0, preoperative.GetProperty("otherOccurrences").GetInt32());
        Assert.True(preoperative.GetProperty("logLikelihood").GetDouble() > 0);
        Assert.Contains("<mark>", second.GetProperty("passages")[0].GetProperty("html").GetString());
    }

    [Fact]
    public async Task The_api_compares_a_search_by_outcome()
    {
        var response = await client.GetAsync("/api/compare?q=lumbar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("outcomes", 50), (json.GetProperty("mode").GetString(), json.GetProperty("groupSize").GetInt32()));
        Assert.Equal(1, json.GetProperty("second").GetProperty("matching").GetInt64());
        Assert.All(json.GetProperty("first").GetProperty("items").EnumerateArray(), i => Assert.Equal("Upheld", i.GetProperty("decision").GetString()));
    }

    [Theory]
    [InlineData("/api/compare?a=nonsense&b=004_0ee5ec402ea739f4/1", HttpStatusCode.BadRequest)]
    [InlineData("/api/compare?a=004_0ee5ec402ea739f4/1", HttpStatusCode.BadRequest)]
    [InlineData("/api/compare?a=004_0ee5ec402ea739f4/1&b=004_0ee5ec402ea739f4/1", HttpStatusCode.BadRequest)]
    [InlineData("/api/compare?a=004_0ee5ec402ea739f4/7&b=001_a2d9d1ce07a723b3/2", HttpStatusCode.NotFound)]
    [InlineData("/api/compare?q=lumbar&page=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/compare?q=lumbar&decidedFrom=someday", HttpStatusCode.BadRequest)]
    public async Task Api_errors_are_problem_details(string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_query_too_long_is_refused_as_every_search_is()
    {
        var response = await client.GetAsync("/api/compare?q=" + new string('x', 1001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Case_pages_link_each_similar_item_and_offer_a_comparison()
    {
        var page = await HtmlPage.GetAsync(client, "/case/001_a2d9d1ce07a723b3");

        var section = page.Document.QuerySelector("section.similar-item[data-item='2']")!;
        var compare = section.QuerySelector("a.compare-link")!.GetAttribute("href")!;
        Assert.Equal($"/compare?a={Q(UpheldMri)}&b={Q(OverturnedMri)}", compare);
        var form = section.QuerySelector("form.compare-with")!;
        Assert.Equal("/compare", form.GetAttribute("action"));
        Assert.Equal(UpheldMri, form.QuerySelector("input[name=a]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name=b]"));
    }

    [Fact]
    public async Task The_search_page_links_its_outcomes_side_by_side_with_every_filter()
    {
        var page = await HtmlPage.GetAsync(client, "/?q=lumbar&treatment=MRI&treatment=Chiropractic&sort=newest&page=1");

        var href = page.Document.QuerySelector("#compare-link")!.GetAttribute("href")!;
        Assert.Equal("/compare?q=lumbar&treatment=MRI&treatment=Chiropractic", href);
    }

    [Fact]
    public async Task Help_shows_the_check_and_compare_apis_with_curl()
    {
        var help = await client.GetStringAsync("/help");

        Assert.Contains("/api/compare?a=", help);
        Assert.Contains("&quot;leftOut&quot;", help);
        Assert.Contains("&quot;recognised&quot;", help);
        Assert.Contains("id=\"compare\"", help);
    }

    [Theory]
    [InlineData("/compare")]
    [InlineData("/api/compare")]
    public void Side_by_side_counts_as_expensive(string path)
    {
        Assert.True(RequestConcurrency.IsExpensive(path));
    }
}
