using System.Collections.Concurrent;
using System.Diagnostics;
using ImrSearch.Index;
using ImrSearch.Search;
using ImrSearch.Synthetic;
using ImrSearch.Tests.Index;

namespace ImrSearch.Tests.Replication;

/// <summary>
/// Scaling past one machine: the index is built once, its commits copied to read-only replicas, and each replica's
/// searcher serves the copy and switches to a newer one by itself, without a restart and without a half state.
/// </summary>
public sealed class ReplicaIndexTests
{
    private const int Seed = 42;

    [Fact]
    public async Task A_searcher_on_a_copied_index_serves_it_and_switches_to_a_newer_copy_when_one_lands()
    {
        using var folder = new TemporaryFolder();
        var primary = Path.Combine(folder.Path, "primary-index");
        var replica = Path.Combine(folder.Path, "replica-index");

        var first = Build(folder, "first", 30, primary);
        CommitCopy.Publish(primary, replica);

        using var searcher = new DecisionSearcher(replica);
        Assert.Equal(first.Decisions, searcher.Search(SearchRequest.For(null)).Total);
        var newLetter = LetterComposer.Compose(Seed, 44).Truth;
        Assert.Null(searcher.FindCase(newLetter.CaseId));

        // The primary is rebuilt incrementally with 15 more letters: a new commit with new segments.
        var second = Build(folder, "second", 45, primary);
        Assert.Equal(15, second.Added);
        Assert.Equal(30, second.Unchanged);

        // Readers search all through the copy: each sees the old commit, then the new one, never anything else.
        var failures = new ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var seen = new List<long>();
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    searcher.Search(SearchRequest.For("request"));
                    seen.Add(searcher.Search(SearchRequest.For(null)).Total);
                }
                catch (Exception e)
                {
                    failures.Enqueue(e);
                }
            }

            return seen;
        })).ToArray();

        CommitCopy.Publish(primary, replica);
        var clock = Stopwatch.StartNew();
        while (searcher.Search(SearchRequest.For(null)).Total != second.Decisions && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        var seenByReaders = await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.Equal(second.Decisions, searcher.Search(SearchRequest.For(null)).Total);
        Assert.Equal(newLetter.CaseId, searcher.FindCase(newLetter.CaseId)?.CaseId);
        foreach (var seen in seenByReaders)
        {
            Assert.All(seen, total => Assert.Contains(total, new long[] { first.Decisions, second.Decisions }));
            var switched = seen.IndexOf(second.Decisions);
            Assert.True(switched < 0 || seen.Skip(switched).All(t => t == second.Decisions), "a reader went back to the old commit");
        }

        // Once the newer commit is served, the older commit's files can go; the replica keeps serving.
        CommitCopy.Prune(primary, replica);
        Assert.Equal(second.Decisions, searcher.Search(SearchRequest.For(null)).Total);
        Assert.Equal(second.Decisions, searcher.Search(SearchRequest.For(null)).Facets["decision"].Values.Sum(v => v.Count));
    }

    [Fact]
    public void A_replica_copied_while_the_primary_commits_again_still_opens_a_complete_commit()
    {
        using var folder = new TemporaryFolder();
        var primary = Path.Combine(folder.Path, "primary-index");
        var replica = Path.Combine(folder.Path, "replica-index");
        var first = Build(folder, "first", 10, primary);

        // The data files of a commit arrive before its commit point: a replica opened in between sees the old one.
        CommitCopy.Publish(primary, replica);
        Build(folder, "second", 20, primary);
        foreach (var name in Directory.GetFiles(primary).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith("segments", StringComparison.Ordinal) && n != "write.lock"))
        {
            var target = Path.Combine(replica, name);
            if (!File.Exists(target))
            {
                File.Copy(Path.Combine(primary, name), target);
            }
        }

        using var searcher = new DecisionSearcher(replica);
        Assert.Equal(first.Decisions, searcher.Search(SearchRequest.For(null)).Total);
    }

    /// <summary>Builds (or updates) the primary index from the first <paramref name="letters"/> synthetic letters.</summary>
    private static BuildReport Build(TemporaryFolder folder, string name, int letters, string index)
    {
        var generated = CorpusWriter.Write(new SyntheticCorpus(Seed, letters), Path.Combine(folder.Path, name));
        var report = new CorpusIndexer().Build(generated.LettersDirectory, index);
        Assert.Empty(report.Rejected);
        return report;
    }
}
