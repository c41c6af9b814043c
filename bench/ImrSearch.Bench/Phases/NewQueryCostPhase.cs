using System.Diagnostics;
using System.Globalization;
using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Queries;
using ImrSearch.Search;

namespace ImrSearch.Bench.Phases;

/// <summary>What one never-seen query cost, one at a time: its CPU (every thread of the process) and wall time, averaged over the rounds.</summary>
internal sealed record NewQueryCost(string Class, string Query, double CpuMs, double WallMs, long Total);

/// <summary>Never-seen queries from several threads at once: throughput, CPU per query and latency.</summary>
internal sealed record ConcurrentCost(int Threads, double Seconds, long Queries, double QueriesPerSecond, double CpuMsPerQuery, LatencySummary Latency);

internal sealed record NewQueryCostFigures(int Rounds, IReadOnlyList<NewQueryCost> Queries, ConcurrentCost? Concurrent)
{
    /// <summary>The typical queries whose never-seen form found another number of items than they do (should be none).</summary>
    public IReadOnlyList<string> Differing { get; init; } = [];

    /// <summary>The mean CPU of a never-seen query over the mix (each typical query weighing the same, as in the HTTP run).</summary>
    public double MeanCpuMs => Queries.Count == 0 ? 0 : Queries.Average(q => q.CpuMs);
}

/// <summary>
/// The HTTP phase's never-seen queries (<see cref="HttpPhase.NewQueries"/>) in-process, on a searcher with the site's
/// caches (result sets, recorded hits) and no time budget: each typical query's CPU one at a time, then the
/// throughput of several threads taking them in turn. Without HTTP, a load generator or the site's other work on the
/// same cores, a change's effect on what a new query costs shows through less noise than over HTTP.
/// </summary>
/// <remarks>
/// CPU is the process's (<see cref="Process.TotalProcessorTime"/>), so a query's second slice and the garbage collection
/// it causes count; nothing else runs in the process meanwhile. Every query asked is a text the searcher has not seen.
/// </remarks>
internal static class NewQueryCostPhase
{
    /// <param name="passesAtOnce">The searcher's <see cref="DecisionSearcherOptions.PassesAtOnce"/>.</param>
    public static NewQueryCostFigures Run(string indexDirectory, int rounds, int threads, TimeSpan concurrently, int passesAtOnce)
    {
        var typical = HttpPhase.Typical();
        var next = 0;

        // As the HTTP phase's new queries, without their end: a long run never asks one twice.
        BenchQuery Fresh()
        {
            var n = Interlocked.Increment(ref next);
            return HttpPhase.MadeNew(typical[n % typical.Count], (n / typical.Count).ToString(CultureInfo.InvariantCulture));
        }

        using var searcher = new DecisionSearcher(indexDirectory, new DecisionSearcherOptions { TimeBudget = Timeout.InfiniteTimeSpan, PassesAtOnce = passesAtOnce });
        // Warm-up: the just-in-time compiler's tiers and the operating system's file cache.
        for (var i = 0; i < 2 * typical.Count; i++)
        {
            Fresh().Run(searcher);
        }

        var process = Process.GetCurrentProcess();
        var cpu = new double[typical.Count];
        var wall = new double[typical.Count];
        var totals = new long[typical.Count];
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < typical.Count; i++)
            {
                // The warm-up and the concurrent run take their suffixes from the same list; these are their own.
                var query = HttpPhase.MadeNew(typical[i], $"cost{round}");
                process.Refresh();
                var before = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                totals[i] = query.Run(searcher);
                wall[i] += clock.Elapsed.TotalMilliseconds;
                process.Refresh();
                cpu[i] += (process.TotalProcessorTime - before).TotalMilliseconds;
            }
        }

        var costs = typical.Select((q, i) => new NewQueryCost(q.Class, Describe(q), cpu[i] / rounds, wall[i] / rounds, totals[i])).ToList();
        var concurrent = threads > 0 ? Concurrent(searcher, Fresh, threads, concurrently) : null;
        // The excluded word is in no letter, so each query must find what it finds without it; else the costs above
        // are not those of the typical queries.
        var differing = typical.Where((q, i) => q.Run(searcher) != totals[i]).Select(Describe).ToList();
        return new NewQueryCostFigures(rounds, costs, concurrent) { Differing = differing };
    }

    private static ConcurrentCost Concurrent(DecisionSearcher searcher, Func<BenchQuery> fresh, int threads, TimeSpan duration)
    {
        var latencies = new List<double>[threads];
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t =>
        {
            latencies[t] = [];
            var worker = new Thread(() =>
            {
                while (clock.Elapsed < duration)
                {
                    var started = clock.Elapsed;
                    fresh().Run(searcher);
                    latencies[t].Add((clock.Elapsed - started).TotalMilliseconds);
                }
            });
            worker.Start();
            return worker;
        }).ToList();
        workers.ForEach(w => w.Join());
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var all = latencies.SelectMany(l => l).ToList();
        return new ConcurrentCost(
            threads,
            seconds,
            all.Count,
            all.Count / seconds,
            all.Count == 0 ? 0 : (process.TotalProcessorTime - before).TotalMilliseconds / all.Count,
            LatencySummary.Of(all));
    }

    private static string Describe(BenchQuery query) =>
        query.Filters.Count == 0
            ? query.Query
            : $"{query.Query} [{string.Join(" ", query.Filters.Select(f => f.Key + "=" + string.Join("|", f.Value)))}]";
}
