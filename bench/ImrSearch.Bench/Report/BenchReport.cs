using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Phases;
using ImrSearch.Synthetic;

namespace ImrSearch.Bench.Report;

/// <summary>Everything one benchmark run measured, printed as a table and written as JSON.</summary>
internal sealed record BenchReport(
    string Command,
    DateTimeOffset Started,
    MachineInfo Machine,
    string? LoadAverageAfter,
    int Seed,
    GenerationReport Corpus,
    BuildFigures Build,
    FieldAccuracy? Accuracy,
    int AccuracyLetters,
    QueryFigures Queries,
    HttpFigures? Http,
    PdfFigures? Pdf = null,
    Peers.PeersFigures? Peers = null)
{
    /// <summary>The figures issue 7 sets for one million decided items, checked against this run.</summary>
    public IReadOnlyList<TargetCheck> Targets()
    {
        var checks = new List<TargetCheck>
        {
            new("build items/s", "≥ 3,000", Build.ItemsPerSecond, Build.ItemsPerSecond >= 3000),
            new("build peak memory MB", "< 1,536 (1.5 GB)", Build.PeakMemoryMB, Build.PeakMemoryMB < 1536),
            new("index size / raw text", "≤ 1.0", Build.IndexToTextRatio, Build.IndexToTextRatio <= 1.0),
            new("search p50 ms (whole mix, first time)", "≤ 20", Queries.FirstTime.Overall.P50Ms, Queries.FirstTime.Overall.P50Ms <= 20),
            new("search p95 ms (whole mix, first time)", "≤ 150", Queries.FirstTime.Overall.P95Ms, Queries.FirstTime.Overall.P95Ms <= 150),
        };
        if (Queries.FirstTime.Classes.TryGetValue("browse", out var browse))
        {
            checks.Add(new("browse-all p95 ms", "≤ 50", browse.P95Ms, browse.P95Ms <= 50));
        }

        if (Http is { Skipped: null } http && http.Runs.FirstOrDefault(r => r.Target == "/api/search" && r.Connections == 8) is { } api8)
        {
            checks.Add(new("/api/search req/s at 8 connections", "≥ 300", api8.RequestsPerSecond, api8.RequestsPerSecond >= 300));
            checks.Add(new("/api/search p99 ms at 8 connections", "< 250", api8.Latency.P99Ms, api8.Latency.P99Ms < 250));
            var errors = http.Runs.Sum(r => r.Errors);
            checks.Add(new("HTTP errors (all runs)", "0", errors, errors == 0));
        }

        return checks;
    }
}

/// <summary>One figure against its target.</summary>
internal sealed record TargetCheck(string Figure, string Target, double Measured, bool Met);
