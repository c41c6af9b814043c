using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using ImrSearch.Bench.Churn;
using ImrSearch.Bench.Http;
using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Phases;
using ImrSearch.Bench.Queries;
using ImrSearch.Index;
using ImrSearch.Search;
using ImrSearch.Synthetic;

namespace ImrSearch.Bench.Commands;

/// <summary>
/// `churn`: searches under load while the index changes. Starts the site on a synthetic corpus, then for a fixed time
/// holds N connections of mixed searches (the mix's typical queries as JSON and as pages, refinements, queries never
/// asked before) while incremental builds, one after another, withdraw a tenth of the letters and add another tenth,
/// each in one commit. Every request must succeed, and every JSON answer must be that of one whole commit: its total and
/// facet counts equal those the same search gives in one of the two corpus states (<see cref="CommitSignatures"/>).
/// </summary>
internal static class ChurnCommand
{
    private static readonly HashSet<string> TypicalClasses = ["term", "phrase", "proximity", "boolean", "fielded", "filtered"];

    public static Command Create()
    {
        var letters = BenchOptions.Letters();
        var seed = BenchOptions.Seed();
        var output = BenchOptions.Output();
        var seconds = new Option<int>("--seconds") { Description = "How long the searches run while builds commit.", DefaultValueFactory = _ => 60 };
        var connections = new Option<int>("--connections") { Description = "Connections searching at once.", DefaultValueFactory = _ => 32 };
        var json = new Option<string?>("--json") { Description = "Write the figures here as JSON." };
        var command = new Command("churn", "Search under load while incremental builds add and remove letters; every answer must come from one whole commit.")
        {
            letters, seed, output, seconds, connections, json,
        };
        command.SetAction(async (parsed, _) =>
        {
            var count = parsed.GetValue(letters) ?? 3000;
            if (count < 20 || parsed.GetValue(seconds) < 1 || parsed.GetValue(connections) is < 1 or > 256)
            {
                Console.Error.WriteLine("--letters must be at least 20, --seconds at least 1, --connections between 1 and 256.");
                return 2;
            }

            var folder = parsed.GetValue(output) ?? RepositoryPaths.DefaultOutput(parsed.GetValue(seed), count);
            return await RunAsync(
                new SyntheticCorpus(parsed.GetValue(seed), count),
                folder,
                TimeSpan.FromSeconds(parsed.GetValue(seconds)),
                parsed.GetValue(connections),
                parsed.GetValue(json));
        });
        return command;
    }

    private static async Task<int> RunAsync(SyntheticCorpus synthetic, string folder, TimeSpan duration, int connections, string? jsonPath)
    {
        var siteAssembly = SiteProcess.FindSiteAssembly();
        if (siteAssembly is null)
        {
            Console.Error.WriteLine("The site is not built beside the bench (build web/ImrSearch.Web in the same configuration).");
            return 2;
        }

        var generated = CorpusWriter.Write(synthetic, folder);
        var work = Path.Combine(folder, "churn");
        var corpus = ChurningCorpus.Prepare(generated.LettersDirectory, work);
        var index = Path.Combine(work, "index");
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }

        var first = new CorpusIndexer().Build(corpus.Corpus, index);
        Console.WriteLine($"churn: {first.Letters:N0} letters ({first.Decisions:N0} items) indexed; each build moves {corpus.MovedPerSwitch:N0} letters in or out");

        using var site = await SiteProcess.StartAsync(siteAssembly, index, TimeSpan.FromMinutes(5));
        using var client = new HttpClient { BaseAddress = site.Address, Timeout = TimeSpan.FromSeconds(60) };

        var typical = QueryMix.All.Where(q => TypicalClasses.Contains(q.Class)).ToList();
        var refinements = HttpPhase.Refinements(typical);
        var checkedPaths = typical.Concat(refinements.Where((_, i) => i % 9 == 0)).Select(q => q.ToUrl("/api/search")).Distinct().ToList();
        // A query asked for the first time answers what its base query answers (the excluded word is in no letter).
        var neverAsked = HttpPhase.NewQueries(typical).Take(typical.Count * 40).ToList();
        var sameAnswerAs = neverAsked.Select((q, i) => (Path: q.ToUrl("/api/search"), Base: typical[i % typical.Count].ToUrl("/api/search")))
            .ToDictionary(p => p.Path, p => p.Base, StringComparer.Ordinal);
        var pages = typical.Select(q => q.ToUrl("/")).ToList();

        var stateA = await CommitSignatures.SampleAsync(client, checkedPaths);
        corpus.Switch();
        new CorpusIndexer().Build(corpus.Corpus, index);
        await WaitForCommitAsync(client, index);
        var stateB = await CommitSignatures.SampleAsync(client, checkedPaths);
        var signatures = CommitSignatures.Pair(stateA, stateB);
        Console.WriteLine($"churn: {signatures.Count} searches checked, {signatures.Discriminating} of them answer differently in the two states");

