using System.CommandLine;
using ImrSearch.Bench.Measurement;
using ImrSearch.Bench.Phases;
using ImrSearch.Bench.Report;
using ImrSearch.Synthetic;
using Spectre.Console;

namespace ImrSearch.Bench.Commands;

/// <summary>
/// The benchmark (the bench's root command): generate N letters, build the index from the files, measure the
/// parser's field accuracy, run the query mix in-process, drive the site over HTTP, print and write the figures.
/// </summary>
internal static class BenchmarkCommand
{
    public static void Configure(RootCommand root, string[] arguments)
    {
        var letters = BenchOptions.Letters();
        var items = BenchOptions.Items();
        var seed = BenchOptions.Seed();
        var output = BenchOptions.Output();
        var json = new Option<string?>("--json") { Description = "Also write the report as JSON to this file." };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds of the query mix.", DefaultValueFactory = _ => 10 };
        var http = new Option<bool>("--http") { Description = "Start the site and measure it over HTTP.", DefaultValueFactory = _ => true };
        var httpSeconds = new Option<int>("--http-seconds") { Description = "Measured seconds per HTTP run (after a 2 s warm-up).", DefaultValueFactory = _ => 10 };
        var pdfLetters = new Option<int>("--pdf-letters") { Description = "Letters (evenly spread) also read as PDFs, for PDF letters/s beside text; 0 skips.", DefaultValueFactory = _ => 200 };
        var accuracyLetters = new Option<int>("--accuracy-letters") { Description = "Letters (evenly spread) whose parse is compared with the truth; 0 skips.", DefaultValueFactory = _ => 20_000 };
        var peers = new Option<bool>("--peers")
        {
            Description = "Also build and query the peers (Java Lucene from Debian's liblucene8-java, SQLite FTS5) on the same items and mix, "
                + "print them beside ImrSearch and check that comparable queries agree.",
        };
        var peerTimeLimit = new Option<double>("--peer-time-limit") { Description = "Seconds a SQLite FTS5 query may run before it is stopped.", DefaultValueFactory = _ => 30 };
        foreach (var option in new Option[] { letters, items, seed, output, json, rounds, http, httpSeconds, accuracyLetters, pdfLetters, peers, peerTimeLimit })
        {
            root.Options.Add(option);
        }

        root.SetAction(async (parsed, cancellationToken) =>
        {
            var (count, error) = BenchOptions.ResolveSize(parsed.GetValue(letters), parsed.GetValue(items), parsed.GetValue(seed), 2000);
            if (error is null && (parsed.GetValue(rounds) < 1 || parsed.GetValue(httpSeconds) < 1 || parsed.GetValue(accuracyLetters) < 0 || parsed.GetValue(pdfLetters) < 0
                || !(parsed.GetValue(peerTimeLimit) > 0)))
            {
                error = "--rounds and --http-seconds must be at least 1, --peer-time-limit above 0, --accuracy-letters and --pdf-letters at least 0.";
            }

            if (error is not null)
            {
                Console.Error.WriteLine(error);
                return 2;
            }

            // Absolute: the site started for the HTTP part resolves relative paths against its own content root, and
            // would otherwise build (and measure) an index of its default corpus instead of this one.
            var folder = Path.GetFullPath(parsed.GetValue(output) ?? RepositoryPaths.DefaultOutput(parsed.GetValue(seed), count));
            var settings = new Settings(
                "dotnet run -c Release --project bench/ImrSearch.Bench --" + (arguments.Length > 0 ? " " + string.Join(' ', arguments) : ""),
                new SyntheticCorpus(parsed.GetValue(seed), count),
                folder,
                parsed.GetValue(json),
                parsed.GetValue(rounds),
                parsed.GetValue(http),
                TimeSpan.FromSeconds(parsed.GetValue(httpSeconds)),
                parsed.GetValue(accuracyLetters),
                parsed.GetValue(pdfLetters),
                parsed.GetValue(peers),
                TimeSpan.FromSeconds(parsed.GetValue(peerTimeLimit)));
            return await RunAsync(settings);
        });
    }

