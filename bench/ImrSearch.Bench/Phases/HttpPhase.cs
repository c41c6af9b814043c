using System.Diagnostics;
using System.Globalization;
using ImrSearch.Bench.Http;
using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Queries;

namespace ImrSearch.Bench.Phases;

internal sealed record HttpFigures(
    string? Skipped,
    double StartSeconds,
    double? SitePeakMemoryMB,
    double SecondsPerRun,
    IReadOnlyList<LoadFigures> Runs);

/// <summary>
/// Starts the site on the built index and drives /api/search and / (the search page) with the typical queries of
/// the mix at 1, 8 and 32 connections; then /api/search with refinements (<see cref="Refinements"/>) and with
/// queries nobody asked before (<see cref="NewQueries"/>).
/// </summary>
/// <remarks>
/// The typical queries repeat (60 of them in turn), so after the first round the site serves them from its result
/// cache, as it would popular searches. Refinements are what a person does next (other facet values, another sort):
/// served from the query's recorded hits. New queries are searched in the index every time.
/// </remarks>
internal static class HttpPhase
{
    public static readonly int[] ConnectionCounts = [1, 8, 32];

    /// <summary>The name under which the refinements run is reported.</summary>
    public const string RefinementsTarget = "/api/search, refinements";

    /// <summary>The name under which the run of queries never asked before is reported.</summary>
    public const string NewQueriesTarget = "/api/search, new queries";

    /// <summary>The classes of the mix a person typically types: no browse-all, no deep pages.</summary>
    private static readonly HashSet<string> TypicalClasses = ["term", "phrase", "proximity", "boolean", "fielded", "filtered"];

    /// <summary>The typical queries of the mix, in its order.</summary>
    public static IReadOnlyList<BenchQuery> Typical() => [.. QueryMix.All.Where(q => TypicalClasses.Contains(q.Class))];

    /// <summary>
    /// Each typical query, then the same query narrowed by decision and patient sex in each sort, as a person
    /// refines a search: 1,539 distinct result sets in all, asked in turn, so none is in the site's 512-entry result
    /// cache when it is asked again; all but the first of each query's 27 are refinements of it.
    /// </summary>
    public static IReadOnlyList<BenchQuery> Refinements(IReadOnlyList<BenchQuery> typical)
    {
        string?[] decisions = [null, "Upheld", "Overturned"];
        string?[] sexes = [null, "female", "male"];
        var variants = new List<BenchQuery>();
        foreach (var query in typical)
        {
            foreach (var sort in Enum.GetValues<Search.SearchSort>())
            {
                foreach (var decision in decisions)
                {
                    foreach (var sex in sexes)
                    {
                        var filters = query.Filters.ToDictionary(f => f.Key, f => f.Value);
                        if (decision is not null && !filters.ContainsKey("decision"))
                        {
                            filters["decision"] = [decision];
                        }

                        if (sex is not null && !filters.ContainsKey("sex"))
                        {
                            filters["sex"] = [sex];
                        }

                        variants.Add(query with { Filters = filters, Sort = sort });
                    }
                }
            }
        }

        return [.. variants.DistinctBy(v => v.ToUrl(""))];
    }

    /// <summary>
    /// The typical queries made new by excluding a word no letter holds ("(tramadol) -nohit17"): the same work as
    /// the query, but a text the site has never seen, so neither its result cache nor a recorded hit list serves it.
    /// 30,000 of them, more than a run can ask.
    /// </summary>
    public static IReadOnlyList<BenchQuery> NewQueries(IReadOnlyList<BenchQuery> typical) =>
        [.. Enumerable.Range(0, 500).SelectMany(n => typical.Select(q => MadeNew(q, n.ToString(CultureInfo.InvariantCulture))))];

    /// <summary>The query with a word excluded that no letter holds ("-nohit" and the tag): what it finds, as a new text.</summary>
    public static BenchQuery MadeNew(BenchQuery query, string tag) => query with { Query = $"({query.Query}) -nohit{tag}" };

    /// <param name="include">Which runs to make, by target name and connection count (default: all).</param>
    public static async Task<HttpFigures> RunAsync(string indexDirectory, TimeSpan perRun, TextWriter log, Func<string, int, bool>? include = null)
    {
        var siteAssembly = SiteProcess.FindSiteAssembly();
        if (siteAssembly is null)
        {
            return new HttpFigures("the site is not built beside the bench (web/ImrSearch.Web/bin/<configuration>)", 0, null, 0, []);
        }

        var clock = Stopwatch.StartNew();
        using var site = await SiteProcess.StartAsync(siteAssembly, indexDirectory, TimeSpan.FromMinutes(5));
        var startSeconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"  http: site up at {site.Address} in {startSeconds:N1} s");
        using (var probe = new HttpClient { BaseAddress = site.Address, Timeout = TimeSpan.FromSeconds(30) })
        using (var response = await probe.GetAsync("/api/search?q=therapy"))
        {
            if (!response.IsSuccessStatusCode)
            {
                return new HttpFigures($"the site answers /api/search with {(int)response.StatusCode}", startSeconds, null, 0, []);
            }
        }

        var typical = Typical();
        var targets = new (string Name, List<string> Paths)[]
        {
            ("/api/search", typical.Select(q => q.ToUrl("/api/search")).ToList()),
            ("/", typical.Select(q => q.ToUrl("/")).ToList()),
            (RefinementsTarget, Refinements(typical).Select(q => q.ToUrl("/api/search")).ToList()),
            (NewQueriesTarget, NewQueries(typical).Select(q => q.ToUrl("/api/search")).ToList()),
        };

        var runs = new List<LoadFigures>();
        foreach (var (name, paths) in targets)
        {
            foreach (var connections in ConnectionCounts.Where(c => include?.Invoke(name, c) ?? true))
            {
                var figures = await LoadGenerator.RunAsync(site.Address, name, paths, connections, TimeSpan.FromSeconds(2), perRun);
                log.WriteLine($"  http: {name} at {connections} connections: {figures.RequestsPerSecond:N0} req/s, p50 {figures.Latency.P50Ms:N1} ms, p99 {figures.Latency.P99Ms:N1} ms, {figures.Errors} errors");
                runs.Add(figures);
            }
        }

        return new HttpFigures(null, startSeconds, PeakMemory.PeakMegabytes(site.ProcessId), perRun.TotalSeconds, runs);
    }
}
