namespace ImrSearch.Search.Execution;

/// <summary>
/// How a search waits for another thread (a core from <see cref="PassAdmission"/>, a recording pass from
/// <see cref="Caching.RecordingPasses"/>): blocked on a task or awaiting it, within a time it may give.
/// </summary>
/// <remarks>
/// On a task, not on an event: the thread pool sees a pool thread blocked on a task and adds threads at once, so the
/// requests behind it are read and answered. Blocked on events, eight connections on two cores left a fifth of the
/// CPU idle, the pool starved of threads.
/// </remarks>
internal static class BoundedWait
{
    /// <summary>The longest wait a task takes (about 24 days); a budget of days is as good as none.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue);

    /// <summary>
    /// Waits for the task up to <paramref name="timeout"/> (<see cref="Timeout.InfiniteTimeSpan"/> or anything past
    /// <see cref="Longest"/>: the longest; any other negative span: not at all). True when it completed.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    public static bool For(Task task, TimeSpan timeout, CancellationToken cancellation) =>
        task.Wait(Bounded(timeout), cancellation);

    /// <summary>As <see cref="For"/>, awaited: the caller holds no thread while it waits.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    public static async Task<bool> ForAsync(Task task, TimeSpan timeout, CancellationToken cancellation)
    {
        try
        {
            await task.WaitAsync(Bounded(timeout), cancellation).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static TimeSpan Bounded(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan || timeout > Longest ? Longest : timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout;
}
