using ImrSearch.Bench.Peers;
using Spectre.Console;

namespace ImrSearch.Bench.Report;

/// <summary>The peers beside ImrSearch (same run, same items, same mix), and the correctness check.</summary>
internal static class PeersPrinter
{
    public static void Print(BenchReport report, PeersFigures peers, IAnsiConsole console)
    {
        var ran = peers.Peers.Where(p => p.Run.Skipped is null).ToList();
        var table = new Table()
            .Title($"Peers in the same run ({peers.Items:N0} items; first time, one query at a time, all facets + highlights; ratio = ImrSearch ÷ peer)")
            .AddColumn("figure")
            .AddColumn("ImrSearch");
        foreach (var peer in ran)
        {
            table.AddColumn(peer.Run.Name).AddColumn("ratio");
        }

        var build = new List<string> { "build items/s (ImrSearch parses too)", $"{report.Build.ItemsPerSecond:N0}" };
        var size = new List<string> { "index MB", $"{report.Build.IndexBytes / 1e6:N1}" };
        foreach (var peer in ran)
        {
            build.AddRange([$"{peer.Run.ItemsPerSecond:N0}", Ratio(report.Build.ItemsPerSecond, peer.Run.ItemsPerSecond)]);
            size.AddRange([$"{peer.Run.IndexBytes / 1e6:N1}", Ratio(report.Build.IndexBytes, peer.Run.IndexBytes)]);
        }

        table.AddRow([.. build.Select(Markup.Escape)]);
        table.AddRow([.. size.Select(Markup.Escape)]);
        foreach (var (name, ours) in report.Queries.FirstTime.Classes)
        {
            foreach (var (label, mine, theirs) in new (string, double, Func<PeerClassFigures, double>)[]
            {
                ("p50", ours.P50Ms, c => c.P50Ms),
                ("p95", ours.P95Ms, c => c.P95Ms),
            })
            {
                var row = new List<string> { $"{name} {label} ms", $"{mine:N1}" };
                foreach (var peer in ran)
                {
                    if (peer.Classes.TryGetValue(name, out var figures) && figures.Samples > 0)
                    {
                        row.AddRange([$"{theirs(figures):N1}" + Incomplete(figures), Ratio(mine, theirs(figures))]);
                    }
                    else
                    {
                        row.AddRange([peer.Classes.TryGetValue(name, out var none) ? "none ran" + Incomplete(none) : "not run", ""]);
                    }
                }

                table.AddRow([.. row.Select(Markup.Escape)]);
            }
        }

        console.Write(table);
        foreach (var peer in peers.Peers)
        {
            console.WriteLine(peer.Run.Skipped is { } skipped ? $"{peer.Run.Name}: not run: {skipped}" : $"{peer.Run.Name}: {peer.Run.Description}");
            foreach (var (query, problem) in peer.Problems)
            {
                console.WriteLine($"  {peer.Run.Name}, {query}: {problem}");
            }
        }

        console.WriteLine($"Not run on the peers: {peers.NotRun}.");
        console.WriteLine("Correctness (totals and every facet count, where the analyses agree; see ComparableQueries):");
        foreach (var peer in ran)
        {
            var differing = peer.Comparisons.Where(c => c.Differs).ToList();
            var unfinished = peer.Comparisons.Where(c => c.Unfinished).ToList();
            var equal = peer.Comparisons.Where(c => c.Equal).ToList();
            console.WriteLine(differing.Count == 0
                ? $"  {peer.Run.Name}: {equal.Count} of {peer.Comparisons.Count} comparable queries equal, none differs ({string.Join("; ", equal.Select(c => c.Query))})"
                : $"  {peer.Run.Name}: {differing.Count} of {peer.Comparisons.Count} comparable queries DIFFER");
            foreach (var comparison in unfinished)
            {
                console.WriteLine($"    not checked, {comparison.Query}: {string.Join("; ", comparison.Differences)}");
            }

            foreach (var comparison in differing)
            {
                console.WriteLine($"    {comparison.Query}: {string.Join("; ", comparison.Differences)} (ImrSearch first)");
            }

            console.WriteLine($"    not compared ({peer.NotCompared.Count}), by reason:");
            foreach (var reason in peer.NotCompared.GroupBy(n => Reason(n.Why)))
            {
                console.WriteLine($"      {reason.Key}: {string.Join("; ", reason.Select(n => n.Query))}");
            }
        }
    }

    /// <summary>A reason without the word it names, so queries group by the kind of reason.</summary>
    private static string Reason(string why) => System.Text.RegularExpressions.Regex.Replace(why, "'[^']*'", "…");

    /// <summary>ImrSearch's figure over the peer's, as "1.23x".</summary>
    public static string Ratio(double ours, double theirs) => theirs > 0 ? $"{ours / theirs:N2}x" : "";

    private static string Incomplete(PeerClassFigures figures) =>
        (figures.Failed > 0 ? $" ({figures.Failed} could not run)" : "") + (figures.Stopped > 0 ? $" ({figures.Stopped} stopped)" : "");
}
