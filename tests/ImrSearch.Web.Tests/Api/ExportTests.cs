using System.Net;
using CsvHelper;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Api;

[Collection(SiteCollection.Name)]
public class ExportTests(SiteFactory site)
{
    private readonly HttpClient client = site.CreateClient();

    private static List<Dictionary<string, string>> ReadCsv(string text)
    {
        using var reader = CsvReader.FromText(text, new CsvReaderOptions());
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
        }
        return rows;
    }

    [Fact]
    public async Task Csv_has_one_row_per_matching_item_with_the_case_url()
    {
        var response = await client.GetAsync("/export/csv?decision=Upheld");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var rows = ReadCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal(SeedCorpus.Upheld, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal("Upheld", row["decision"]);
            Assert.False(string.IsNullOrWhiteSpace(row["treatment"]));
            Assert.Equal($"http://localhost/case/{Uri.EscapeDataString(row["caseId"])}#item-{row["item"]}", row["caseUrl"]);
        });
        Assert.Equal(["caseId", "item", "itemText", "treatment", "bodyRegion", "decision", "specialties", "guideline", "caseUrl"], rows[0].Keys);
    }

    [Fact]
    public async Task Csv_of_everything_has_every_item_once()
    {
        var rows = ReadCsv(await client.GetStringAsync("/export/csv"));

        Assert.Equal(SeedCorpus.DecidedItems, rows.Count);
        Assert.Equal(SeedCorpus.DecidedItems, rows.Select(r => (r["caseId"], r["item"])).Distinct().Count());
        Assert.Equal(SeedCorpus.Overturned, rows.Count(r => r["decision"] == "Overturned"));
    }

    [Fact]
    public async Task Csv_past_its_time_limit_ends_with_a_row_saying_how_much_it_holds()
    {
        // A limit of one tick has passed before the first item is read: the file holds the header and the notice only.
        using var hurried = SiteFactory.WithSettings(new Dictionary<string, string> { ["ImrSearch:ExportTimeLimitSeconds"] = "0.0000001" });
        var response = await hurried.CreateClient().GetAsync("/export/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = ReadCsv(await response.Content.ReadAsStringAsync());
        var notice = Assert.Single(rows)["caseId"];
        Assert.StartsWith("Export stopped after", notice, StringComparison.Ordinal);
        Assert.Contains($"holds 0 of the {SeedCorpus.DecidedItems} matching items", notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/csv?q=knee%20OR%20therapy")]
    [InlineData("/export/brief?q=knee%20OR%20therapy")]
    public async Task An_export_whose_search_stops_at_the_time_budget_answers_503_at_once_without_a_file(string url)
    {
        // A budget of one tick stops every search that reads the index (browsing everything never does).
        using var hurried = SiteFactory.WithSettings(new Dictionary<string, string> { ["ImrSearch:SearchTimeBudgetSeconds"] = "0.0000001" });
        var response = await hurried.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Null(response.Content.Headers.ContentDisposition);
        // The site's own page for a 503 (an export link is followed by a browser, not an API client).
        Assert.Contains("needed more time than the site gives one request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_refuses_a_bad_parameter_before_writing_anything()
    {
        var response = await client.GetAsync("/export/csv?size=3");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_brief_downloads_as_markdown_with_query_outcomes_and_quotes()
    {
        var response = await client.GetAsync("/export/brief?q=MRI");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# IMR research brief", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Query:** `MRI`", markdown, StringComparison.Ordinal);
        Assert.Contains("| Upheld | ", markdown, StringComparison.Ordinal);
        Assert.Contains("\n> ", markdown, StringComparison.Ordinal);
        Assert.Contains("==MRI==", markdown, StringComparison.Ordinal);
    }
}
