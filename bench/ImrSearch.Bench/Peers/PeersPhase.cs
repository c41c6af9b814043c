using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Queries;
using ImrSearch.Peers;
using ImrSearch.Search;

namespace ImrSearch.Bench.Peers;

/// <summary>Latency of one class of the mix on a peer (first time: no result cache on any side).</summary>
internal sealed record PeerClassFigures(int Queries, int Samples, double P50Ms, double P95Ms, int Failed, int Stopped);

/// <summary>One peer's figures beside ImrSearch's, and the correctness check against it.</summary>
internal sealed record PeerFigures(
    PeerRun Run,
    IReadOnlyDictionary<string, PeerClassFigures> Classes,
    IReadOnlyList<QueryComparison> Comparisons,
    IReadOnlyList<(string Query, string Problem)> Problems,
    IReadOnlyList<(string Query, string Why)> NotCompared);

/// <summary>Every peer of the run, what was compared, and what was not and why.</summary>
internal sealed record PeersFigures(
    long Items,
    IReadOnlyList<PeerFigures> Peers,
    string NotRun);

/// <summary>
/// Runs the peers (Java Lucene, SQLite FTS5) in the same run as ImrSearch, after its query phase: the same parsed
/// items, the same mix (less trends), timed rounds one query at a time; then checks the comparable queries' totals and
/// facet counts against ImrSearch's.
/// </summary>
internal static class PeersPhase
{
    public static PeersFigures Run(string lettersDirectory, string indexDirectory, string folder, int rounds, TimeSpan sqliteLimit, TextWriter log)
    {
        var work = Path.Combine(folder, "peers");
        Directory.CreateDirectory(work);
        var itemsFile = Path.Combine(work, "items.tsv");
        log.WriteLine("  peers: exporting the parsed items (untimed)...");
        var (items, display) = PeerItemsExport.Write(lettersDirectory, itemsFile);
        var queries = PeerQueries.From(QueryMix.All, display);
        var queriesFile = Path.Combine(work, "queries.tsv");
        File.WriteAllText(queriesFile, PeerQuery.Write(queries));
        log.WriteLine($"  peers: {items:N0} items, {queries.Count} queries (the mix less its trends)");

        var runs = new List<PeerRun>();
        var source = Path.Combine(RepositoryPaths.Root() ?? Environment.CurrentDirectory, "bench", "peers", "java", "LucenePeer.java");
        if (LucenePeer.Missing(source) is { } missing)
        {
            log.WriteLine($"  peers: Java Lucene skipped: {missing}");
            runs.Add(PeerRun.NotRun(LucenePeer.Name, missing));
        }
        else
        {
            log.WriteLine("  peers: Java Lucene building and querying...");
            runs.Add(LucenePeer.Run(source, itemsFile, queriesFile, work, rounds, Environment.ProcessorCount, log));
        }

        log.WriteLine("  peers: SQLite FTS5 building and querying...");
        runs.Add(new SqlitePeer(sqliteLimit).Run(itemsFile, queries, work, rounds, log));

        var comparable = runs.ToDictionary(r => r.Name, r => queries.Where(q => ComparableQueries.Default.WhyNotCompared(q, Analysis(r.Name)) is null).ToList());
        var ours = OurAnswers(indexDirectory, [.. comparable.Values.SelectMany(c => c).DistinctBy(q => q.Index)]);
        var peers = runs.Select(run => Figures(run, queries, comparable[run.Name], ours)).ToList();
        return new PeersFigures(items, peers, "trend (ImrSearch's outcomes by period has no counterpart in the peers)");
    }

    private static PeerAnalysis Analysis(string peer) => peer == LucenePeer.Name ? PeerAnalysis.ImrChainWithoutSynonyms : PeerAnalysis.Fts5Porter;

    /// <summary>ImrSearch's totals and every dimension's counts (all values) for the comparable queries, untimed.</summary>
    private static Dictionary<int, SystemAnswer> OurAnswers(string indexDirectory, IReadOnlyList<PeerQuery> comparable)
    {
        using var searcher = new DecisionSearcher(indexDirectory, new DecisionSearcherOptions { TimeBudget = Timeout.InfiniteTimeSpan, ResultCacheSize = 0 });
        var answers = new Dictionary<int, SystemAnswer>();
        foreach (var query in comparable)
        {
            var request = QueryMix.All[query.Index].ToRequest() with { FacetTopN = SearchRequest.MaxFacetTopN };
            var response = searcher.Search(request);
            answers[query.Index] = new SystemAnswer(
                response.Total,
                response.Facets.ToDictionary(
                    f => f.Key,
                    f => (IReadOnlyDictionary<string, long>)f.Value.Values.Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count)));
        }

        return answers;
    }

    private static PeerFigures Figures(PeerRun run, IReadOnlyList<PeerQuery> queries, IReadOnlyList<PeerQuery> comparable, Dictionary<int, SystemAnswer> ours)
    {
        if (run.Skipped is not null)
        {
            return new PeerFigures(run, new Dictionary<string, PeerClassFigures>(), [], [], []);
        }

        var byIndex = run.Results.ToDictionary(r => r.Index);
        var classes = queries.GroupBy(q => q.Class).ToDictionary(
            g => g.Key,
            g =>
            {
                var results = g.Select(q => byIndex.GetValueOrDefault(q.Index)).OfType<PeerQueryResult>().ToList();
                var summary = LatencySummary.Of(results.SelectMany(r => r.Milliseconds).ToList());
                return new PeerClassFigures(
                    g.Count(),
                    summary.Count,
                    summary.P50Ms,
                    summary.P95Ms,
                    results.Count(r => r.Error is not null && r.Total is null),
                    results.Count(r => r.StoppedAfterSeconds is not null));
            });
        var comparisons = comparable
            .Where(q => byIndex.ContainsKey(q.Index))
            .Select(q => PeerComparison.Compare(q, run.Name, ours[q.Index], byIndex[q.Index]))
            .ToList();
        var problems = queries
            .Select(q => (Query: q, Result: byIndex.GetValueOrDefault(q.Index)))
            .Where(p => p.Result is null || p.Result.Error is not null || p.Result.StoppedAfterSeconds is not null)
            .Select(p => (p.Query.ToString(), p.Result is null ? "no answer" : p.Result.StoppedAfterSeconds is { } s ? $"stopped after {s:0.##} s" : p.Result.Error!))
            .ToList();
        var analysis = Analysis(run.Name);
        var notCompared = queries
            .Select(q => (Query: q.ToString(), Why: ComparableQueries.Default.WhyNotCompared(q, analysis)))
            .Where(n => n.Why is not null)
            .Select(n => (n.Query, n.Why!))
            .ToList();
        return new PeerFigures(run, classes, comparisons, problems, notCompared);
    }
}
