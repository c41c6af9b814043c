using System.Collections.Concurrent;
using ImrSearch.Index;

namespace ImrSearch.Tests.Index;

/// <summary>
/// The build's read-ahead hands every letter to exactly one indexing thread, in order, and prefetches only within its
/// window ahead of the letters claimed, skipping those already claimed.
/// </summary>
public sealed class LetterReadAheadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static List<string> Sources(int count) => Enumerable.Range(0, count).Select(i => $"{i / 100:0000}/{i:000000}.txt").ToList();

    [Fact]
    public void Every_letter_is_claimed_once_by_one_of_several_threads()
    {
        var sources = Sources(20_000);
        using var readAhead = new LetterReadAhead(sources, _ => { }, window: 16);
        var claimed = new ConcurrentBag<string>();

        Parallel.For(0, 4, _ =>
        {
            while (readAhead.TryClaim(out var source))
            {
                claimed.Add(source);
            }
        });

        Assert.Equal(sources, claimed.Order(StringComparer.Ordinal));
        Assert.Equal(sources.Count, readAhead.Claimed);
    }

    [Fact]
    public void The_prefetch_stays_within_its_window_ahead_of_the_letters_claimed()
    {
        var sources = Sources(500);
        var position = sources.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var prefetched = new ConcurrentQueue<(int Index, int ClaimedThen)>();
        LetterReadAhead? readAhead = null;
        using var started = new ManualResetEventSlim();
        readAhead = new LetterReadAhead(sources, s =>
        {
            started.Wait();
            prefetched.Enqueue((position[s], readAhead!.Claimed));
        }, window: 8);
        started.Set();

        using (readAhead)
        {
            Assert.True(SpinWait.SpinUntil(() => prefetched.Count == 8, Patience));
            Thread.Sleep(100);
            // Nothing claimed yet: the first window and no further.
            Assert.Equal(Enumerable.Range(0, 8), prefetched.Select(p => p.Index));

            for (var i = 0; i < 200; i++)
            {
                Assert.True(readAhead.TryClaim(out _));
            }

            Assert.True(SpinWait.SpinUntil(() => prefetched.Count > 8 && prefetched.Last().Index == 207, Patience));
        }

        // Never further ahead than the window (the claims seen when it was asked may only have grown since).
        Assert.All(prefetched, p => Assert.True(p.Index < p.ClaimedThen + 8, $"letter {p.Index} prefetched with {p.ClaimedThen} claimed"));
        // In order, once each, skipping the letters claimed before the prefetch came to them (all of 8-199, unless it
        // happened to look while the claims were under way).
        var indexes = prefetched.Select(p => p.Index).ToList();
        Assert.Equal(indexes.Order(), indexes);
        Assert.Equal(indexes.Count, indexes.Distinct().Count());
        Assert.True(indexes.Count < 100, $"{indexes.Count} letters prefetched: the claimed ones were not skipped");
    }

    [Fact]
    public void A_prefetch_that_throws_is_ignored_and_the_letters_still_come()
    {
        var sources = Sources(300);
        var attempts = 0;
        using var readAhead = new LetterReadAhead(sources, _ =>
        {
            Interlocked.Increment(ref attempts);
            throw new IOException("the disk went away");
        }, window: 4);
        // The first window is prefetched before anything is claimed; were its exception to escape, the test host dies.
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref attempts) == 4, Patience));
        var claimed = new List<string>();

        while (readAhead.TryClaim(out var source))
        {
            claimed.Add(source);
        }

        Assert.Equal(sources, claimed);
    }

    [Fact]
    public async Task Stopping_ends_the_claims_and_disposing_ends_the_prefetch()
    {
        var prefetches = 0;
        var readAhead = new LetterReadAhead(Sources(1_000), _ => Interlocked.Increment(ref prefetches), window: 4);
        Assert.True(readAhead.TryClaim(out var first));
        Assert.Equal("0000/000000.txt", first);

        readAhead.Stop();

        Assert.False(readAhead.TryClaim(out _));
        // Throws TimeoutException should Dispose not return (the prefetch thread still running).
        await Task.Run(readAhead.Dispose).WaitAsync(Patience);
        Assert.InRange(Volatile.Read(ref prefetches), 0, 5);
    }
}
