using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Precedents;

[Collection(SiteCollection.Name)]
public class PrecedentApiTests(SiteFactory site)
{
    private readonly HttpClient client = site.CreateClient();

    private async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Similar_items_of_a_case_item()
    {
        var response = await client.GetAsync("/api/cases/001_a2d9d1ce07a723b3/items/2/similar?count=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Json(response);
        var neighbours = json.GetProperty("neighbours");
        Assert.Equal(3, neighbours.GetArrayLength());
        Assert.Equal("004_0ee5ec402ea739f4", neighbours[0].GetProperty("caseId").GetString());
        Assert.Equal(1, neighbours[0].GetProperty("itemIndex").GetInt32());
        Assert.Equal(3, json.GetProperty("upheld").GetInt64() + json.GetProperty("overturned").GetInt64());
    }

    [Theory]
    [InlineData("/api/cases/001_a2d9d1ce07a723b3/items/9/similar", HttpStatusCode.NotFound)]
    [InlineData("/api/cases/CM00-0000000/items/0/similar", HttpStatusCode.NotFound)]
    [InlineData("/api/cases/001_a2d9d1ce07a723b3/items/0/similar?count=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/cases/001_a2d9d1ce07a723b3/items/0/similar?count=lots", HttpStatusCode.BadRequest)]
    [InlineData("/api/outcomes?by=colour", HttpStatusCode.BadRequest)]
    [InlineData("/api/guidelines?page=-1", HttpStatusCode.BadRequest)]
    public async Task Errors_are_problem_details(string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_check_takes_json_and_answers_json()
    {
        var response = await client.PostAsJsonAsync("/api/check", new { draft = "MRI of the lumbar spine for preoperative planning. The request is medically necessary.", count = 4 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Json(response);
        Assert.Equal("Overturned", json.GetProperty("draftLeaning").GetString());
        Assert.Equal(4, json.GetProperty("neighbours").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task The_check_says_what_it_recognised_and_takes_a_corrected_reading()
    {
        const string Draft = "MRI for chronic pain after a fall at work, to see the lumbar discs.";
        var read = await Json(await client.PostAsJsonAsync("/api/check", new { draft = Draft, count = 3 }));
        var corrected = await Json(await client.PostAsJsonAsync("/api/check", new
        {
            draft = Draft,
            count = 3,
            recognised = new { treatment = "MRI", named = "mri", bodyRegion = "cervical spine", guidelines = Array.Empty<string>() },
        }));

        Assert.Equal("MRI", read.GetProperty("recognised").GetProperty("treatment").GetString());
        Assert.Equal("Lumbar spine", read.GetProperty("recognised").GetProperty("bodyRegion").GetString());
        Assert.Equal("Cervical spine", corrected.GetProperty("recognised").GetProperty("bodyRegion").GetString());
        Assert.Equal("MRI Cervical Spine", corrected.GetProperty("neighbours")[0].GetProperty("item").GetString());
    }

    [Theory]
    [InlineData("{\"draft\": \"MRI\", \"recognised\": {\"treatment\": \"Astrology\"}}", "not a treatment category")]
    [InlineData("{\"draft\": \"MRI\", \"recognised\": {\"bodyRegion\": \"Aura\"}}", "not a body region")]
    [InlineData("{\"draft\": \"MRI\", \"recognised\": {\"guidelines\": [\"Almanac\"]}}", "not a guideline document")]
    [InlineData("{\"draft\": \"MRI\", \"recognised\": {\"quantity\": -3}}", "quantity")]
    public async Task A_corrected_reading_the_vocabularies_do_not_know_is_a_400(string body, string message)
    {
        var response = await client.PostAsync("/api/check", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"draft\": \"\"}")]
    [InlineData("{\"dra")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    public async Task A_bad_check_body_is_a_400(string body)
    {
        var response = await client.PostAsync("/api/check", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Outcomes_and_guidelines_as_json()
    {
        var outcomes = await Json(await client.GetAsync("/api/outcomes?by=treatment&decision=Upheld"));
        var guidelines = await Json(await client.GetAsync("/api/guidelines"));

        Assert.Equal(SeedCorpus.Upheld, outcomes.GetProperty("total").GetInt64());
        Assert.Equal(SeedCorpus.Upheld, outcomes.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("count").GetInt64()));
        Assert.True(guidelines.GetProperty("citations").GetArrayLength() > 0);
    }
}
