using System.Diagnostics;
using System.Net;
using ImrSearch.Bench.Measurement;

namespace ImrSearch.Bench.Http;

/// <summary>What one load run measured.</summary>
internal sealed record LoadFigures(
    string Target,
    int Connections,
    double Seconds,
    long Requests,
    long Errors,
    double RequestsPerSecond,
    LatencySummary Latency,
    string? FirstError);

/// <summary>
/// A closed-loop HTTP load generator (what wrk does, with nothing to install): N connections, each sending the next
/// request as soon as its previous response is fully read, for a fixed time after a warm-up. Any status other than
/// 2xx, and any failed request, is an error.
/// </summary>
internal static class LoadGenerator
{
    /// <param name="check">
    /// Reads each successful response's body and returns what is wrong with it (counted as an error), or null; without
    /// it bodies are read and dropped.
    /// </param>
    public static async Task<LoadFigures> RunAsync(
        Uri site,
        string target,
        IReadOnlyList<string> paths,
        int connections,
        TimeSpan warmUp,
        TimeSpan duration,
        Func<string, string, string?>? check = null)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        };
        using var client = new HttpClient(handler) { BaseAddress = site, Timeout = TimeSpan.FromSeconds(30) };

        var next = -1;
        long errors = 0;
        string? firstError = null;
        var measuring = false;
        var stop = false;
        var latencies = new List<double>[connections];

        async Task Worker(int worker)
        {
            var mine = latencies[worker] = new List<double>(4096);
            var buffer = new byte[64 * 1024];
            while (!Volatile.Read(ref stop))
            {
                var path = paths[(int)((uint)Interlocked.Increment(ref next) % (uint)paths.Count)];
                var clock = Stopwatch.StartNew();
                string? error = null;
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                    if (check is not null && response.IsSuccessStatusCode)
                    {
                        error = check(path, await response.Content.ReadAsStringAsync());
                    }
                    else
                    {
                        await using var body = await response.Content.ReadAsStreamAsync();
                        while (await body.ReadAsync(buffer) > 0)
                        {
                        }
                    }

                    if (!response.IsSuccessStatusCode)
                    {
                        error = $"{(int)response.StatusCode} for {path}";
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    error = $"{e.GetType().Name} for {path}: {e.Message}";
                }

                if (!Volatile.Read(ref measuring))
                {
                    continue;
                }

                mine.Add(clock.Elapsed.TotalMilliseconds);
                if (error is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        }

        var workers = Enumerable.Range(0, connections).Select(w => Task.Run(() => Worker(w))).ToArray();
        await Task.Delay(warmUp);
        Volatile.Write(ref measuring, true);
        var measured = Stopwatch.StartNew();
        await Task.Delay(duration);
        Volatile.Write(ref measuring, false);
        var seconds = measured.Elapsed.TotalSeconds;
        Volatile.Write(ref stop, true);
        await Task.WhenAll(workers);

        var all = latencies.SelectMany(l => l).ToList();
        return new LoadFigures(target, connections, seconds, all.Count, errors, all.Count / seconds, LatencySummary.Of(all), firstError);
    }
}
