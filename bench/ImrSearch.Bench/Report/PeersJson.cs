using System.Text.Json.Nodes;
using ImrSearch.Bench.Peers;

namespace ImrSearch.Bench.Report;

/// <summary>
/// The peers in the JSON report. Stable keys: peers.&lt;name&gt;.build.itemsPerSecond, peers.&lt;name&gt;.indexMB,
/// peers.&lt;name&gt;.queries.&lt;class&gt;.p50Ms / p95Ms, peers.&lt;name&gt;.ratios (ImrSearch ÷ peer, same keys), and
/// peers.&lt;name&gt;.correctness (compared, equal, differing queries).
/// </summary>
internal static class PeersJson
{
    public static JsonObject Write(BenchReport report, PeersFigures peers)
    {
        var json = new JsonObject
        {
            ["items"] = peers.Items,
            ["notRun"] = peers.NotRun,
        };
        foreach (var peer in peers.Peers)
        {
            json[peer.Run.Name] = peer.Run.Skipped is { } skipped ? new JsonObject { ["skipped"] = skipped, ["failed"] = peer.Run.Failed } : Peer(report, peer);
        }

        return json;
    }

    private static JsonObject Peer(BenchReport report, PeerFigures peer)
    {
        var queries = new JsonObject();
        var queryRatios = new JsonObject();
        foreach (var (name, figures) in peer.Classes)
        {
            queries[name] = new JsonObject
            {
                ["queries"] = figures.Queries,
                ["samples"] = figures.Samples,
                ["p50Ms"] = Math.Round(figures.P50Ms, 2),
                ["p95Ms"] = Math.Round(figures.P95Ms, 2),
                ["couldNotRun"] = figures.Failed,
                ["stopped"] = figures.Stopped,
            };
            if (figures.Samples > 0 && report.Queries.FirstTime.Classes.TryGetValue(name, out var ours))
            {
                queryRatios[name] = new JsonObject
                {
                    ["p50Ms"] = Ratio(ours.P50Ms, figures.P50Ms),
                    ["p95Ms"] = Ratio(ours.P95Ms, figures.P95Ms),
                };
            }
        }

        return new JsonObject
        {
            ["description"] = peer.Run.Description,
            ["build"] = new JsonObject
            {
                ["items"] = peer.Run.Items,
                ["seconds"] = Math.Round(peer.Run.BuildSeconds, 2),
                ["itemsPerSecond"] = Math.Round(peer.Run.ItemsPerSecond, 1),
            },
            ["indexMB"] = Math.Round(peer.Run.IndexBytes / 1e6, 1),
            ["queries"] = queries,
            ["ratios"] = new JsonObject
            {
                ["build"] = new JsonObject { ["itemsPerSecond"] = Ratio(report.Build.ItemsPerSecond, peer.Run.ItemsPerSecond) },
                ["indexMB"] = Ratio(report.Build.IndexBytes, peer.Run.IndexBytes),
                ["queries"] = queryRatios,
            },
            ["problems"] = new JsonArray([.. peer.Problems.Select(p => (JsonNode)new JsonObject { ["query"] = p.Query, ["problem"] = p.Problem })]),
            ["correctness"] = new JsonObject
            {
                ["compared"] = peer.Comparisons.Count,
                ["equal"] = peer.Comparisons.Count(c => c.Equal),
                ["differing"] = peer.Comparisons.Count(c => c.Differs),
                ["unfinished"] = peer.Comparisons.Count(c => c.Unfinished),
                ["notCompared"] = new JsonArray([.. peer.NotCompared.Select(n => (JsonNode)new JsonObject { ["query"] = n.Query, ["why"] = n.Why })]),
                ["queries"] = new JsonArray([.. peer.Comparisons.Select(c => (JsonNode)new JsonObject
                {
                    ["query"] = c.Query,
                    ["equal"] = c.Equal,
                    ["unfinished"] = c.Unfinished,
                    ["differences"] = new JsonArray([.. c.Differences.Select(d => (JsonNode)d)]),
                })]),
            },
        };
    }

    private static double? Ratio(double ours, double theirs) => theirs > 0 ? Math.Round(ours / theirs, 3) : null;
}
