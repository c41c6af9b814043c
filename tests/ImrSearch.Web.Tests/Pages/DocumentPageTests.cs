using System.Net;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public class DocumentPageTests(SiteFactory site)
{
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task Help_explains_syntax_fields_examples_and_the_api_with_curl()
    {
        var page = await HtmlPage.GetAsync(client, "/help");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Using ImrSearch", page.Text("article.help h1"));
        foreach (var anchor in new[] { "query-syntax", "fields", "filters", "for-reviewers", "for-trainers", "for-legal", "json-api", "api-search", "api-cases", "api-facets" })
        {
            Assert.NotNull(page.Document.GetElementById(anchor));
        }
        Assert.Contains(page.Document.QuerySelectorAll("pre code"), c => c.TextContent.Contains("curl 'http://localhost:5000/api/search?", StringComparison.Ordinal));
        Assert.NotEmpty(page.Document.QuerySelectorAll("article.help table"));
        Assert.Equal("page", page.Document.QuerySelector("nav a[href='/help']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Help_documents_time_filters_editions_and_trends_and_its_curl_examples_run()
    {
        var page = await HtmlPage.GetAsync(client, "/help");

        foreach (var anchor in new[] { "date-ranges", "case-outcome", "editions", "trends", "api-trends" })
        {
            Assert.NotNull(page.Document.GetElementById(anchor));
        }

        var text = page.Document.QuerySelector("article.help")!.TextContent;
        foreach (var documented in new[] { "decidedFrom", "injuredTo", "receivedFrom", "caseOutcome", "guidelineEdition", "guidelineStatus=Current guidelines", "interval", "missingDates" })
        {
            Assert.Contains(documented, text, StringComparison.Ordinal);
        }

        var examples = page.Document.QuerySelectorAll("pre code")
            .SelectMany(c => c.TextContent.Split('\n'))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^curl (?:-o \S+ )?'http://localhost:5000(?<path>[^']+)'$"))
            .Where(m => m.Success && (m.Groups["path"].Value.Contains("trends", StringComparison.Ordinal) || m.Groups["path"].Value.Contains("decidedFrom", StringComparison.Ordinal) || m.Groups["path"].Value.Contains("guideline", StringComparison.Ordinal)))
            .Select(m => m.Groups["path"].Value)
            .ToList();
        Assert.True(examples.Count >= 6, string.Join(" ", examples));
        foreach (var example in examples)
        {
            var response = await client.GetAsync(example);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{example}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_research_brief_page_renders_the_outcomes_and_top_decisions()
    {
        var page = await HtmlPage.GetAsync(client, "/brief?q=MRI");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("IMR research brief", page.Text("article.brief h1"));
        var rows = page.Document.QuerySelectorAll("article.brief table tbody tr").Select(r => r.Children[0].TextContent).ToList();
        Assert.Equal(["Upheld", "Overturned"], rows);
        Assert.NotEmpty(page.Document.QuerySelectorAll("article.brief h3"));
        Assert.All(page.Document.QuerySelectorAll("article.brief h3 + p a"), a => Assert.Matches(@"^http://localhost/case/[^#]+#item-\d+$", a.GetAttribute("href")));
        Assert.Contains(page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/export/brief?q=MRI");
    }

    [Fact]
    public async Task An_unknown_address_is_a_friendly_404_page()
    {
        var page = await HtmlPage.GetAsync(client, "/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Text("main h1"));
    }
}
