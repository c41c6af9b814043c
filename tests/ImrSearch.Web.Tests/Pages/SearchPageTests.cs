using System.Net;
using AngleSharp.Dom;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public class SearchPageTests(SiteFactory site)
{
    private readonly HttpClient client = site.CreateClient();

    private static long Number(IElement element) => long.Parse(element.TextContent.Trim().Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

    private static (long Upheld, long Overturned) Outcome(HtmlPage page) => (
        Number(page.Document.QuerySelector("[data-outcome=upheld]")!),
        Number(page.Document.QuerySelector("[data-outcome=overturned]")!));

    private static IElement FacetValue(HtmlPage page, string dimension, string value) =>
        page.Document.QuerySelectorAll($"fieldset[data-dimension={dimension}] input[type=checkbox]")
            .Single(input => string.Equals(input.GetAttribute("value"), value, StringComparison.OrdinalIgnoreCase));

    private static long FacetCount(HtmlPage page, IElement checkbox) =>
        Number(page.Document.QuerySelector($"label[for='{checkbox.Id}'] .count")!);

    [Fact]
    public async Task Browsing_everything_lists_every_decided_item_with_facets_and_the_outcome_bar()
    {
        var page = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith(SeedCorpus.DecidedItems + " decided items", page.Text("#results-heading"), StringComparison.Ordinal);
        Assert.Equal(SeedCorpus.DecidedItems, page.Document.QuerySelectorAll("li.hit").Length);
        Assert.Equal((SeedCorpus.Upheld, SeedCorpus.Overturned), Outcome(page));
        Assert.Equal(SeedCorpus.Upheld, FacetCount(page, FacetValue(page, "decision", "Upheld")));
        Assert.Equal(SeedCorpus.Overturned, FacetCount(page, FacetValue(page, "decision", "Overturned")));
        Assert.Equal("Outcome of matching items", page.Text(".outcome-title"));
        Assert.NotNull(page.Document.QuerySelector("svg.outcome-bar[role=img][aria-label]"));
    }

    [Fact]
    public async Task The_search_form_is_a_labelled_get_form_with_a_help_link()
    {
        var page = await HtmlPage.GetAsync(client, "/?q=chiropractic");

        var form = page.Document.QuerySelector("form#search-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("search", form.GetAttribute("role"));
        var box = page.Document.QuerySelector("input#q")!;
        Assert.Equal("chiropractic", box.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("label[for=q]"));
        Assert.Contains(page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/help#query-syntax");
        foreach (var checkbox in page.Document.QuerySelectorAll("input[type=checkbox]"))
        {
            Assert.NotNull(page.Document.QuerySelector($"label[for='{checkbox.Id}']"));
        }
    }

    [Fact]
    public async Task A_query_narrows_results_and_marks_the_matching_words()
    {
        var page = await HtmlPage.GetAsync(client, "/?q=chiropractic");

        var hits = page.Document.QuerySelectorAll("li.hit");
        Assert.InRange(hits.Length, 1, SeedCorpus.DecidedItems - 1);
        Assert.Contains(page.Document.QuerySelectorAll("li.hit mark"), m => m.TextContent.StartsWith("chiro", StringComparison.OrdinalIgnoreCase));
        foreach (var hit in hits)
        {
            var link = hit.QuerySelector("h3 a")!.GetAttribute("href")!;
            Assert.Matches(@"^/case/[^?#/]+\?q=chiropractic#item-\d+$", link);
            Assert.NotNull(hit.QuerySelector(".badge.upheld, .badge.overturned"));
        }
    }

    [Fact]
    public async Task Ticking_a_decision_filters_results_shows_a_chip_and_keeps_the_other_decision_counted()
    {
        var page = await HtmlPage.GetAsync(client, "/?decision=Overturned");

        var hit = Assert.Single(page.Document.QuerySelectorAll("li.hit"));
        Assert.Equal("Overturned", hit.QuerySelector(".badge")!.TextContent);
        Assert.True(FacetValue(page, "decision", "Overturned").HasAttribute("checked"));
        Assert.False(FacetValue(page, "decision", "Upheld").HasAttribute("checked"));
        // Drill-sideways: the decision counts ignore the decision filter, so the outcome bar still shows both.
        Assert.Equal((SeedCorpus.Upheld, SeedCorpus.Overturned), Outcome(page));
        var chip = Assert.Single(page.Document.QuerySelectorAll(".chips a.chip"));
        Assert.Equal("/", chip.GetAttribute("href"));
        Assert.Contains("Overturned", chip.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_values_of_one_dimension_are_or_ed_and_each_gets_a_chip()
    {
        var all = await HtmlPage.GetAsync(client, "/");
        var treatments = all.Document.QuerySelectorAll("fieldset[data-dimension=treatment] input[type=checkbox]").Take(2).ToList();
        Assert.Equal(2, treatments.Count);
        var expected = treatments.Sum(t => FacetCount(all, t));

        var url = "/?" + string.Join("&", treatments.Select(t => "treatment=" + Uri.EscapeDataString(t.GetAttribute("value")!)));
        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(expected, page.Document.QuerySelectorAll("li.hit").Length);
        Assert.Equal(3, page.Document.QuerySelectorAll(".chips a.chip").Length); // two values and "clear all"
    }

    [Fact]
    public async Task A_search_with_no_match_says_which_filter_to_drop()
    {
        var page = await HtmlPage.GetAsync(client, "/?q=chiropractic&decision=Overturned");

        Assert.Empty(page.Document.QuerySelectorAll("li.hit"));
        Assert.Equal("No decided items match", page.Text(".no-results h3"));
        var suggestion = page.Document.QuerySelectorAll(".suggestions a").Single(a => a.TextContent.Contains("decision filter", StringComparison.Ordinal));
        Assert.Equal("/?q=chiropractic", suggestion.GetAttribute("href"));
    }

    [Fact]
    public async Task A_malformed_query_runs_literally_with_a_warning_line()
    {
        var page = await HtmlPage.GetAsync(client, "/?q=%22return+to+work");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector(".notice.warning[role=status]"));
    }

    [Fact]
    public async Task A_bad_parameter_is_a_400_with_the_reason_and_the_form_still_there()
    {
        var page = await HtmlPage.GetAsync(client, "/?q=mri&page=0");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Page must be a whole number", page.Text(".notice.error[role=alert]"), StringComparison.Ordinal);
        Assert.Equal("mri", page.Document.QuerySelector("input#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_page_past_the_end_offers_the_first_page()
    {
        var page = await HtmlPage.GetAsync(client, "/?page=5");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Page 5 is past the end", page.Text(".no-results h3"));
    }

    [Theory]
    [InlineData("newest")]
    [InlineData("case")]
    public async Task Sorts_keep_every_item_and_the_choice_is_selected(string sort)
    {
        var page = await HtmlPage.GetAsync(client, "/?sort=" + sort);

        Assert.Equal(SeedCorpus.DecidedItems, page.Document.QuerySelectorAll("li.hit").Length);
        Assert.Equal(sort, page.Document.QuerySelector("select#sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Sorting_by_case_orders_results_by_case_id()
    {
        var page = await HtmlPage.GetAsync(client, "/?sort=case");

        var ids = page.Document.QuerySelectorAll("li.hit .hit-case a").Select(a => a.TextContent).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal).ToList(), ids);
    }

    [Fact]
    public async Task Export_links_carry_the_search()
    {
        var page = await HtmlPage.GetAsync(client, "/?q=mri&decision=Upheld");

        var hrefs = page.Document.QuerySelectorAll(".exports a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/export/csv?q=mri&decision=Upheld", hrefs);
        Assert.Contains("/brief?q=mri&decision=Upheld", hrefs);
        Assert.Contains("/export/brief?q=mri&decision=Upheld", hrefs);
    }
}
