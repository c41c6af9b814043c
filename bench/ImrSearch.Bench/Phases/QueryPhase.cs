using System.Diagnostics;
using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Queries;
using ImrSearch.Search;

namespace ImrSearch.Bench.Phases;

/// <summary>Latency of one class of the query mix.</summary>
internal sealed record QueryClassFigures(int Queries, int Samples, double P50Ms, double P95Ms, double P99Ms, double MeanMs, double MaxMs);

/// <summary>A query of the mix and what it found (to show the mix really exercises the index).</summary>
internal sealed record QueryOutcome(string Class, string Query, long Total, double FirstMs, double RepeatedMs, string? Warning);

/// <summary>Latencies and throughput of one way of running the mix.</summary>
internal sealed record MixFigures(
    IReadOnlyDictionary<string, QueryClassFigures> Classes,
    LatencySummary Overall,
    double SingleThreadQueriesPerSecond,
    double TwoThreadQueriesPerSecond);

/// <param name="FirstTime">Every query computed afresh (the searcher's result cache and query hit lists off), as a query nobody asked before.</param>
/// <param name="Repeated">The same queries again on one searcher: result sets come from the searcher's result cache.</param>
/// <param name="FilteredFirstTime">The mix's filtered queries computed afresh (as in <paramref name="FirstTime"/>).</param>
/// <param name="FilteredAsRefinements">
/// The same filtered queries, each right after its query without filters, on a searcher keeping query hit lists (its
/// result cache off): what choosing facet values on a result list costs.
/// </param>
internal sealed record QueryFigures(
    string MixVersion,
    int Rounds,
    double OpenSeconds,
    MixFigures FirstTime,
    MixFigures Repeated,
    LatencySummary FilteredFirstTime,
    LatencySummary FilteredAsRefinements,
    double PeakMemoryMB,
    IReadOnlyList<QueryOutcome> Outcomes);

/// <summary>
/// Runs the query mix in-process on <see cref="DecisionSearcher"/>s. First-time figures: a searcher with its result
/// cache and query hit lists off computes every request afresh (the per-commit facet ordinals and browse counts it warms on opening
/// stay, as they are built once per commit), on one thread, then split over two threads. Repeated figures: the same
/// rounds on a searcher with its default result cache, as a popular query or a page-through is served.
/// </summary>
internal static class QueryPhase
{
    /// <summary>Latency is measured, not capped: the site's time budget would turn a slow query into a fast refusal.</summary>
    private static readonly DecisionSearcherOptions Unbounded = new() { TimeBudget = Timeout.InfiniteTimeSpan };

    public static QueryFigures Run(string indexDirectory, int rounds, TextWriter log)
    {
        GC.Collect();
        PeakMemory.Reset();
        var mix = QueryMix.All;
        var open = Stopwatch.StartNew();
        using var searcher = new DecisionSearcher(indexDirectory, Unbounded);
        var openSeconds = open.Elapsed.TotalSeconds;

        // Warm-up (JIT, operating-system file cache) on a searcher that is then thrown away.
        using (var warmUp = new DecisionSearcher(indexDirectory, Unbounded))
        {
            foreach (var query in mix)
            {
                query.Run(warmUp);
            }
        }

        log.WriteLine($"  queries: {rounds} rounds of {mix.Count} queries computed afresh (result cache and hit lists off), one thread then two");
        var first = Samples(mix.Count, rounds);
        double firstSeconds, firstTwoSeconds;
        using (var uncached = new DecisionSearcher(indexDirectory, Unbounded with { ResultCacheSize = 0, QueryHitsCacheBytes = 0 }))
        {
            var clock = Stopwatch.StartNew();
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < mix.Count; i++)
                {
                    first[i].Add(Time(uncached, mix[i]));
                }
            }

            firstSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, worker =>
            {
                for (var round = 0; round < rounds; round++)
                {
                    for (var i = worker; i < mix.Count; i += 2)
                    {
                        mix[i].Run(uncached);
                    }
                }
            });
            firstTwoSeconds = clock.Elapsed.TotalSeconds;
        }

        log.WriteLine($"  queries: {rounds} rounds of the filtered queries as refinements (hit lists kept, result cache off)");
        var filtered = Enumerable.Range(0, mix.Count).Where(i => mix[i].Filters.Count > 0 && mix[i].Query.Length > 0 && !mix[i].Trend).ToList();
        var refinements = new List<double>();
        using (var refining = new DecisionSearcher(indexDirectory, Unbounded with { ResultCacheSize = 0 }))
        {
            for (var round = 0; round < rounds; round++)
            {
                foreach (var i in filtered)
                {
                    refining.Search(mix[i].ToRequest() with { Filters = new Dictionary<string, IReadOnlyList<string>>() });
                    refinements.Add(Time(refining, mix[i]));
                }
            }
        }

        log.WriteLine($"  queries: {rounds} rounds repeated on one searcher (result cache), one thread then two");
        var totals = new long[mix.Count];
        var warnings = new string?[mix.Count];
        for (var i = 0; i < mix.Count; i++)
        {
            if (mix[i].Trend)
            {
                totals[i] = mix[i].Run(searcher);
                continue;
            }

            var response = searcher.Search(mix[i].ToRequest());
            totals[i] = response.Total;
            warnings[i] = response.Warning;
        }

        var repeated = Samples(mix.Count, rounds);
        var repeatedClock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < mix.Count; i++)
            {
                repeated[i].Add(Time(searcher, mix[i]));
            }
        }

        var repeatedSeconds = repeatedClock.Elapsed.TotalSeconds;
        var repeatedTwoClock = Stopwatch.StartNew();
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, worker =>
        {
            for (var round = worker; round < rounds * 2; round += 2)
            {
                for (var i = round % 2; i < mix.Count; i += 2)
                {
                    mix[i].Run(searcher);
                }
            }
        });
        var repeatedTwoSeconds = repeatedTwoClock.Elapsed.TotalSeconds;

        var queries = (double)mix.Count * rounds;
        var outcomes = Enumerable.Range(0, mix.Count)
            .Select(i => new QueryOutcome(mix[i].Class, mix[i].ToString(), totals[i], LatencySummary.Of(first[i]).P50Ms, LatencySummary.Of(repeated[i]).P50Ms, warnings[i]))
            .ToList();
        return new QueryFigures(
            QueryMix.Version,
            rounds,
            openSeconds,
            Figures(mix, first, queries / firstSeconds, queries / firstTwoSeconds),
            Figures(mix, repeated, queries / repeatedSeconds, queries / repeatedTwoSeconds),
            LatencySummary.Of([.. filtered.SelectMany(i => first[i])]),
            LatencySummary.Of(refinements),
            PeakMemory.PeakMegabytes(),
            outcomes);
    }

    private static double Time(DecisionSearcher searcher, BenchQuery query)
    {
        var clock = Stopwatch.StartNew();
        query.Run(searcher);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static List<double>[] Samples(int queries, int rounds) =>
        Enumerable.Range(0, queries).Select(_ => new List<double>(rounds)).ToArray();

    private static MixFigures Figures(IReadOnlyList<BenchQuery> mix, List<double>[] samples, double single, double two)
    {
        var classes = QueryMix.Classes.ToDictionary(
            name => name,
            name =>
            {
                var indexes = Enumerable.Range(0, mix.Count).Where(i => mix[i].Class == name).ToList();
                var summary = LatencySummary.Of(indexes.SelectMany(i => samples[i]).ToList());
                return new QueryClassFigures(indexes.Count, summary.Count, summary.P50Ms, summary.P95Ms, summary.P99Ms, summary.MeanMs, summary.MaxMs);
            });
        return new MixFigures(classes, LatencySummary.Of(samples.SelectMany(s => s).ToList()), single, two);
    }
}