    private static async Task<int> RunAsync(Settings settings)
    {
        var log = Console.Error;
        if (CorpusGuard.Refusal(settings.Folder) is { } refusal)
        {
            log.WriteLine(refusal);
            return 2;
        }

        try
        {
            var started = DateTimeOffset.UtcNow;
            var machine = MachineInfo.Current();
            log.WriteLine($"Benchmark: {settings.Corpus.Letters:N0} letters (seed {settings.Corpus.Seed}) in {settings.Folder}; load average {machine.LoadAverage}");

            log.WriteLine("Generating letters...");
            var corpus = CorpusWriter.Write(settings.Corpus, settings.Folder);
            log.WriteLine(corpus.Reused
                ? $"  reused the {corpus.Letters:N0} letters already there ({corpus.Items:N0} decided items)"
                : $"  {corpus.Letters:N0} letters, {corpus.Items:N0} decided items, {corpus.Bytes / 1e6:N1} MB in {corpus.Elapsed.TotalSeconds:N1} s");

            log.WriteLine("Building the index from the files...");
            var indexDirectory = Path.Combine(settings.Folder, "index");
            var build = BuildPhase.Run(corpus.LettersDirectory, indexDirectory, corpus.Bytes, log);
            log.WriteLine($"  {build.Decisions:N0} decided items in {build.Seconds:N1} s ({build.ItemsPerSecond:N0} items/s), peak {build.PeakMemoryMB:N0} MB");

            FieldAccuracy? accuracy = null;
            var accuracyLetters = 0;
            if (settings.AccuracyLetters > 0)
            {
                log.WriteLine("Comparing parses with the truth...");
                (accuracy, accuracyLetters) = AccuracyPhase.Run(settings.Corpus, corpus.LettersDirectory, settings.AccuracyLetters);
            }

            PdfFigures? pdf = null;
            if (settings.PdfLetters > 0)
            {
                log.WriteLine("Reading a sample of the letters as PDFs...");
                pdf = PdfPhase.Run(settings.Corpus, settings.Folder, settings.PdfLetters);
                log.WriteLine($"  {pdf.Letters:N0} letters: text {pdf.TextLettersPerSecond:N0} letters/s, PDF {pdf.PdfLettersPerSecond:N0} letters/s (one thread), {pdf.Different} read differently");
            }

            log.WriteLine("Running the query mix...");
            var queries = QueryPhase.Run(indexDirectory, settings.Rounds, log);

            Peers.PeersFigures? peers = null;
            if (settings.Peers)
            {
                log.WriteLine("Running the peers on the same items and mix...");
                peers = Peers.PeersPhase.Run(corpus.LettersDirectory, indexDirectory, settings.Folder, settings.Rounds, settings.PeerTimeLimit, log);
            }

            HttpFigures? http = null;
            if (settings.Http)
            {
                log.WriteLine("Driving the site over HTTP...");
                http = await HttpPhase.RunAsync(indexDirectory, settings.HttpRun, log);
            }

            var report = new BenchReport(
                settings.Command, started, machine, MachineInfo.LoadAverageNow(), settings.Corpus.Seed, corpus, build, accuracy, accuracyLetters, queries, http, pdf, peers);
            ReportPrinter.Print(report, AnsiConsole.Console);
            if (settings.Json is { } jsonPath)
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(jsonPath));
                Directory.CreateDirectory(directory!);
                await File.WriteAllTextAsync(jsonPath, ReportJson.Write(report));
                log.WriteLine($"Report written to {jsonPath}");
            }

            return Verdict(report, log);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or Index.IndexLockedException)
        {
            log.WriteLine($"The benchmark stopped: {e.Message}");
            return 2;
        }
    }

    /// <summary>1 when the run shows something broken (letters rejected, HTTP errors, a query refused); targets do not fail it.</summary>
    private static int Verdict(BenchReport report, TextWriter log)
    {
        var problems = new List<string>();
        if (report.Build.Rejected > 0)
        {
            problems.Add($"{report.Build.Rejected} generated letters were rejected by the build (first: {report.Build.FirstRejection})");
        }

        if (report.Pdf is { Different: > 0 } pdf)
        {
            problems.Add($"{pdf.Different} of {pdf.Letters} PDF letters read differently from their text (first: {pdf.FirstDifference})");
        }

        if (report.Http is { Skipped: null } http && http.Runs.Sum(r => r.Errors) is long errors and > 0)
        {
            problems.Add($"{errors} HTTP requests failed");
        }

        if (report.Peers is { } peers)
        {
            foreach (var broken in peers.Peers.Where(p => p.Run.Failed))
            {
                problems.Add($"the {broken.Run.Name} peer failed: {broken.Run.Skipped}");
            }

            foreach (var peer in peers.Peers.Where(p => p.Run.Skipped is null))
            {
                var differing = peer.Comparisons.Count(c => c.Differs);
                if (differing > 0)
                {
                    problems.Add($"{differing} of {peer.Comparisons.Count} comparable queries differ between ImrSearch and {peer.Run.Name}");
                }
            }
        }

        foreach (var problem in problems)
        {
            log.WriteLine("Problem: " + problem);
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private sealed record Settings(
        string Command,
        SyntheticCorpus Corpus,
        string Folder,
        string? Json,
        int Rounds,
        bool Http,
        TimeSpan HttpRun,
        int AccuracyLetters,
        int PdfLetters,
        bool Peers,
        TimeSpan PeerTimeLimit);
}
