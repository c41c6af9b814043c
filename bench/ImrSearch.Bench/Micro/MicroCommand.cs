using System.CommandLine;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ImrSearch.Bench.Micro;

/// <summary>
/// `micro`: BenchmarkDotNet benchmarks of the loops a search and a build spend their time in (analysis, facet counting,
/// highlighting, parsing), for comparing one way of writing a loop with another.
/// </summary>
/// <remarks>
/// In-process (no generated project to build, which needs no network) and short runs (3 warm-ups, 3 iterations):
/// enough to tell a 2x change from noise, minutes rather than an hour. Reports go to bench/out/micro/.
/// </remarks>
internal static class MicroCommand
{
    private static readonly Type[] Benchmarks = [typeof(AnalysisBenchmarks), typeof(FacetCountingBenchmarks), typeof(HighlightingBenchmarks), typeof(ParsingBenchmarks)];

    public static Command Create()
    {
        var filter = new Option<string?>("--filter") { Description = "Run only benchmarks matching this glob (e.g. '*Facet*')." };
        var list = new Option<bool>("--list") { Description = "List the benchmarks without running them." };
        var command = new Command("micro", "BenchmarkDotNet benchmarks of the hot loops: analysis, facet counting, highlighting, parsing.") { filter, list };
        command.SetAction(parsed =>
        {
            var arguments = parsed.GetValue(list)
                ? new[] { "--list", "flat" }
                : new[] { "--filter", parsed.GetValue(filter) ?? "*" };
            var summaries = BenchmarkSwitcher.FromTypes(Benchmarks).Run(arguments, Config());
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        });
        return command;
    }

    private static IConfig Config() =>
        ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(Path.Combine(RepositoryPaths.Root() ?? Environment.CurrentDirectory, "bench", "out", "micro"));
}
