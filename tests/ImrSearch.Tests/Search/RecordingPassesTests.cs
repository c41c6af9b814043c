using ImrSearch.Search.Caching;

namespace ImrSearch.Tests.Search;

/// <summary>
/// <see cref="RecordingPasses"/>: one pass per key at a time, its waiters released when it finishes (recorded or
/// not), bounded by their own time and cancellation.
/// </summary>
public sealed class RecordingPassesTests
{
    [Fact]
    public void One_pass_per_key_at_a_time_and_another_key_is_free()
    {
        var passes = new RecordingPasses();

        using (var first = passes.Begin("pain"))
        {
            Assert.NotNull(first);
            Assert.Null(passes.Begin("pain"));
            using var other = passes.Begin("knee");
            Assert.NotNull(other);
        }

        using var again = passes.Begin("pain");
        Assert.NotNull(again);
        Assert.Equal(3, passes.Begun);
    }

    [Fact]
    public void Without_a_pass_running_there_is_nothing_to_wait_for()
    {
        Assert.False(new RecordingPasses().WaitFor("pain", TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    [Fact]
    public async Task Waiters_are_released_when_the_pass_finishes()
    {
        var passes = new RecordingPasses();
        var pass = passes.Begin("pain")!;
        var waiters = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => passes.WaitFor("pain", TimeSpan.FromSeconds(30), CancellationToken.None)))
            .ToArray();
        Assert.True(SpinWait.SpinUntil(() => passes.Waiting == 4, TimeSpan.FromSeconds(10)), "the waiters should be waiting");
        Assert.All(waiters, w => Assert.False(w.IsCompleted));

        pass.Dispose();

        Assert.All(await Task.WhenAll(waiters).WaitAsync(TimeSpan.FromSeconds(10)), Assert.True);
        Assert.Equal(0, passes.Waiting);
        Assert.False(passes.WaitFor("pain", TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    [Fact]
    public void A_waiter_stops_waiting_at_its_timeout_or_its_cancellation()
    {
        var passes = new RecordingPasses();
        using var pass = passes.Begin("pain")!;

        Assert.False(passes.WaitFor("pain", TimeSpan.FromMilliseconds(50), CancellationToken.None));
        using var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        Assert.Throws<OperationCanceledException>(() => passes.WaitFor("pain", TimeSpan.FromSeconds(30), cancelled.Token));
        Assert.Equal(0, passes.Waiting);
    }

    [Fact]
    public void Finishing_twice_releases_only_its_own_registration()
    {
        var passes = new RecordingPasses();
        var first = passes.Begin("pain")!;
        first.Dispose();
        using var second = passes.Begin("pain")!;

        first.Dispose();

        Assert.Null(passes.Begin("pain"));
        Assert.False(passes.WaitFor("pain", TimeSpan.FromMilliseconds(50), CancellationToken.None));
    }
}
