namespace ImrSearch.Index;

/// <summary>
/// Hands a build's letters to its indexing threads in order, one each, while a thread of its own asks the operating
/// system to read the next files into memory: reading a million letters from a cold disk otherwise left a tenth of
/// two cores idle, each indexing thread waiting for its own file.
/// </summary>
/// <remarks>
/// The prefetching stays at most <c>window</c> letters ahead of the last one claimed, so what it brings into the page
/// cache is still there when its letter comes up; it never holds letters itself. The indexing threads read each file
/// as before (a prefetch that failed or came too late costs nothing but the wait it could not save). Claiming in
/// order rather than by ranges also keeps one folder's files together.
/// </remarks>
internal sealed class LetterReadAhead : IDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(2);

    private readonly IReadOnlyList<string> sources;
    private readonly Action<string> prefetch;
    private readonly int window;
    private readonly Thread thread;
    private int claimed = -1;
    private volatile bool stopped;

    /// <param name="sources">The letters, each as the prefetch is given it.</param>
    /// <param name="prefetch">Starts reading one letter's file; what it throws is ignored.</param>
    /// <param name="window">How far ahead of the claimed letters the prefetch may go.</param>
    public LetterReadAhead(IReadOnlyList<string> sources, Action<string> prefetch, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        this.sources = sources;
        this.prefetch = prefetch;
        this.window = window;
        thread = new Thread(Prefetch) { IsBackground = true, Name = "letter read-ahead" };
        thread.Start();
    }

    /// <summary>How many letters have been claimed so far.</summary>
    public int Claimed => Math.Min(Volatile.Read(ref claimed) + 1, sources.Count);

    /// <summary>The next letter for the calling thread, or false when all are claimed or the read-ahead is stopped.</summary>
    public bool TryClaim(out string source)
    {
        var index = stopped ? sources.Count : Interlocked.Increment(ref claimed);
        source = index < sources.Count ? sources[index] : string.Empty;
        return index < sources.Count;
    }

    /// <summary>No more letters are handed out (a failed write, a cancelled build); the prefetch ends.</summary>
    public void Stop() => stopped = true;

    public void Dispose()
    {
        Stop();
        thread.Join();
    }

    /// <summary>
    /// A prefetch is only advice: whatever goes wrong with it is the letter's own read to report, and an exception
    /// escaping this thread would end the process.
    /// </summary>
    private void Advise(string source)
    {
        try
        {
            prefetch(source);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
        }
    }

    private void Prefetch()
    {
        for (var next = 0; next < sources.Count && !stopped;)
        {
            var claimedSoFar = Claimed;
            if (next < claimedSoFar)
            {
                // Fallen behind: those letters are being read already.
                next = claimedSoFar;
            }
            else if (next < claimedSoFar + window)
            {
                Advise(sources[next++]);
            }
            else
            {
                Thread.Sleep(Pause);
            }
        }
    }
}
