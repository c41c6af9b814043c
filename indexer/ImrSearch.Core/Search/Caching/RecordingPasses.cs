using System.Collections.Concurrent;

namespace ImrSearch.Search.Caching;

/// <summary>
/// The passes over the index now running that will record a query's hits, by the key its hit list will be kept
/// under. A refinement asked while its query's recording pass runs (the same words with other facet values, another
/// sort) waits for that pass and replays the hits it recorded, instead of running the same pass beside it: eight
/// refinements arriving together cost one pass and eight replays, not eight passes.
/// </summary>
/// <remarks>
/// Thread-safe. A pass that fails or records nothing (its hits over the limit, its time budget spent) still
/// finishes its registration, so its waiters go on to run their own passes.
/// </remarks>
internal sealed class RecordingPasses
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> running = new(StringComparer.Ordinal);
    private long begun;
    private int waiting;

    /// <summary>How many recording passes were registered (each ran over the index).</summary>
    public long Begun => Interlocked.Read(ref begun);

    /// <summary>How many searches are waiting for a pass now.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>For tests: called on the pass's thread right after it registers, before it searches.</summary>
    internal Action<string>? OnBegin { get; set; }

    /// <summary>
    /// Registers the pass that will record the key's hits; dispose the result once they are kept (or the pass
    /// failed). Null when another pass for the key is already running: <see cref="WaitFor"/> it instead.
    /// </summary>
    public IDisposable? Begin(string key)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!running.TryAdd(key, done))
        {
            return null;
        }

        Interlocked.Increment(ref begun);
        OnBegin?.Invoke(key);
        return new Registration(this, key, done);
    }

    /// <summary>The pass running for the key, completed when it is done; null when none is running.</summary>
    public Task? Running(string key) => running.TryGetValue(key, out var done) ? done.Task : null;

    /// <summary>
    /// Waits for the pass running for the key, if any, up to <paramref name="timeout"/>: true when there was one and
    /// it finished (its hits may or may not have been kept), false when there was none or it is still running.
    /// </summary>
    /// <exception cref="OperationCanceledException">The caller cancelled while waiting.</exception>
    public bool WaitFor(string key, TimeSpan timeout, CancellationToken cancellation)
    {
        if (!running.TryGetValue(key, out var done))
        {
            return false;
        }

        Interlocked.Increment(ref waiting);
        try
        {
            return Execution.BoundedWait.For(done.Task, timeout, cancellation);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }

    private sealed class Registration(RecordingPasses owner, string key, TaskCompletionSource done) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                // Removed before it completes, so a search arriving after that finds the hits kept or no pass at all.
                owner.running.TryRemove(new KeyValuePair<string, TaskCompletionSource>(key, done));
                done.TrySetResult();
            }
        }
    }
}
