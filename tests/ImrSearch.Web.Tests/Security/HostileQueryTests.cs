using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Security;

/// <summary>
/// The hostile query list on every endpoint that takes a query: each answers within a second on the seed corpus
/// (a hang guard: the same list once hung the site for minutes), never with a 5xx, and a normal search still works
/// right after.
/// </summary>
[Collection(SiteCollection.Name)]
public class HostileQueryTests(SiteFactory site)
{
    public static readonly string[] QueryEndpoints =
        ["/", "/brief", "/api/search", "/api/facets", "/export/csv", "/export/brief", "/outcomes", "/api/outcomes", "/guidelines", "/api/guidelines", "/trends", "/api/trends", "/case/CM13-0012345",
            "/compare", "/api/compare"];

    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(1);

    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public void The_list_holds_at_least_a_hundred_queries_of_every_kind()
    {
        Assert.True(HostileInputs.Queries.Length >= 100);
        Assert.Contains(HostileInputs.Queries, q => q.StartsWith('/'));
        Assert.Contains(HostileInputs.Queries, q => q.Contains("~", StringComparison.Ordinal));
        Assert.Contains(HostileInputs.Queries, q => q.StartsWith(new string('(', 17), StringComparison.Ordinal));
        Assert.Contains(HostileInputs.Queries, q => q.Length > 3000);
        foreach (var field in new[] { "item:", "rationale:", "summary:", "guideline:", "specialty:", "treatment:", "bodyRegion:", "decision:", "case:", "year:" })
        {
            Assert.Contains(HostileInputs.Queries, q => q.StartsWith(field, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Every_hostile_query_on_every_endpoint_answers_within_a_second_without_a_server_error()
    {
        // Warm each endpoint first so the guard measures the queries, not the first request's JIT.
        foreach (var endpoint in QueryEndpoints)
        {
            (await client.GetAsync(endpoint + "?q=knee~ OR chiro*")).Dispose();
        }

        var failures = new List<string>();
        foreach (var endpoint in QueryEndpoints)
        {
            foreach (var query in HostileInputs.QueryTexts)
            {
                await Measure(failures, $"{endpoint}{Shorten(query)}", () => client.GetAsync(endpoint + query));
            }
        }

        foreach (var query in HostileInputs.Queries)
        {
            var body = JsonSerializer.Serialize(new { draft = query, treatment = query, guideline = query });
            await Measure(failures, $"/api/check {Shorten(query)}", () => client.PostAsync("/api/check", new StringContent(body, System.Text.Encoding.UTF8, "application/json")));

            // The draft's reading as corrected by the caller: every value hostile, then only the free-text words.
            var corrected = JsonSerializer.Serialize(new { draft = query, recognised = new { treatment = query, named = query, bodyRegion = query, guidelines = new[] { query }, quantity = 1e6 } });
            await Measure(failures, $"/api/check recognised {Shorten(query)}", () => client.PostAsync("/api/check", new StringContent(corrected, System.Text.Encoding.UTF8, "application/json")));
            var named = JsonSerializer.Serialize(new { draft = query, recognised = new { treatment = "Chiropractic", named = query.Length > 200 ? query[..200] : query, bodyRegion = "Lumbar spine" } });
            await Measure(failures, $"/api/check named {Shorten(query)}", () => client.PostAsync("/api/check", new StringContent(named, System.Text.Encoding.UTF8, "application/json")));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failed:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        var normal = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=knee")).RootElement;
        Assert.True(normal.GetProperty("total").GetInt64() > 0);
    }

    [Theory]
    [InlineData("x*a??????????????????????????", "too many wildcards")]
    [InlineData("/(a|aa)*b/", "Regular expressions are turned off")]
    [InlineData("((((((((((((((((((knee))))))))))))))))))", "Too deeply nested")]
    public async Task A_refused_query_is_searched_as_words_and_says_why(string query, string warning)
    {
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(warning, json.GetProperty("warning").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Sends a request and records a 5xx or an answer slower than the guard. A slow answer is asked once more and
    /// only counts when both are slow: on a shared machine one request can lose its core for a second, a hang cannot
    /// answer quickly the second time.
    /// </summary>
    private static async Task Measure(List<string> failures, string what, Func<Task<HttpResponseMessage>> send)
    {
        var slowest = TimeSpan.Zero;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await send();
            await response.Content.ReadAsByteArrayAsync();
            var took = clock.Elapsed;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} {what}");
                return;
            }

            if (took <= HangGuard)
            {
                return;
            }

            slowest = took > slowest ? took : slowest;
        }

        failures.Add($"{slowest.TotalMilliseconds:N0} ms (twice over {HangGuard.TotalSeconds:N0} s) {what}");
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
