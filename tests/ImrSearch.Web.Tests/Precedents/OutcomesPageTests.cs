using System.Globalization;
using System.Net;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Precedents;

[Collection(SiteCollection.Name)]
public class OutcomesPageTests(SiteFactory site)
{
    private readonly HttpClient client = site.CreateClient();

    private static long Number(string text) => long.Parse(text.Trim().Replace(",", ""), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Groups_by_treatment_with_counts_links_and_a_chart()
    {
        var page = await HtmlPage.GetAsync(client, "/outcomes?by=treatment");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(SeedCorpus.DecidedItems, Number(page.Text("[data-total]")));
        var rows = page.Document.QuerySelectorAll("table.outcomes tbody tr");
        Assert.Equal(SeedCorpus.DecidedItems, rows.Sum(r => Number(r.QuerySelectorAll("td.num")[0].TextContent)));
        var mri = rows.Single(r => r.QuerySelector("th")!.TextContent == "MRI");
        var cells = mri.QuerySelectorAll("td.num");
        Assert.Equal((3L, 2L, 1L), (Number(cells[0].TextContent), Number(cells[1].TextContent), Number(cells[2].TextContent)));
        Assert.Equal("/?treatment=MRI", cells[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/?treatment=MRI&decision=Overturned", cells[2].QuerySelector("a")!.GetAttribute("href"));
        // Three decisions are too few for a rate: the page says so instead of printing 33%.
        Assert.Equal("too few to say", cells[3].TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("svg.chart[role=img] title"));
        Assert.NotNull(page.Document.QuerySelector("svg.chart desc"));
    }

    [Fact]
    public async Task Keeps_the_search_and_links_back_to_it()
    {
        var page = await HtmlPage.GetAsync(client, "/outcomes?q=lumbar&specialty=Occupational%20Medicine&by=bodyRegion&then=treatment");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("lumbar", page.Document.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Equal("treatment", page.Document.QuerySelector("select#then option[selected]")!.GetAttribute("value"));
        var back = page.Document.QuerySelectorAll("a").Single(a => a.TextContent == "See these decisions in search");
        Assert.Equal("/?q=lumbar&specialty=Occupational%20Medicine", back.GetAttribute("href"));
        var search = await HtmlPage.GetAsync(client, back.GetAttribute("href")!);
        var total = page.Document.QuerySelectorAll("table.outcomes tbody tr").Sum(r => Number(r.QuerySelectorAll("td.num")[0].TextContent));
        Assert.Equal(search.Document.QuerySelectorAll("li.hit").Length, total);
        Assert.Equal("/outcomes?q=lumbar&specialty=Occupational%20Medicine", search.Document.QuerySelector("#outcomes-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Downloads_the_table_as_csv()
    {
        var response = await client.GetAsync("/outcomes?by=treatment&handler=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("treatment,decisions,upheld,overturned,overturnRate,wilsonLow95,wilsonHigh95,enoughToSay", lines[0]);
        Assert.Contains("MRI,3,2,1,0.3333,0.0615,0.7923,no", lines);
    }

    [Theory]
    [InlineData("/outcomes?by=colour")]
    [InlineData("/outcomes?order=sideways")]
    [InlineData("/outcomes?by=decision")]
    public async Task A_bad_parameter_is_a_400_with_a_message(string url)
    {
        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.False(string.IsNullOrWhiteSpace(page.Text(".notice.error")));
    }
}
