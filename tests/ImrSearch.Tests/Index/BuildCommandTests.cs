using System.Diagnostics;
using System.Text.Json;
using ImrSearch.Index;

namespace ImrSearch.Tests.Index;

/// <summary>The real imr-index build process: reports, exit codes, a kill mid-build, and two builds at once.</summary>
public sealed class BuildCommandTests
{
    private const int Variants = 3000;

    [Fact]
    public void Seed_corpus_builds_with_exit_0_and_a_json_report()
    {
        using var folder = new TemporaryFolder();
        var index = Path.Combine(folder.Path, "index");
        var reportPath = Path.Combine(folder.Path, "out", "report.json");

        var (exit, output, error) = ImrIndexProcess.Run("build", "--corpus", SeedCorpus.Directory, "--index", index, "--report", reportPath);

        Assert.True(exit == 0, error);
        Assert.Contains("5 added, 0 updated, 0 removed, 0 unchanged, 0 rejected", output);
        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        Assert.Equal(5, report.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(10, report.RootElement.GetProperty("decisions").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("rejected").GetArrayLength());

        var again = ImrIndexProcess.Run("build", "--corpus", SeedCorpus.Directory, "--index", index);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added, 0 updated, 0 removed, 5 unchanged, 0 rejected", again.Output);
    }

    [Fact]
    public void Rejected_letters_exit_1_and_are_listed_in_the_report()
    {
        using var folder = new TemporaryFolder();
        var corpus = folder.Sub("corpus");
        SeedCorpus.CopyTo(corpus);
        File.WriteAllText(Path.Combine(corpus, "empty.txt"), "");
        File.WriteAllText(Path.Combine(corpus, "not-a-letter.txt"), "Minutes of the safety committee, March 2015.\n");
        var reportPath = Path.Combine(folder.Path, "report.json");

        var (exit, output, error) = ImrIndexProcess.Run("build", "--corpus", corpus, "--index", Path.Combine(folder.Path, "index"), "--report", reportPath);

        Assert.Equal(1, exit);
        Assert.Contains("5 added, 0 updated, 0 removed, 0 unchanged, 2 rejected", output);
        Assert.Contains("rejected empty.txt: ", error);
        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        var rejected = report.RootElement.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal(["empty.txt", "not-a-letter.txt"], rejected.Select(r => r.GetProperty("source").GetString()));
        Assert.All(rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reason").GetString())));
        Assert.Equal(2, report.RootElement.GetProperty("rejectedCount").GetInt32());
        Assert.Equal(5, IndexStatistics.Read(Path.Combine(folder.Path, "index")).Cases);
    }

    [Fact]
    public void Usage_and_io_errors_exit_2_with_a_message()
    {
        using var folder = new TemporaryFolder();

        var missingOption = ImrIndexProcess.Run("build", "--index", folder.Path);
        var missingCorpus = ImrIndexProcess.Run("build", "--corpus", Path.Combine(folder.Path, "nope"), "--index", folder.Sub("index"));

        Assert.Equal(2, missingOption.ExitCode);
        Assert.Contains("--corpus", missingOption.Error);
        Assert.Equal(2, missingCorpus.ExitCode);
        Assert.Contains("does not exist", missingCorpus.Error);
        Assert.DoesNotContain("   at ", missingCorpus.Error);
    }

    [Fact]
    public void An_empty_corpus_folder_stops_with_exit_2_and_keeps_the_index_unless_mass_removal_is_allowed()
    {
        using var folder = new TemporaryFolder();
        var corpus = folder.Sub("corpus");
        SeedCorpus.CopyTo(corpus);
        var index = Path.Combine(folder.Path, "index");
        Assert.Equal(0, ImrIndexProcess.Run("build", "--corpus", corpus, "--index", index).ExitCode);
        foreach (var letter in Directory.GetFiles(corpus))
        {
            File.Delete(letter);
        }

        var stopped = ImrIndexProcess.Run("build", "--corpus", corpus, "--index", index);
        Assert.Equal(2, stopped.ExitCode);
        Assert.Contains("would remove 5 of the 5 letters", stopped.Error);
        Assert.Contains("--allow-mass-removal", stopped.Error);
        Assert.Equal(5, IndexStatistics.Read(index).Cases);

        var allowed = ImrIndexProcess.Run("build", "--corpus", corpus, "--index", index, "--allow-mass-removal");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("0 added, 0 updated, 5 removed", allowed.Output);
    }

    [Fact]
    public void Killing_the_build_midway_leaves_the_previous_commit_and_the_next_build_finishes_the_work()
    {
        using var folder = new TemporaryFolder();
        var corpus = folder.Sub("corpus");
        var index = Path.Combine(folder.Path, "index");
        SeedCorpus.CopyTo(corpus);
        Assert.Equal(0, ImrIndexProcess.Run("build", "--corpus", corpus, "--index", index).ExitCode);
        var committedFiles = Directory.GetFiles(index).ToHashSet();
        SeedCorpus.WriteVariants(Path.Combine(corpus, "copies"), Variants);

        // A small RAM buffer makes the build write segments early, so the kill lands after files are on disk.
        using var build = Process.Start(ImrIndexProcess.StartInfo("build", "--corpus", corpus, "--index", index, "--ram-buffer-mb", "1"))!;
        var flushed = WaitUntil(() => Directory.GetFiles(index, "*.si").Any(f => !committedFiles.Contains(f)) || build.HasExited);
        Assert.False(build.HasExited, "The build finished before it could be killed; give it more letters.");
        Assert.True(flushed, "The build wrote no segment within the time allowed.");
        build.Kill(entireProcessTree: true);
        build.WaitForExit();

        var afterKill = IndexStatistics.Read(index);
        Assert.Equal((5, 10), (afterKill.Cases, afterKill.Decisions));
        var verify = ImrIndexProcess.Run("verify", "--index", index);
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);

        var resumed = ImrIndexProcess.Run("build", "--corpus", corpus, "--index", index);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains($"{Variants} added, 0 updated, 0 removed, 5 unchanged, 0 rejected", resumed.Output);
        var finished = IndexStatistics.Read(index);
        Assert.Equal((Variants + 5, (Variants + 5) * 2), (finished.Cases, finished.Decisions));
    }

    [Fact]
    public async Task A_second_concurrent_build_fails_fast_with_index_locked()
    {
        using var folder = new TemporaryFolder();
        var corpus = folder.Sub("corpus");
        var index = Path.Combine(folder.Path, "index");
        SeedCorpus.WriteVariants(corpus, Variants);

        using var first = Process.Start(ImrIndexProcess.StartInfo("build", "--corpus", corpus, "--index", index, "--ram-buffer-mb", "1"))!;
        var firstOutput = first.StandardOutput.ReadToEndAsync();
        var firstError = first.StandardError.ReadToEndAsync();
        var writing = WaitUntil(() => (Directory.Exists(index) && Directory.GetFiles(index, "*.si").Length > 0) || first.HasExited);
        Assert.False(first.HasExited, "The first build finished before the second started; give it more letters.");
        Assert.True(writing, "The first build wrote no segment within the time allowed.");

        var clock = Stopwatch.StartNew();
        var second = ImrIndexProcess.Run("build", "--corpus", corpus, "--index", index);
        clock.Stop();

        Assert.False(first.HasExited, "The first build ended while the second ran: the test proved nothing.");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("locked", second.Error);
        Assert.Contains("another build", second.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"The second build took {clock.Elapsed} to give up.");

        await first.WaitForExitAsync();
        Assert.True(first.ExitCode == 0, await firstError);
        Assert.Contains($"{Variants} added", await firstOutput);
        Assert.Equal(Variants, IndexStatistics.Read(index).Cases);
    }

    private static bool WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(10);
        }

        return false;
    }
}
