using ImrSearch.Search.Execution;

namespace ImrSearch.Tests.Search;

/// <summary><see cref="BoundedWait"/>: every span a budget can give is a wait <see cref="Task.Wait(TimeSpan)"/> accepts.</summary>
public sealed class BoundedWaitTests
{
    [Fact]
    public void A_span_past_what_a_task_waits_is_the_longest_wait_and_a_negative_one_no_wait()
    {
        var never = new TaskCompletionSource().Task;
        Assert.False(BoundedWait.For(never, TimeSpan.FromMilliseconds(-5), CancellationToken.None));
        Assert.False(BoundedWait.For(never, TimeSpan.MinValue, CancellationToken.None));
        Assert.False(BoundedWait.For(never, TimeSpan.Zero, CancellationToken.None));

        var done = Task.CompletedTask;
        Assert.True(BoundedWait.For(done, TimeSpan.MaxValue, CancellationToken.None));
        Assert.True(BoundedWait.For(done, Timeout.InfiniteTimeSpan, CancellationToken.None));
        Assert.True(BoundedWait.For(done, TimeSpan.FromDays(30), CancellationToken.None));
    }

    [Fact]
    public async Task A_wait_of_no_end_ends_with_the_task_or_with_cancellation()
    {
        var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = Task.Run(() => BoundedWait.For(turn.Task, TimeSpan.MaxValue, CancellationToken.None));
        turn.SetResult();
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(30)));

        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        Assert.ThrowsAny<OperationCanceledException>(() => BoundedWait.For(new TaskCompletionSource().Task, Timeout.InfiniteTimeSpan, cancellation.Token));
    }
}