        // Interleave the kinds so every connection asks all of them.
        var neverAskedPaths = sameAnswerAs.Keys.ToList();
        var mixed = new List<string>();
        for (var i = 0; i < Math.Max(checkedPaths.Count, neverAskedPaths.Count); i++)
        {
            mixed.Add(checkedPaths[i % checkedPaths.Count]);
            mixed.Add(neverAskedPaths[i % neverAskedPaths.Count]);
            if (i % 4 == 0)
            {
                mixed.Add(pages[i % pages.Count]);
            }
        }

        var builds = new List<double>();
        long stopped = 0;
        string? buildFailure = null;
        using var stop = new CancellationTokenSource();
        var builder = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    corpus.Switch();
                    var clock = Stopwatch.StartNew();
                    var report = new CorpusIndexer().Build(corpus.Corpus, index);
                    builds.Add(clock.Elapsed.TotalSeconds);
                    if (report.Rejected.Count > 0)
                    {
                        buildFailure = $"the build rejected {report.Rejected[0].Source}: {report.Rejected[0].Reason}";
                        return;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(500), stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The load run is over.
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                buildFailure = e.Message;
            }
        });

        var load = await LoadGenerator.RunAsync(
            site.Address,
            "mixed searches while builds commit",
            mixed,
            connections,
            TimeSpan.FromSeconds(2),
            duration,
            (path, body) =>
            {
                if (!path.StartsWith("/api/", StringComparison.Ordinal))
                {
                    return null;
                }

                if (CommitSignatures.IsStopped(body))
                {
                    Interlocked.Increment(ref stopped);
                    return null;
                }

                return signatures.Check(sameAnswerAs.TryGetValue(path, out var basePath) ? basePath : path, body);
            });
        stop.Cancel();
        await builder;

        using var after = await client.GetAsync("/api/search?q=therapy");
        var stillAnswers = after.IsSuccessStatusCode;
        var figures = new ChurnFigures(
            synthetic.Letters,
            first.Decisions,
            corpus.MovedPerSwitch,
            connections,
            load.Seconds,
            builds.Count,
            builds.Count == 0 ? 0 : builds.Average(),
            load.Requests,
            load.Errors,
            load.FirstError,
            Interlocked.Read(ref stopped),
            load.RequestsPerSecond,
            load.Latency,
            signatures.Count,
            signatures.Discriminating,
            buildFailure,
            stillAnswers,
            MachineInfo.LoadAverageNow());

        Console.WriteLine(
            $"churn: {figures.Commits} commits in {figures.Seconds:N0} s (a build every {figures.Seconds / Math.Max(1, figures.Commits):N1} s, {figures.MeanBuildSeconds:N1} s each); " +
            $"{figures.Requests:N0} requests at {connections} connections, {figures.RequestsPerSecond:N0} req/s, p50 {figures.Latency.P50Ms:N1} ms, p99 {figures.Latency.P99Ms:N1} ms; " +
            $"{figures.FailedRequests} failed or from no whole commit{(figures.FirstError is null ? "" : $" (first: {figures.FirstError})")}, " +
            $"{figures.StoppedAtTimeBudget:N0} JSON answers stopped at the site's time budget (saying so); load average {figures.LoadAverage}");
        if (jsonPath is not null)
        {
            await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(figures, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        }

        if (buildFailure is not null)
        {
            Console.Error.WriteLine($"churn: a build failed: {buildFailure}");
        }

        if (!stillAnswers)
        {
            Console.Error.WriteLine($"churn: the site answers a normal search with {(int)after.StatusCode} after the run");
        }

        return figures.FailedRequests == 0 && buildFailure is null && stillAnswers && figures.Commits >= 2 ? 0 : 1;
    }

    /// <summary>Waits until the site serves the index's newest commit (it refreshes about once a second).</summary>
    private static async Task WaitForCommitAsync(HttpClient client, string index)
    {
        long expected;
        using (var searcher = new DecisionSearcher(index, new DecisionSearcherOptions { TimeBudget = Timeout.InfiniteTimeSpan }))
        {
            expected = searcher.Search(new SearchRequest(null, new Dictionary<string, IReadOnlyList<string>>())).Total;
        }

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var response = await client.GetAsync("/api/search");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (json.RootElement.GetProperty("total").GetInt64() == expected)
            {
                // The two states may hold the same number of items: give the refresh one more round to be sure.
                await Task.Delay(TimeSpan.FromSeconds(2.5));
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The site did not open the new commit within 60 s.");
    }
}

/// <summary>What a churn run measured.</summary>
internal sealed record ChurnFigures(
    int Letters,
    int Items,
    int LettersMovedPerBuild,
    int Connections,
    double Seconds,
    int Commits,
    double MeanBuildSeconds,
    long Requests,
    long FailedRequests,
    string? FirstError,
    long StoppedAtTimeBudget,
    double RequestsPerSecond,
    LatencySummary Latency,
    int SearchesChecked,
    int SearchesThatDiffer,
    string? BuildFailure,
    bool AnswersAfterwards,
    string? LoadAverage);
