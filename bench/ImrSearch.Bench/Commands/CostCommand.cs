using System.CommandLine;
using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Phases;

namespace ImrSearch.Bench.Commands;

/// <summary>
/// `cost`: what a never-seen query costs in-process over an existing index (<see cref="NewQueryCostPhase"/>): the
/// CPU of each of the HTTP phase's typical queries, one at a time, and the throughput of several threads at once.
/// </summary>
internal static class CostCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index to search.", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Rounds of the typical queries one at a time, each query new.", DefaultValueFactory = _ => 3 };
        var threads = new Option<int>("--threads") { Description = "Threads asking never-seen queries at once afterwards (0: none).", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "How long the threads run.", DefaultValueFactory = _ => 20 };
        var each = new Option<bool>("--each") { Description = "Also print every query's CPU, the costliest first." };
        var passes = new Option<int>("--passes-at-once")
        {
            Description = "Passes over the index run at once (the searcher's PassesAtOnce; default one a processor, as the site).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("cost", "CPU per never-seen query in-process (the HTTP phase's new queries), one at a time and from several threads.")
        {
            index, rounds, threads, seconds, each, passes,
        };
        command.SetAction(parsed =>
        {
            var directory = parsed.GetValue(index)!;
            if (!Directory.Exists(directory) || parsed.GetValue(rounds) < 1 || parsed.GetValue(threads) is < 0 or > 64 || parsed.GetValue(seconds) < 1
                || parsed.GetValue(passes) is < 1 or > 64)
            {
                Console.Error.WriteLine(
                    !Directory.Exists(directory) ? $"There is no index at {directory}."
                    : parsed.GetValue(rounds) < 1 ? "--rounds must be at least 1."
                    : parsed.GetValue(seconds) < 1 ? "--seconds must be at least 1."
                    : parsed.GetValue(passes) is < 1 or > 64 ? "--passes-at-once must be between 1 and 64."
                    : "--threads must be between 0 and 64.");
                return 2;
            }

            Console.WriteLine($"Never-seen queries over {Path.GetFullPath(directory)}; {Environment.ProcessorCount} cores, {parsed.GetValue(passes)} passes at once, load average {MachineInfo.LoadAverageNow()}");
            var figures = NewQueryCostPhase.Run(directory, parsed.GetValue(rounds), parsed.GetValue(threads), TimeSpan.FromSeconds(parsed.GetValue(seconds)), parsed.GetValue(passes));
            Console.WriteLine($"one at a time, {figures.Rounds} rounds of {figures.Queries.Count} queries: {figures.MeanCpuMs:N1} ms CPU a query on average ({figures.Queries.Average(q => q.WallMs):N1} ms wall)");
            foreach (var group in figures.Queries.GroupBy(q => q.Class))
            {
                Console.WriteLine($"  {group.Key,-10} {group.Sum(q => q.CpuMs),8:N1} ms CPU for its {group.Count()} queries");
            }

            if (figures.Concurrent is { } at)
            {
                Console.WriteLine($"{at.Threads} threads for {at.Seconds:N0} s: {at.QueriesPerSecond:N1} queries/s, {at.CpuMsPerQuery:N1} ms CPU a query, " +
                    $"p50 {at.Latency.P50Ms:N0} ms, p99 {at.Latency.P99Ms:N0} ms; load average after {MachineInfo.LoadAverageNow()}");
            }

            if (parsed.GetValue(each))
            {
                Console.WriteLine();
                Console.WriteLine($"{"CPU ms",8} {"wall ms",8} {"total",10}  {"class",-10} query");
                foreach (var query in figures.Queries.OrderByDescending(q => q.CpuMs))
                {
                    Console.WriteLine($"{query.CpuMs,8:N1} {query.WallMs,8:N1} {query.Total,10:N0}  {query.Class,-10} {query.Query}");
                }
            }

            if (figures.Differing.Count > 0)
            {
                Console.Error.WriteLine($"The never-seen form of {figures.Differing.Count} queries found another number of items than the query: {string.Join("; ", figures.Differing)}.");
                return 1;
            }

            return 0;
        });
        return command;
    }
}
