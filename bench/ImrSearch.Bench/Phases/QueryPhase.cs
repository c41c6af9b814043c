using System.Diagnostics;
using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Queries;
using ImrSearch.Search;

namespace ImrSearch.Bench.Phases;

/// <summary>Latency of one class of the query mix.</summary>
internal sealed record QueryClassFigures(int Queries, int Samples, double P50Ms, double P95Ms, double P99Ms, double MeanMs, double MaxMs);

/// <summary>A query of the mix and what it found (to show the mix really exercises the index).</summary>
internal sealed record QueryOutcome(string Class, string Query, long Total, double MedianMs, string? Warning);

internal sealed record QueryFigures(
    string MixVersion,
    int Rounds,
    double OpenSeconds,
    IReadOnlyDictionary<string, QueryClassFigures> Classes,
    LatencySummary Overall,
    double SingleThreadQueriesPerSecond,
    double TwoThreadQueriesPerSecond,
    double PeakMemoryMB,
    IReadOnlyList<QueryOutcome> Outcomes);

/// <summary>
/// Runs the query mix in-process on a <see cref="DecisionSearcher"/>: one warm-up pass, then timed rounds on one
/// thread (latency percentiles per class, single-thread throughput), then the same number of queries on two
/// threads at once (two-thread throughput).
/// </summary>
internal static class QueryPhase
{
    public static QueryFigures Run(string indexDirectory, int rounds, TextWriter log)
    {
        GC.Collect();
        PeakMemory.Reset();
        var open = Stopwatch.StartNew();
        using var searcher = new DecisionSearcher(indexDirectory);
        var openSeconds = open.Elapsed.TotalSeconds;

        var mix = QueryMix.All;
        var totals = new long[mix.Count];
        var warnings = new string?[mix.Count];
        for (var i = 0; i < mix.Count; i++)
        {
            var response = searcher.Search(mix[i].ToRequest());
            totals[i] = response.Total;
            warnings[i] = response.Warning;
        }

        log.WriteLine($"  queries: warm-up pass done ({mix.Count} queries); {rounds} timed rounds on one thread");
        var samples = new List<double>[mix.Count];
        for (var i = 0; i < mix.Count; i++)
        {
            samples[i] = new List<double>(rounds);
        }

        var singleClock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < mix.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                searcher.Search(mix[i].ToRequest());
                samples[i].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var singleSeconds = singleClock.Elapsed.TotalSeconds;
        log.WriteLine("  queries: the same number of queries on two threads");
        var twoClock = Stopwatch.StartNew();
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, worker =>
        {
            for (var round = worker; round < rounds; round += 2)
            {
                foreach (var query in mix)
                {
                    searcher.Search(query.ToRequest());
                }
            }
        });
        var twoSeconds = twoClock.Elapsed.TotalSeconds;

        var classes = QueryMix.Classes.ToDictionary(
            name => name,
            name =>
            {
                var indexes = Enumerable.Range(0, mix.Count).Where(i => mix[i].Class == name).ToList();
                var summary = LatencySummary.Of(indexes.SelectMany(i => samples[i]).ToList());
                return new QueryClassFigures(indexes.Count, summary.Count, summary.P50Ms, summary.P95Ms, summary.P99Ms, summary.MeanMs, summary.MaxMs);
            });
        var outcomes = Enumerable.Range(0, mix.Count)
            .Select(i => new QueryOutcome(mix[i].Class, mix[i].ToString(), totals[i], LatencySummary.Of(samples[i]).P50Ms, warnings[i]))
            .ToList();
        var queries = mix.Count * rounds;
        return new QueryFigures(
            QueryMix.Version,
            rounds,
            openSeconds,
            classes,
            LatencySummary.Of(samples.SelectMany(s => s).ToList()),
            queries / singleSeconds,
            queries / twoSeconds,
            PeakMemory.PeakMegabytes(),
            outcomes);
    }
}
