using System.CommandLine;
using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Phases;

namespace ImrSearch.Bench.Commands;

/// <summary>
/// `queries`: the query mix alone, in-process, over an index already built (by `imr-index build` or an earlier run),
/// per class first-time and repeated. For measuring a new query class at a size whose build takes longer than the
/// rest of the benchmark; the full command still measures everything together.
/// </summary>
internal static class QueriesCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index to search.", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds of the query mix.", DefaultValueFactory = _ => 3 };
        var each = new Option<bool>("--each") { Description = "Also print every query's first-time and repeated p50 and its total, to find the slow ones." };
        var command = new Command("queries", "Run the query mix in-process over an existing index and print each class's latency.") { index, rounds, each };
        command.SetAction(parsed =>
        {
            var directory = parsed.GetValue(index)!;
            if (parsed.GetValue(rounds) < 1 || !Directory.Exists(directory))
            {
                Console.Error.WriteLine(Directory.Exists(directory) ? "--rounds must be at least 1." : $"There is no index at {directory}.");
                return 2;
            }

            Console.WriteLine($"Query mix over {Path.GetFullPath(directory)}; {Environment.ProcessorCount} cores, load average {MachineInfo.LoadAverageNow()}");
            var figures = QueryPhase.Run(directory, parsed.GetValue(rounds), Console.Error);
            Console.WriteLine($"mix {figures.MixVersion}, {figures.Rounds} rounds; searcher opened in {figures.OpenSeconds:N1} s; load average after {MachineInfo.LoadAverageNow()}");
            Console.WriteLine($"{"class",-22} {"queries",7} {"first p50",10} {"p95",8} {"p99",8} {"max",8} {"repeated p50",13}");
            foreach (var (name, first) in figures.FirstTime.Classes.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var repeated = figures.Repeated.Classes.GetValueOrDefault(name);
                Console.WriteLine($"{name,-22} {first.Queries,7} {first.P50Ms,10:N1} {first.P95Ms,8:N1} {first.P99Ms,8:N1} {first.MaxMs,8:N1} {repeated?.P50Ms,13:N2}");
            }

            var all = figures.FirstTime.Overall;
            Console.WriteLine($"{"all (first time)",-22} {all.Count,7} {all.P50Ms,10:N1} {all.P95Ms,8:N1} {all.P99Ms,8:N1} {all.MaxMs,8:N1}");
            if (parsed.GetValue(each))
            {
                Console.WriteLine();
                Console.WriteLine($"{"class",-16} {"first p50",10} {"repeated",9} {"total",10}  query");
                foreach (var outcome in figures.Outcomes)
                {
                    Console.WriteLine($"{outcome.Class,-16} {outcome.FirstMs,10:N1} {outcome.RepeatedMs,9:N2} {outcome.Total,10:N0}  {outcome.Query}");
                }
            }

            return 0;
        });
        return command;
    }
}
