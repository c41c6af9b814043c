using ImrSearch.Domain;
using ImrSearch.Search;
using ImrSearch.Web.Cases;
using ImrSearch.Web.Searching;
using ImrSearch.Web.Tests.Infrastructure;
using ImrSearch.Web.Tests.Units;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ImrSearch.Web.Tests.Pages;

/// <summary>The case page's body, rendered by its partials, for a determination written by hand (hostile text included).</summary>
public sealed class CaseBodyTests : IDisposable
{
    private readonly SiteFactory site = new();
    private readonly HttpClient client;

    public CaseBodyTests()
    {
        client = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<ISearchCore>(provider => new SampleCaseSearch(new LuceneSearchCore(provider.GetRequiredService<DecisionSearcher>())))))
            .CreateClient();
    }

    public void Dispose() => site.Dispose();

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Render(string? query = null) =>
        (await HtmlPage.GetAsync(client, "/case/CM13-0012345" + (query is null ? "" : "?q=" + Uri.EscapeDataString(query)))).Document;

    [Fact]
    public async Task Each_item_is_a_heading_with_its_anchor_and_a_decision_badge()
    {
        var document = await Render();

        var first = document.GetElementById("item-1");
        var second = document.GetElementById("item-2");
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal("H3", first.TagName);
        Assert.Equal("Item 1: Chirocare 2x4-6", first.TextContent);
        Assert.Equal("Item 2: MRI Lumbar Spine", second!.TextContent);
        var badges = document.QuerySelectorAll("article.case .badge").Select(b => (b.TextContent, b.ClassList.Contains("upheld"), b.ClassList.Contains("overturned"))).ToList();
        Assert.Equal([("Upheld", true, false), ("Overturned", false, true)], badges);
    }

    [Fact]
    public async Task Sections_for_reviewer_summary_guidelines_and_rationale()
    {
        var document = await Render();

        Assert.NotNull(document.GetElementById("reviewer"));
        Assert.NotNull(document.GetElementById("summary"));
        Assert.NotNull(document.GetElementById("item-1-claims-administrator"));
        Assert.NotNull(document.GetElementById("item-1-reviewer-guideline"));
        Assert.NotNull(document.GetElementById("item-2-rationale"));
        Assert.Contains(document.QuerySelectorAll("li"), li => li.TextContent == "Licensed in: California");
        Assert.Contains(document.QuerySelectorAll("li"), li => li.TextContent.Contains("Manual Therapy & Manipulation, p. 58", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Letter_text_is_shown_never_obeyed()
    {
        var document = await Render();

        Assert.Empty(document.QuerySelectorAll("article.case b"));
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == "Recommendation is for denial of <b>manual</b> therapy.");
        // "# Not a heading" in the summary stays a paragraph.
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == "# Not a heading: a second paragraph.");
    }

    [Fact]
    public async Task Highlighted_texts_become_marks()
    {
        var document = await Render("rationale:manual");

        var mark = Assert.Single(document.QuerySelectorAll("article.case mark"));
        Assert.Equal("manual", mark.TextContent);
        Assert.Equal("item-1-rationale", mark.ParentElement!.PreviousElementSibling!.Id);
        Assert.Empty(document.QuerySelectorAll("article.case b"));
    }

    /// <summary>The site's search, serving the hand-written determination as case CM13-0012345.</summary>
    private sealed class SampleCaseSearch(ISearchCore real) : ISearchCore
    {
        public SearchResponse Search(SearchRequest request) => real.Search(request);

        public Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellation) => real.SearchAsync(request, cancellation);

        public IEnumerable<SearchHit> SearchAll(SearchRequest request) => real.SearchAll(request);

        public Determination? FindCase(string caseId) =>
            caseId == "CM13-0012345" ? SampleDetermination.Create() : real.FindCase(caseId);

        public CaseView ViewCase(Determination determination, string? query) => real.ViewCase(determination, query);
    }
}
