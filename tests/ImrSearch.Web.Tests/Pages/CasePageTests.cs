using System.Net;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public class CasePageTests(SiteFactory site)
{
    private readonly HttpClient client = site.CreateClient();

    private async Task<string> FirstResultLink(string query)
    {
        var results = await HtmlPage.GetAsync(client, "/?q=" + Uri.EscapeDataString(query));
        return results.Document.QuerySelector("li.hit h3 a")!.GetAttribute("href")!;
    }

    [Fact]
    public async Task A_result_link_opens_the_case_with_the_item_anchor_and_the_query_marked()
    {
        var link = await FirstResultLink("chiropractic");
        var anchor = link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];

        var page = await HtmlPage.GetAsync(client, link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Case ", page.Text("h1#case-title"), StringComparison.Ordinal);
        var item = page.Document.GetElementById(anchor);
        Assert.NotNull(item);
        Assert.Equal("H3", item.TagName);
        Assert.Contains(page.Document.QuerySelectorAll("article.case mark"), m => m.TextContent.StartsWith("chiro", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_case_whose_similar_decisions_run_out_of_time_still_shows_the_letter_and_says_which_items_have_none()
    {
        // A budget of one tick: no similar-items search can finish (at a million items a common item's can take the
        // whole 1.5 s); the letter is read from its stored document and must answer anyway.
        using var hurried = SiteFactory.WithSettings(new Dictionary<string, string> { ["ImrSearch:SearchTimeBudgetSeconds"] = "0.0000001" });
        var page = await HtmlPage.GetAsync(hurried.CreateClient(), "/case/004_0ee5ec402ea739f4");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.GetElementById("decisions"));
        var items = page.Document.QuerySelectorAll("article.case h3[id^=item-]").Length;
        var notFound = page.Document.QuerySelectorAll("#similar-not-found li");
        Assert.Equal(items, notFound.Length);
        Assert.All(notFound, li => Assert.StartsWith("/compare?a=004_0ee5ec402ea739f4", li.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_case_shows_every_section_and_every_item_with_a_badge()
    {
        var link = await FirstResultLink("MRI");
        var page = await HtmlPage.GetAsync(client, link[..link.IndexOf('?', StringComparison.Ordinal)]);

        Assert.NotNull(page.Document.GetElementById("reviewer"));
        Assert.NotNull(page.Document.GetElementById("summary"));
        Assert.NotNull(page.Document.GetElementById("decisions"));
        var items = page.Document.QuerySelectorAll("article.case h3[id^=item-]");
        Assert.NotEmpty(items);
        Assert.Equal(items.Length, page.Document.QuerySelectorAll("article.case .badge").Length);
        foreach (var item in items)
        {
            Assert.NotNull(page.Document.GetElementById(item.Id + "-rationale"));
            Assert.NotNull(page.Document.GetElementById(item.Id + "-claims-administrator"));
            Assert.NotNull(page.Document.GetElementById(item.Id + "-reviewer-guideline"));
        }
        Assert.Empty(page.Document.QuerySelectorAll("article.case mark"));
    }

    [Theory]
    [InlineData("/case/CM99-0000000")]
    [InlineData("/case/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/case/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task An_unknown_or_malformed_id_is_a_friendly_404(string url)
    {
        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("No case with that id", page.Text("h1"));
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }
}
