using System.Net;
using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Time;

/// <summary>
/// Guideline editions (tag, note, facet, "current guidelines only", /guidelines by edition) and the case-outcome
/// facet, over the dated seed letters (decided 2013 to 2015: every MTUS chronic pain and ACOEM 2004 edition they
/// applied has since been replaced; the acupuncture and postsurgical guidelines have not).
/// </summary>
public sealed class EditionAndOutcomeTests(DatedSite site) : IClassFixture<DatedSite>
{
    private readonly HttpClient client = site.Client;

    private async Task<JsonElement> Api(string query) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/search" + query)).RootElement;

    [Fact]
    public async Task A_hit_shows_the_edition_it_applied_and_that_it_was_replaced()
    {
        // Letter 004 (decided 2014-11-05) names "MTUS Chronic Pain Medical Treatment 2009".
        var json = await Api("?q=case:CM14-0000005&sort=case");

        var edition = json.GetProperty("hits")[0].GetProperty("editions")[0];
        Assert.Equal("Chronic Pain Medical Treatment Guidelines", edition.GetProperty("document").GetString());
        Assert.Equal("2009 (ODG-based, DWC)", edition.GetProperty("edition").GetString());
        Assert.True(edition.GetProperty("named").GetBoolean());
        Assert.Equal("2016 (ODG-based, DWC)", edition.GetProperty("replacedBy").GetString());
        Assert.Equal("ACOEM Chronic Pain Guideline (May 15, 2017)", edition.GetProperty("current").GetString());
        Assert.StartsWith("Applied a since-replaced guideline", edition.GetProperty("note").GetString());
        Assert.Equal("2014-11-05", json.GetProperty("hits")[0].GetProperty("decidedOn").GetString());
    }

    [Fact]
    public async Task Search_hits_and_the_case_page_carry_the_visible_note()
    {
        var search = await HtmlPage.GetAsync(client, "/?q=case:CM14-0000005");
        var casePage = await HtmlPage.GetAsync(client, "/case/CM14-0000005");

        Assert.Contains("Applied a since-replaced guideline", search.Text("li.hit .replaced-note"));
        Assert.Equal(HttpStatusCode.OK, casePage.Status);
        Assert.Equal(2, casePage.Document.QuerySelectorAll(".replaced-note").Length);
        Assert.Contains("in force on the decision date", (await HtmlPage.GetAsync(client, "/case/CM15-0000002")).Text(".editions .edition"));
    }

    [Fact]
    public async Task Current_guidelines_only_keeps_items_whose_editions_are_all_in_force()
    {
        var current = await Api("?guidelineStatus=Current%20guidelines");
        var replaced = await Api("?guidelineStatus=Since-replaced%20guideline");

        Assert.True(current.GetProperty("total").GetInt32() > 0);
        Assert.True(replaced.GetProperty("total").GetInt32() > 0);
        foreach (var hit in current.GetProperty("hits").EnumerateArray())
        {
            // Unset values are left out of the JSON.
            Assert.All(hit.GetProperty("editions").EnumerateArray(), e => Assert.False(e.TryGetProperty("replacedBy", out _)));
        }

        foreach (var hit in replaced.GetProperty("hits").EnumerateArray())
        {
            Assert.Contains(hit.GetProperty("editions").EnumerateArray(), e => e.TryGetProperty("replacedBy", out var by) && by.ValueKind == JsonValueKind.String);
        }

        var page = await HtmlPage.GetAsync(client, "/");
        var box = page.Document.QuerySelector("#current-guidelines")!;
        Assert.Equal("guidelineStatus", box.GetAttribute("name"));
        Assert.Equal(current.GetProperty("total").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.Text("fieldset.current-guidelines .count"));
    }

    [Fact]
    public async Task The_guideline_edition_facet_and_the_guidelines_page_group_by_edition()
    {
        var facets = await Api("?size=10");
        var editions = facets.GetProperty("facets").GetProperty("guidelineEdition").GetProperty("values").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        var page = await HtmlPage.GetAsync(client, "/guidelines");

        Assert.Contains("Chronic Pain Medical Treatment Guidelines, 2009 (ODG-based, DWC)", editions.Keys);
        Assert.Contains("Acupuncture Medical Treatment Guidelines, 2007 (DWC)", editions.Keys);
        var rows = page.Document.QuerySelectorAll("#editions-table tbody tr");
        Assert.Contains(rows, r => r.TextContent.Contains("2009 (ODG-based, DWC)", StringComparison.Ordinal)
            && r.TextContent.Contains("2016 (ODG-based, DWC) (2016-07-28)", StringComparison.Ordinal) && r.ClassName == "replaced");
        Assert.Contains(rows, r => r.TextContent.Contains("Acupuncture", StringComparison.Ordinal) && r.ClassName == "current");
    }

    [Fact]
    public async Task The_case_outcome_facet_counts_items_by_how_their_whole_letter_was_decided()
    {
        var all = await Api("");
        var partly = await Api("?caseOutcome=Partly%20overturned");
        var values = all.GetProperty("facets").GetProperty("caseOutcome").GetProperty("values").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

        // Letter 004 (one item upheld, one overturned) is the only one with an overturned item.
        Assert.Equal(2, values["Partly overturned"]);
        Assert.Equal(9, values["All upheld"]);
        Assert.Equal(2, partly.GetProperty("total").GetInt32());
        Assert.All(partly.GetProperty("hits").EnumerateArray(), h => Assert.Equal("CM14-0000005", h.GetProperty("caseId").GetString()));
        var page = await HtmlPage.GetAsync(client, "/");
        Assert.NotNull(page.Document.QuerySelector("fieldset[data-dimension='caseOutcome'] input[value='Partly overturned']"));
    }
}
