using System.CommandLine;
using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Phases;

namespace ImrSearch.Bench.Commands;

/// <summary>
/// `http`: the HTTP runs alone (<see cref="HttpPhase"/>), against the site started on an index already built, so that
/// two commits of the site can be compared at a size whose build takes longer than the runs themselves.
/// </summary>
internal static class HttpCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index the site serves.", Required = true };
        var seconds = new Option<int>("--seconds") { Description = "Measured seconds per run (after a 2 s warm-up).", DefaultValueFactory = _ => 10 };
        var target = new Option<string?>("--target") { Description = "Only the runs whose target name contains this (such as \"new queries\")." };
        var connections = new Option<int?>("--connections") { Description = "Only the runs at this many connections (1, 8 or 32)." };
        var command = new Command("http", "Start the site on an existing index and drive it over HTTP; print each run's throughput and latency.")
        {
            index, seconds, target, connections,
        };
        command.SetAction(async (parsed, _) =>
        {
            var directory = parsed.GetValue(index)!;
            var only = parsed.GetValue(target);
            var at = parsed.GetValue(connections);
            if (parsed.GetValue(seconds) < 1 || !Directory.Exists(directory) || (at is { } c && !HttpPhase.ConnectionCounts.Contains(c)))
            {
                Console.Error.WriteLine(
                    !Directory.Exists(directory) ? $"There is no index at {directory}."
                    : parsed.GetValue(seconds) < 1 ? "--seconds must be at least 1."
                    : $"--connections must be one of {string.Join(", ", HttpPhase.ConnectionCounts)}.");
                return 2;
            }

            Console.WriteLine($"HTTP runs on {Path.GetFullPath(directory)}; {Environment.ProcessorCount} cores, load average {MachineInfo.LoadAverageNow()}");
            var figures = await HttpPhase.RunAsync(
                directory,
                TimeSpan.FromSeconds(parsed.GetValue(seconds)),
                Console.Out,
                (name, count) => (only is null || name.Contains(only, StringComparison.Ordinal)) && (at is null || at == count));
            if (figures.Skipped is { } reason)
            {
                Console.Error.WriteLine($"Not run: {reason}.");
                return 1;
            }

            if (figures.Runs.Count == 0)
            {
                Console.Error.WriteLine($"No run's target contains \"{only}\" (the targets: /api/search, /, {HttpPhase.RefinementsTarget}, {HttpPhase.NewQueriesTarget}).");
                return 2;
            }

            Console.WriteLine($"load average after {MachineInfo.LoadAverageNow()}; site peak memory {figures.SitePeakMemoryMB:N0} MB");
            return figures.Runs.Any(r => r.Errors > 0) ? 1 : 0;
        });
        return command;
    }
}
