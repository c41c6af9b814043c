namespace ImrSearch.Web.Configuration;

/// <summary>
/// The <c>ImrSearch</c> configuration section. Relative paths are resolved against the content root (the project
/// folder under <c>dotnet run</c>), so the defaults serve the repository's bundled <c>corpus/</c>.
/// </summary>
public sealed class ImrSearchOptions
{
    public const string Section = "ImrSearch";

    /// <summary>Folder holding the Lucene index. Built from <see cref="CorpusPath"/> on start-up when it has no index.</summary>
    public string IndexPath { get; set; } = "data/index";

    /// <summary>Folder of IMR letters (txt or pdf) used when the index has to be built on start-up.</summary>
    public string CorpusPath { get; set; } = "../../corpus";

    /// <summary>Requests one client (IP address) may make per minute to pages and the API before getting a 429.</summary>
    public int RequestsPerMinute { get; set; } = 300;

    /// <summary>Requests one client may have running at once (then 429 + Retry-After).</summary>
    public int ConcurrentRequestsPerClient { get; set; } = 8;

    /// <summary>
    /// Exports, case pages, outcome tables, citation lists and draft checks running at once over all clients (more
    /// wait a second, then 503 + Retry-After). Default: twice the processor count.
    /// </summary>
    public int ConcurrentExpensiveRequests { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>
    /// Searches (and trends) counting over the index at once (default: one a processor); more wait their turn, in the
    /// order they came, within <see cref="SearchTimeBudgetSeconds"/>. Pages already counted, refinements replayed from
    /// a query's recorded hits, exports and the expensive analyses (bounded by <see cref="ConcurrentExpensiveRequests"/>)
    /// do not wait.
    /// </summary>
    public int SearchPassesAtOnce { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Seconds at most of typical searches run at start-up, before the site listens, so that the first people to
    /// search do not wait for the runtime to compile the search's code fully (0: none). A tiny index is done sooner.
    /// </summary>
    public double WarmUpSeconds { get; set; } = 5;

    /// <summary>Seconds one search (or analysis, or export pass) may run before it is stopped and the user told so.</summary>
    public double SearchTimeBudgetSeconds { get; set; } = 1.5;

    /// <summary>
    /// Seconds one CSV export may stream before it ends with a row saying where it stopped (each pass of its search
    /// also has <see cref="SearchTimeBudgetSeconds"/>). A million items export in about a minute on an idle machine.
    /// </summary>
    public double ExportTimeLimitSeconds { get; set; } = 120;

    /// <summary>The export time limit as a span (no limit when zero or less).</summary>
    public TimeSpan ExportTimeLimit => ExportTimeLimitSeconds > 0 ? TimeSpan.FromSeconds(ExportTimeLimitSeconds) : Timeout.InfiniteTimeSpan;

    /// <summary>Whether <c>/regular expressions/</c> in queries are searched as such (bounded); off, they are searched as words.</summary>
    public bool AllowRegularExpressions { get; set; }

    /// <summary>Megabytes the cached result sets (counts, first hits, highlighted pages) may take.</summary>
    public int ResultCacheMegabytes { get; set; } = 128;

    /// <summary>Megabytes the cached hit lists of recent queries (for refinements) may take.</summary>
    public int QueryHitsCacheMegabytes { get; set; } = 64;

    /// <summary>Reading the client address from a reverse proxy's headers (off by default).</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    /// <summary>The searcher's settings from these.</summary>
    public Search.DecisionSearcherOptions SearcherOptions() => new(QueryHitsCacheBytes: Math.Max(0, QueryHitsCacheMegabytes) * (1L << 20))
    {
        ResultCacheBytes = Math.Max(0, ResultCacheMegabytes) * (1L << 20),
        TimeBudget = SearchTimeBudgetSeconds > 0 ? TimeSpan.FromSeconds(SearchTimeBudgetSeconds) : Timeout.InfiniteTimeSpan,
        AllowRegularExpressions = AllowRegularExpressions,
        PassesAtOnce = Math.Max(1, SearchPassesAtOnce),
    };

    public string ResolveIndexPath(string contentRoot) => Resolve(contentRoot, IndexPath);

    public string ResolveCorpusPath(string contentRoot) => Resolve(contentRoot, CorpusPath);

    private static string Resolve(string contentRoot, string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));
}
