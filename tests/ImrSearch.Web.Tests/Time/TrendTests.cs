using System.Net;
using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Time;

/// <summary>
/// Outcomes over time over the dated seed letters: 2013-06 (2 items), 2014-03 (1), 2014-11 (2, one overturned),
/// 2015-01 (2), 2015-09 (3), and one undated letter (1 item).
/// </summary>
public sealed class TrendTests(DatedSite site) : IClassFixture<DatedSite>
{
    private readonly HttpClient client = site.Client;

    private async Task<JsonElement> Api(string query) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/trends" + query)).RootElement;

    [Fact]
    public async Task The_api_chooses_months_for_a_short_span_and_fills_every_period()
    {
        var json = await Api("");

        Assert.Equal("month", json.GetProperty("interval").GetString());
        var buckets = json.GetProperty("buckets").EnumerateArray().ToList();
        Assert.Equal(28, buckets.Count);
        Assert.Equal("2013-06", buckets[0].GetProperty("period").GetString());
        Assert.Equal("2015-09", buckets[^1].GetProperty("period").GetString());
        Assert.Equal(10, buckets.Sum(b => b.GetProperty("decisions").GetInt32()));
        Assert.Equal(1, json.GetProperty("undated").GetInt32());
        var november = buckets.Single(b => b.GetProperty("period").GetString() == "2014-11");
        Assert.Equal(1, november.GetProperty("overturned").GetInt32());
        Assert.Equal(0.5, november.GetProperty("overturnRate").GetDouble());
        Assert.InRange(november.GetProperty("low").GetDouble(), 0.0, 0.5);
        Assert.InRange(november.GetProperty("high").GetDouble(), 0.5, 1.0);
    }

    [Theory]
    [InlineData("?interval=year", new[] { "2013", "2014", "2015" }, new[] { 2, 3, 5 })]
    [InlineData("?interval=quarter&decidedFrom=2014-01-01&decidedTo=2014-12-31", new[] { "2014-Q1", "2014-Q2", "2014-Q3", "2014-Q4" }, new[] { 1, 0, 0, 2 })]
    [InlineData("?interval=year&q=acupuncture", new[] { "2015" }, new[] { 2 })]
    public async Task A_chosen_interval_and_the_search_decide_the_periods(string query, string[] periods, int[] decisions)
    {
        var buckets = (await Api(query)).GetProperty("buckets").EnumerateArray().ToList();

        Assert.Equal(periods, buckets.Select(b => b.GetProperty("period").GetString()));
        Assert.Equal(decisions, buckets.Select(b => b.GetProperty("decisions").GetInt32()));
    }

    [Theory]
    [InlineData("?interval=week")]
    [InlineData("?decidedFrom=2016-02-30")]
    public async Task A_bad_parameter_is_a_400_with_a_reason(string query)
    {
        var api = await client.GetAsync("/api/trends" + query);
        var page = await HtmlPage.GetAsync(client, "/trends" + query);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.NotEmpty(page.Text("[role=alert] li"));
    }

    [Fact]
    public async Task The_page_draws_an_accessible_chart_beside_a_table_and_offers_a_csv()
    {
        var page = await HtmlPage.GetAsync(client, "/trends?interval=year");
        var csv = await client.GetAsync("/trends?interval=year&handler=csv");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var svg = page.Document.QuerySelector("#trend-svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("trend-title trend-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Contains("by year", page.Text("#trend-title"));
        Assert.Contains("95% Wilson interval", page.Text("#trend-desc"));
        Assert.Equal(3, svg.QuerySelectorAll("rect.decisions").Length);
        Assert.NotNull(svg.QuerySelector("polyline.rate"));
        Assert.Equal(3, page.Document.QuerySelectorAll("#trend-table tbody tr").Length);
        Assert.Contains("1 matching item has no decision date", page.Text("#trend-undated"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,start,decisions,upheld,overturned,overturnRate,wilsonLow95,wilsonHigh95", lines[0]);
        Assert.StartsWith("2014,2014-01-01,3,2,1,0.3333,", lines[2]);
    }

    [Fact]
    public async Task The_search_page_and_outcomes_link_to_the_trend_of_the_same_search()
    {
        var search = await HtmlPage.GetAsync(client, "/?q=MRI&decidedFrom=2014-01-01");
        var outcomes = await HtmlPage.GetAsync(client, "/outcomes?q=MRI&decidedFrom=2014-01-01");

        Assert.Equal("/trends?q=MRI&decidedFrom=2014-01-01", search.Document.QuerySelector("#trends-link")!.GetAttribute("href"));
        Assert.Equal("/trends?q=MRI&decidedFrom=2014-01-01", outcomes.Document.QuerySelector("#trends-link")!.GetAttribute("href"));
    }
}
