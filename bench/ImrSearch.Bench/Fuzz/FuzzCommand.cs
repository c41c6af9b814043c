using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Text;
using ImrSearch.Bench.Commands;
using ImrSearch.Parsing;
using ImrSearch.Synthetic;
using ImrSearch.Vocabularies;

namespace ImrSearch.Bench.Fuzz;

/// <summary>
/// `fuzz`: mutates the seed letters and synthetic ones (<see cref="LetterMutator"/>) and reads each through the
/// letter reader as a build would (decoding, PDF detection, parsing), with a time limit per letter. Reports crashes
/// (an exception out of the reader, or a result that is neither parsed nor rejected with a reason), letters over the
/// limit and the slowest letters; a letter still running after ten times the limit is a hang and ends the run at
/// once. Failing letters are written to the output folder. Exit 0 when nothing failed, 1 otherwise.
/// </summary>
internal static class FuzzCommand
{
    private const int SyntheticBases = 40;

    public static Command Create()
    {
        var letters = new Option<int>("--letters") { Description = "How many mutated letters to read.", DefaultValueFactory = _ => 10_000 };
        var seed = BenchOptions.Seed();
        var limit = new Option<int>("--time-limit-ms")
        {
            Description = "Most time one letter may take (the thread's CPU time on Linux, else wall-clock time).",
            DefaultValueFactory = _ => 1000,
        };
        var output = new Option<string?>("--out") { Description = "Where failing letters are written (default bench/out/fuzz-seed<seed>)." };
        var slowest = new Option<int>("--slowest") { Description = "How many of the slowest letters to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("fuzz", "Read mutated letters (byte flips, truncation, huge paragraphs, Unicode digits, ...) and report crashes, hangs and the slowest.")
        {
            letters, seed, limit, output, slowest,
        };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(letters);
            var timeLimit = parsed.GetValue(limit);
            if (count < 1 || timeLimit < 1)
            {
                Console.Error.WriteLine("--letters and --time-limit-ms must be at least 1.");
                return 2;
            }

            var seedValue = parsed.GetValue(seed);
            var folder = parsed.GetValue(output) ?? Path.Combine(RepositoryPaths.Root() ?? Environment.CurrentDirectory, "bench", "out", $"fuzz-seed{seedValue}");
            return Run(count, seedValue, TimeSpan.FromMilliseconds(timeLimit), Path.GetFullPath(folder), parsed.GetValue(slowest));
        });
        return command;
    }

    private static int Run(int count, int seed, TimeSpan limit, string folder, int slowestShown)
    {
        var bases = BaseLetters(seed);
        var vocabulary = ImrVocabulary.Default;
        // Warm the patterns and vocabularies, so the first letters are not charged for their construction.
        foreach (var letter in bases)
        {
            LetterReader.Read(letter.Bytes, letter.Name, vocabulary);
        }

        var results = new ConcurrentBag<FuzzOutcome>();
        var running = new ConcurrentDictionary<int, (long Started, string Name, byte[] Bytes)>();
        var clock = Stopwatch.StartNew();
        using var watchdog = new Timer(_ => CheckForHangs(running, clock, limit * 10, folder), null, 1000, 1000);
        Console.WriteLine($"Fuzzing {count:N0} mutated letters from {bases.Count} seed and synthetic letters, seed {seed}, limit {limit.TotalMilliseconds:N0} ms per letter, {Environment.ProcessorCount} threads...");
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            // Letter i depends only on the seed and i (HashCode.Combine would differ from run to run).
            var random = new Random(unchecked((seed * 1_000_003) + i));
            var origin = bases[random.Next(bases.Count)];
            var (bytes, mutation) = LetterMutator.Mutate(random, origin.Bytes);
            if (bytes.Length > LetterReader.MaximumTextFileBytes)
            {
                // Larger files are refused before they are read; only what can reach the parser is worth fuzzing.
                bytes = bytes[..(int)LetterReader.MaximumTextFileBytes];
                mutation += " + cut to the size limit";
            }

            var name = $"#{i} {origin.Name}: {mutation}";
            running[i] = (clock.ElapsedTicks, name, bytes);
            var wall = Stopwatch.StartNew();
            var cpuBefore = ThreadCpuTime.Now();
            string? failure;
            string? reason = null;
            var parsed = false;
            try
            {
                var result = LetterReader.Read(bytes, $"fuzz-{i}.txt", vocabulary);
                parsed = result.IsParsed;
                reason = result.Error;
                failure = result.IsParsed || !string.IsNullOrWhiteSpace(result.Error) ? null : "neither parsed nor rejected with a reason";
            }
            catch (Exception e)
            {
                failure = $"{e.GetType().Name}: {e.Message}";
            }

            var cpu = ThreadCpuTime.Now() - cpuBefore;
            running.TryRemove(i, out _);
            var outcome = new FuzzOutcome(i, name, bytes.Length, parsed, failure, reason, cpu ?? wall.Elapsed, wall.Elapsed);
            results.Add(outcome);
            if (failure is not null || outcome.Time > limit)
            {
                Save(folder, i, name, bytes);
            }

            if ((i + 1) % 1000 == 0)
            {
                Console.WriteLine($"  {results.Count:N0} letters, {clock.Elapsed.TotalSeconds:N0} s");
            }
        });

        return Report(results.OrderBy(r => r.Number).ToList(), limit, slowestShown, clock.Elapsed, folder);
    }

    private static int Report(List<FuzzOutcome> outcomes, TimeSpan limit, int slowestShown, TimeSpan elapsed, string folder)
    {
        var crashes = outcomes.Where(o => o.Failure is not null).ToList();
        var slow = outcomes.Where(o => o.Time > limit).ToList();
        var times = outcomes.Select(o => o.Time.TotalMilliseconds).Order().ToList();
        double Percentile(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        var clockKind = ThreadCpuTime.Now() is null ? "wall-clock" : "CPU";
        Console.WriteLine();
        Console.WriteLine($"{outcomes.Count:N0} letters in {elapsed.TotalSeconds:N1} s: {outcomes.Count(o => o.Parsed):N0} parsed, {outcomes.Count(o => !o.Parsed && o.Failure is null):N0} rejected with a reason, "
            + $"{crashes.Count} crashes, 0 hangs, {slow.Count} over {limit.TotalMilliseconds:N0} ms.");
        Console.WriteLine($"Time per letter ({clockKind}): p50 {Percentile(0.5):N1} ms, p99 {Percentile(0.99):N1} ms, max {times[^1]:N1} ms; "
            + $"{outcomes.Sum(o => (long)o.Bytes) / 1024.0 / 1024.0:N0} MB read.");
        Console.WriteLine("Most frequent reasons for rejection:");
        foreach (var reason in outcomes.Where(o => o.Reason is not null).GroupBy(o => Shorten(o.Reason!, 70)).OrderByDescending(g => g.Count()).Take(8))
        {
            Console.WriteLine($"  {reason.Count(),6:N0}  {reason.Key}");
        }

        Console.WriteLine($"Slowest {Math.Min(slowestShown, outcomes.Count)}:");
        foreach (var outcome in outcomes.OrderByDescending(o => o.Time).Take(slowestShown))
        {
            Console.WriteLine($"  {outcome.Time.TotalMilliseconds,8:N1} ms ({outcome.Wall.TotalMilliseconds:N0} ms wall) {outcome.Bytes / 1024,6:N0} kB  {Shorten(outcome.Name)}");
        }

        foreach (var crash in crashes.Take(20))
        {
            Console.Error.WriteLine($"CRASH {Shorten(crash.Name)}: {crash.Failure}");
        }

        if (crashes.Count > 0 || slow.Count > 0)
        {
            Console.Error.WriteLine($"{crashes.Count} crashes and {slow.Count} letters over the limit; the letters are in {folder}.");
            return 1;
        }

        return 0;
    }

    private static void CheckForHangs(ConcurrentDictionary<int, (long Started, string Name, byte[] Bytes)> running, Stopwatch clock, TimeSpan hang, string folder)
    {
        foreach (var (number, letter) in running)
        {
            var elapsed = TimeSpan.FromSeconds((clock.ElapsedTicks - letter.Started) / (double)Stopwatch.Frequency);
            if (elapsed > hang)
            {
                var path = Save(folder, number, letter.Name, letter.Bytes);
                Console.Error.WriteLine($"HANG: {Shorten(letter.Name)} still running after {elapsed.TotalSeconds:N0} s; written to {path}.");
                Environment.Exit(1);
            }
        }
    }

    private static string Save(string folder, int number, string name, byte[] bytes)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"letter-{number}.txt");
        File.WriteAllBytes(path, bytes);
        File.WriteAllText(path + ".mutation", name + Environment.NewLine);
        return path;
    }

    private static string Shorten(string name, int length = 140) => name.Length <= length ? name : name[..(length - 3)] + "...";

    /// <summary>The seed letters in corpus/ (when run from the repository) and synthetic letters of every layout.</summary>
    private static List<(string Name, byte[] Bytes)> BaseLetters(int seed)
    {
        var letters = new List<(string Name, byte[] Bytes)>();
        if (RepositoryPaths.Root() is { } root && Directory.Exists(Path.Combine(root, "corpus")))
        {
            letters.AddRange(LetterFiles.Under(Path.Combine(root, "corpus")).Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))));
        }

        for (var n = 0; n < SyntheticBases; n++)
        {
            letters.Add(($"synthetic-{n}", Encoding.UTF8.GetBytes(LetterComposer.Compose(seed, n).Text)));
        }

        return letters;
    }

    private sealed record FuzzOutcome(int Number, string Name, int Bytes, bool Parsed, string? Failure, string? Reason, TimeSpan Time, TimeSpan Wall);
}
