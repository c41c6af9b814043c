using System.Net;
using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Security;

public sealed class RateLimitTests : IDisposable
{
    private readonly SiteFactory site = SiteFactory.Create(requestsPerMinute: 3, corpusPath: null);

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task A_client_over_budget_gets_429_with_retry_after_and_static_files_stay_free()
    {
        var client = site.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/facets")).StatusCode);
        }

        var refused = await client.GetAsync("/api/search");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        var page = await HtmlPage.GetAsync(client, "/?q=mri");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Single(page.Response.Headers.GetValues("Retry-After"));
        Assert.Equal("Too many requests", page.Text("main h1"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
    }
}
