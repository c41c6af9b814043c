using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ImrSearch.Bench.Http;

namespace ImrSearch.Bench.Commands;

/// <summary>
/// `hostile`: starts the site on a given index and sends the hostile query list to every endpoint that takes a
/// query, one request at a time, then prints the worst latency per endpoint, the answers' status codes, and whether a
/// normal search still answers afterwards. For measuring the list at a size CI does not build (one million items).
/// </summary>
internal static class HostileCommand
{
    private static readonly string[] Endpoints =
        ["/", "/brief", "/api/search", "/api/facets", "/export/csv", "/export/brief", "/outcomes", "/api/outcomes", "/guidelines", "/api/guidelines", "/trends", "/api/trends", "/case/{case}", "/api/check"];

    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index to serve (built with imr-index build or the bench).", Required = true };
        var queries = new Option<string?>("--queries") { Description = "A JSON array of query texts (default: tests/ImrSearch.Web.Tests/Security/hostile-queries.json)." };
        var caseId = new Option<string?>("--case") { Description = "The case whose page takes the queries (default: the first hit of a search)." };
        var only = new Option<string[]>("--endpoints") { Description = "Only these endpoints (as listed, e.g. /api/search /case/{case}); default: all.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("hostile", "Send the hostile query list to every endpoint of the site over an index; print the worst latency per endpoint.") { index, queries, caseId, only };
        command.SetAction(async (parsed, _) =>
        {
            var endpoints = parsed.GetValue(only) is { Length: > 0 } chosen ? chosen : Endpoints;
            if (endpoints.Except(Endpoints, StringComparer.Ordinal).FirstOrDefault() is { } unknown)
            {
                Console.Error.WriteLine($"No endpoint '{unknown}'; the endpoints are: {string.Join(' ', Endpoints)}");
                return 2;
            }

            return await RunAsync(parsed.GetValue(index)!, parsed.GetValue(queries), parsed.GetValue(caseId), endpoints);
        });
        return command;
    }

    private static async Task<int> RunAsync(string indexDirectory, string? queryFile, string? caseId, string[] endpoints)
    {
        var file = queryFile ?? Path.Combine(RepositoryPaths.Root() ?? ".", "tests", "ImrSearch.Web.Tests", "Security", "hostile-queries.json");
        var list = JsonSerializer.Deserialize<string[]>(await File.ReadAllTextAsync(file)) ?? [];
        var siteAssembly = SiteProcess.FindSiteAssembly();
        if (siteAssembly is null)
        {
            Console.Error.WriteLine("The site is not built beside the bench (build web/ImrSearch.Web in the same configuration).");
            return 2;
        }

        using var site = await SiteProcess.StartAsync(siteAssembly, indexDirectory, TimeSpan.FromMinutes(10));
        using var client = new HttpClient { BaseAddress = site.Address, Timeout = TimeSpan.FromMinutes(5) };
        // Browsing is served from what the commit warmed, so it answers even when a search would hit its time budget.
        caseId ??= JsonDocument.Parse(await client.GetStringAsync("/api/search")).RootElement.GetProperty("hits")[0].GetProperty("caseId").GetString();
        Console.WriteLine($"{list.Length} hostile queries × {endpoints.Length} endpoints against {site.Address} (case page {caseId})");
        Console.WriteLine($"{"endpoint",-18} {"worst ms",9} {"p50 ms",8}  statuses                worst query");

        var worstOverall = 0.0;
        var serverErrors = 0;
        foreach (var endpoint in endpoints)
        {
            var timings = new List<(double Ms, string Query)>();
            var statuses = new SortedDictionary<int, int>();
            foreach (var query in list)
            {
                var clock = Stopwatch.StartNew();
                TimeSpan? answered = null;
                HttpStatusCode status;
                try
                {
                    // An export answers when its first rows stream (a whole export of a broad query at a million
                    // items takes a minute, bounded by the export time limit): timed to its headers, then dropped,
                    // which aborts the rest of it on the site.
                    using var response = endpoint == "/api/check"
                        ? await client.PostAsync(endpoint, new StringContent(JsonSerializer.Serialize(new { draft = query }), System.Text.Encoding.UTF8, "application/json"))
                        : await client.GetAsync(endpoint.Replace("{case}", caseId, StringComparison.Ordinal) + "?q=" + Uri.EscapeDataString(query), HttpCompletionOption.ResponseHeadersRead);
                    status = response.StatusCode;
                    if (endpoint.StartsWith("/export/", StringComparison.Ordinal))
                    {
                        answered = clock.Elapsed;
                    }
                    else
                    {
                        await response.Content.ReadAsByteArrayAsync();
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }

                timings.Add(((answered ?? clock.Elapsed).TotalMilliseconds, query));
                statuses[(int)status] = statuses.GetValueOrDefault((int)status) + 1;
                serverErrors += (int)status is 0 or >= 500 and not 503 ? 1 : 0;
            }

            var worst = timings.MaxBy(t => t.Ms);
            var p50 = Measurement.LatencySummary.Of(timings.Select(t => t.Ms).ToList()).P50Ms;
            worstOverall = Math.Max(worstOverall, worst.Ms);
            var statusText = string.Join(" ", statuses.Select(s => $"{s.Key}×{s.Value}"));
            Console.WriteLine($"{endpoint,-18} {worst.Ms,9:N0} {p50,8:N1}  {statusText,-22}  {Shorten(worst.Query)}");
        }

        var normal = await client.GetAsync("/api/search?q=physical%20therapy");
        Console.WriteLine($"worst {worstOverall:N0} ms; {serverErrors} answers 5xx (503 = stopped at the time budget or busy, counted apart); a normal search afterwards: {(int)normal.StatusCode}");
        return serverErrors == 0 && normal.IsSuccessStatusCode ? 0 : 1;
    }

    private static string Shorten(string text)
    {
        var printable = new string([.. text.Select(c => char.IsControl(c) ? '·' : c)]);
        return printable.Length > 50 ? printable[..50] + "…" : printable;
    }
}
