using System.Net;
using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Time;

/// <summary>Date ranges on the search page, the JSON API, the exports and the outcomes page, over dated seed letters.</summary>
public sealed class DateRangeTests(DatedSite site) : IClassFixture<DatedSite>
{
    private readonly HttpClient client = site.Client;

    [Theory]
    [InlineData("?decidedFrom=2015-01-01", 5, 1)]
    [InlineData("?decidedFrom=2015-01-15&decidedTo=2015-01-15", 2, 1)]
    [InlineData("?decidedTo=2013-12-31", 2, 1)]
    [InlineData("?receivedFrom=2015-08-02", 3, 1)]
    [InlineData("?receivedTo=2013-05-20", 0, 1)]
    [InlineData("?injuredFrom=1999-01-01&injuredTo=1999-12-31", 2, 0)]
    public async Task The_api_counts_only_items_within_the_range(string query, int total, int undated)
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search" + query)).RootElement;

        Assert.Equal(total, json.GetProperty("total").GetInt32());
        Assert.Equal(undated, json.GetProperty("missingDates")[0].GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task Items_without_the_date_are_left_out_and_counted_on_the_page()
    {
        var page = await HtmlPage.GetAsync(client, "/?q=chiropractic&decidedFrom=2014-01-01&decidedTo=2014-12-31");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("1 item has no decision date", page.Text(".missing-dates"));
        var chip = page.Document.QuerySelector("a.chip[aria-label^='Remove filter decision date']")!;
        Assert.Contains("2014-01-01 to 2014-12-31", chip.TextContent);
        Assert.Equal("/?q=chiropractic", chip.GetAttribute("href"));
        Assert.Equal("2014-01-01", page.Document.QuerySelector("#decidedFrom")!.GetAttribute("value"));
        Assert.Equal("date", page.Document.QuerySelector("#decidedFrom")!.GetAttribute("type"));
        var all = await HtmlPage.GetAsync(client, "/?q=chiropractic");
        Assert.Empty(all.Document.QuerySelectorAll(".missing-dates"));
    }

    [Theory]
    [InlineData("?decidedFrom=2016-02-30", "decidedFrom must be a date written yyyy-MM-dd")]
    [InlineData("?injuredTo=yesterday", "injuredTo must be a date written yyyy-MM-dd")]
    [InlineData("?receivedFrom=2020-01-01&receivedTo=2010-01-01", "receivedFrom (2020-01-01) is after receivedTo (2010-01-01)")]
    [InlineData("?decidedFrom=1800-01-01", "decidedFrom must be between 1900-01-01 and 2100-12-31")]
    [InlineData("?decidedTo=2014-01-01&decidedTo=2015-01-01", "decidedTo can be given once")]
    public async Task An_invalid_date_is_a_clear_400_on_the_api_and_the_page(string query, string message)
    {
        var api = await client.GetAsync("/api/search" + query);
        var page = await HtmlPage.GetAsync(client, "/" + query);
        var csv = await client.GetAsync("/export/csv" + query);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(message, page.Text("[role=alert]"));
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
    }

    [Fact]
    public async Task Exports_and_outcomes_keep_the_range()
    {
        var csv = await client.GetStringAsync("/export/csv?decidedTo=2013-12-31");
        var outcomes = await HtmlPage.GetAsync(client, "/outcomes?decidedFrom=2015-01-01");
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/outcomes?decidedFrom=2015-01-01")).RootElement;

        using (var reader = CsvHelper.CsvReader.FromText(csv, new CsvHelper.CsvReaderOptions()))
        {
            var rows = 0;
            while (reader.Read())
            {
                rows++;
            }

            Assert.Equal(2, rows);
        }

        Assert.Equal(5, api.GetProperty("total").GetInt32());
        Assert.Contains("2015-01-01", outcomes.Document.QuerySelector("input[type=hidden][name=decidedFrom]")!.GetAttribute("value"));
        Assert.Contains("decidedFrom=2015-01-01", outcomes.Document.QuerySelector("p.exports a")!.GetAttribute("href"));
    }
}
