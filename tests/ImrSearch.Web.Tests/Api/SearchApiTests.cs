using System.Net;
using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Api;

[Collection(SiteCollection.Name)]
public class SearchApiTests(SiteFactory site)
{
    private readonly HttpClient client = site.CreateClient();

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetJson(string url)
    {
        var response = await client.GetAsync(url);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response, json);
    }

    [Fact]
    public async Task Search_answers_in_the_imr_index_search_json_shape()
    {
        var (response, json) = await GetJson("/api/search?q=MRI");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(json.GetProperty("total").GetInt64() > 0);
        Assert.True(json.GetProperty("tookMs").GetDouble() >= 0);
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(10, json.GetProperty("size").GetInt32());
        Assert.False(json.TryGetProperty("warning", out _));
        var hit = json.GetProperty("hits")[0];
        foreach (var name in new[] { "caseId", "itemIndex", "item", "decision", "treatment", "specialties", "citations", "score", "highlights" })
        {
            Assert.True(hit.TryGetProperty(name, out _), "hit lacks " + name);
        }
        Assert.Contains(hit.GetProperty("decision").GetString(), new[] { "Upheld", "Overturned" });
        var decision = json.GetProperty("facets").GetProperty("decision");
        Assert.True(decision.GetProperty("distinct").GetInt32() >= 1);
        Assert.True(decision.GetProperty("values")[0].TryGetProperty("selected", out _));
    }

    [Fact]
    public async Task Search_takes_the_page_parameters_and_repeatable_filters()
    {
        var (_, json) = await GetJson("/api/search?decision=Upheld&decision=Overturned&sort=case&size=10&page=1");

        Assert.Equal(SeedCorpus.DecidedItems, json.GetProperty("total").GetInt64());
        var selected = json.GetProperty("facets").GetProperty("decision").GetProperty("values").EnumerateArray()
            .Where(v => v.GetProperty("selected").GetBoolean()).Select(v => v.GetProperty("value").GetString()).Order().ToList();
        Assert.Equal(["Overturned", "Upheld"], selected);
    }

    [Fact]
    public async Task A_malformed_query_sets_warning()
    {
        var (response, json) = await GetJson("/api/search?q=(mri");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("warning").GetString()));
    }

    [Theory]
    [InlineData("/api/search?page=0", "Page")]
    [InlineData("/api/search?size=7", "Size")]
    [InlineData("/api/search?sort=sideways", "Sort")]
    [InlineData("/api/facets?page=-1", "Page")]
    public async Task A_bad_parameter_is_a_400_problem_with_the_reason(string url, string subject)
    {
        var (response, json) = await GetJson(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.StartsWith(subject, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_lists_every_dimension_in_sidebar_order_with_labels()
    {
        var (response, json) = await GetJson("/api/facets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SeedCorpus.DecidedItems, json.GetProperty("total").GetInt64());
        var names = json.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Equal(Index.IndexSchema.FacetDimensions.Select(d => d.Name), names);
        var decision = json.GetProperty("dimensions")[0];
        Assert.Equal("Decision", decision.GetProperty("label").GetString());
        var counts = decision.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt64());
        Assert.Equal(SeedCorpus.Upheld, counts["Upheld"]);
        Assert.Equal(SeedCorpus.Overturned, counts["Overturned"]);
    }

    [Fact]
    public async Task Cases_returns_the_whole_determination_in_the_parse_json_shape()
    {
        var (_, search) = await GetJson("/api/search?q=MRI");
        var caseId = search.GetProperty("hits")[0].GetProperty("caseId").GetString()!;

        var response = await client.GetAsync("/api/cases/" + Uri.EscapeDataString(caseId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var determination = Domain.DeterminationJson.Deserialize(await response.Content.ReadAsStringAsync());
        Assert.Equal(caseId, determination.CaseId);
        Assert.NotEmpty(determination.Decisions);
    }

    [Theory]
    [InlineData("/api/cases/CM99-0000000")]
    [InlineData("/api/cases/..%2F..%2Fetc%2Fpasswd")]
    public async Task An_unknown_case_is_a_404_problem(string url)
    {
        var (response, json) = await GetJson(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unknown_api_address_is_a_404_problem_not_a_page()
    {
        var response = await client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
