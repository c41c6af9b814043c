using System.Net;
using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Security;

/// <summary>
/// How many requests run at once: per client (429) and, for the expensive endpoints, in all (503), both with
/// Retry-After. A request is held open by a body that does not finish until the test lets it.
/// </summary>
public sealed class ConcurrencyLimitTests
{
    [Fact]
    public async Task A_client_with_as_many_requests_running_as_allowed_gets_429_with_retry_after()
    {
        using var site = SiteFactory.WithSettings(new Dictionary<string, string> { ["ImrSearch:ConcurrentRequestsPerClient"] = "1" });
        // The test server's own client: the factory's default one buffers request bodies (to replay them on redirects).
        var client = site.Server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=knee")).StatusCode);

        using var held = new HeldBody();
        var running = client.PostAsync("/api/check", held);
        await held.Started;

        var refused = await WhileRunning(running, () => client.GetAsync("/api/search?q=knee"), HttpStatusCode.TooManyRequests);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("1", Assert.Single(refused.Headers.GetValues("Retry-After")));
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("requests running", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        held.Finish();
        Assert.Equal(HttpStatusCode.OK, (await running).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=knee")).StatusCode);
    }

    [Fact]
    public async Task Expensive_endpoints_over_the_global_limit_wait_then_get_503_with_retry_after_and_searches_go_on()
    {
        using var site = SiteFactory.WithSettings(new Dictionary<string, string> { ["ImrSearch:ConcurrentExpensiveRequests"] = "1" });
        // The test server's own client: the factory's default one buffers request bodies (to replay them on redirects).
        var client = site.Server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/outcomes?by=treatment")).StatusCode);

        using var held = new HeldBody();
        var running = client.PostAsync("/api/check", held);
        await held.Started;

        var refused = await WhileRunning(running, () => client.GetAsync("/api/outcomes?by=treatment"), HttpStatusCode.ServiceUnavailable);
        var page = await client.GetAsync("/export/csv?q=knee");
        var search = await client.GetAsync("/api/search?q=knee");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("2", Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        held.Finish();
        Assert.Equal(HttpStatusCode.OK, (await running).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/outcomes?by=treatment")).StatusCode);
    }

    [Fact]
    public void The_expensive_endpoints_are_exports_case_pages_analyses_and_the_check()
    {
        foreach (var path in new[] { "/export/csv", "/brief", "/case/CM13-0012345", "/outcomes", "/guidelines", "/check", "/api/check", "/api/outcomes", "/api/guidelines", "/api/cases/CM13-0012345/items/0/similar" })
        {
            Assert.True(Web.Security.RequestConcurrency.IsExpensive(path), path);
        }

        foreach (var path in new[] { "/", "/api/search", "/api/facets", "/help", "/casey" })
        {
            Assert.False(Web.Security.RequestConcurrency.IsExpensive(path), path);
        }
    }

    /// <summary>
    /// Asks until the answer is the refusal expected, while the held request runs (the held request reaches the
    /// limiter a moment after its body starts), for at most a few seconds; the last answer.
    /// </summary>
    private static async Task<HttpResponseMessage> WhileRunning(Task running, Func<Task<HttpResponseMessage>> ask, HttpStatusCode refusal)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var answer = await ask();
            Assert.False(running.IsCompleted, "the held request finished early");
            if (answer.StatusCode == refusal || clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return answer;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>A JSON draft that is sent only when <see cref="Finish"/> is called, keeping its request running.</summary>
    private sealed class HeldBody : HttpContent
    {
        private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBody() => Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        public Task Started => started.Task;

        public void Finish() => finish.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("{\"draft\":\"physical therapy for the knee"u8.ToArray());
            await stream.FlushAsync();
            started.TrySetResult();
            await finish.Task;
            await stream.WriteAsync(" is not medically necessary\"}"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            finish.TrySetResult();
            base.Dispose(disposing);
        }
    }
}
