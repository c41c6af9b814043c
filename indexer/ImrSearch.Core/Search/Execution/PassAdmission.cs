namespace ImrSearch.Search.Execution;

/// <summary>
/// How many passes through <see cref="SlicedSearch.Run"/> (a search's counting pass, a trend's) run at once: one a
/// core, admitted in the order they asked; a pass arriving when
/// every core is taken waits its turn, within its own time budget. A pass admitted while nothing waits also takes
/// the idle cores it can use (its slices then run side by side), so one search on a quiet machine is as fast as before.
/// </summary>
/// <remarks>
/// Eight broad searches at once on two cores used to share them all the way through (sixteen slices, each a
/// sixteenth of the machine), so a heavy one took about as long as the eight together: the slowest answers were
/// four times the heaviest search's own CPU. Run a core each, first come first served, each waits for the passes
/// ahead of it and then runs at a whole core's speed, and the work done is the same, against a fifth to a third off
/// the slowest answers (see the README).
/// A caller that can wait without a thread (the site's search page and search API) awaits a <see cref="Turn"/>
/// before it searches and holds it while it runs: its passes then enter at once, each with the turn's cores. Pool
/// threads blocked in <see cref="Enter"/> left the cores 4-8% idle over HTTP (10-20% fewer never-seen searches a
/// second than with no admission); awaiting, 1-3%. From threads of their own, as in the benchmark's cost command,
/// blocking costs nothing.
/// Thread-safe. A pass that runs another pass inside it (on its own thread or its slices') is not made to wait
/// again: it already holds cores, and waiting for itself would never end.
/// Passes that call the searcher directly do not enter: an export's passes, a page after a cursor, outcome tables,
/// precedents and similar items (the site bounds those endpoints with its limit on expensive requests), and the
/// case-document lookups of hit assembly, which a queue in front of every lookup would slow down for nothing.
/// </remarks>
internal sealed class PassAdmission
{
    /// <summary>
    /// The cores the current logical thread holds, if any (flows into slices): a pass's (its inner passes get one
    /// core), or a held turn's (each pass of the flow gets all of them).
    /// </summary>
    private static readonly AsyncLocal<Held?> Holding = new();

    private readonly object gate = new();
    private readonly LinkedList<Waiter> queue = new();
    private int free;

    /// <param name="cores">How many passes run at once (at least 1).</param>
    public PassAdmission(int cores)
    {
        Cores = Math.Max(1, cores);
        free = Cores;
    }

    /// <summary>How many passes run at once at most.</summary>
    public int Cores { get; }

    /// <summary>How many passes are waiting for a core now.</summary>
    public int Waiting
    {
        get
        {
            lock (gate)
            {
                return queue.Count;
            }
        }
    }

    /// <summary>How many cores are held by running passes now.</summary>
    public int Busy
    {
        get
        {
            lock (gate)
            {
                return Cores - free;
            }
        }
    }

    /// <summary>
    /// Waits for a core (in arrival order) and takes it, with up to <paramref name="wanted"/> - 1 more when they are
    /// idle and nothing else waits; dispose the lease when the pass ends. A pass inside an admitted pass is admitted
    /// at once, with the single core of the thread it runs on; a pass of a flow holding a <see cref="Turn"/>, with the
    /// turn's cores.
    /// </summary>
    /// <param name="wanted">How many cores the pass can use (its slices).</param>
    /// <param name="budget">The request's time budget: the wait ends with it.</param>
    /// <exception cref="SearchTimeoutException">The budget was spent before a core was free.</exception>
    /// <exception cref="OperationCanceledException">The request was cancelled while waiting.</exception>
    public Lease Enter(int wanted, SearchBudget? budget)
    {
        wanted = Math.Clamp(wanted, 1, Cores);
        if (Holding.Value is { } held && held.Owner == this)
        {
            return Admitted(null, held.Cores);
        }

        Waiter waiter;
        LinkedListNode<Waiter> place;
        lock (gate)
        {
            if (free > 0 && queue.Count == 0)
            {
                var granted = Math.Min(wanted, free);
                free -= granted;
                return Admitted(this, granted);
            }

            waiter = new Waiter(wanted);
            place = queue.AddLast(waiter);
        }

        var admitted = false;
        try
        {
            budget?.Check();
            admitted = BoundedWait.For(waiter.Turn.Task, budget?.Remaining ?? Timeout.InfiniteTimeSpan, budget?.Cancellation ?? CancellationToken.None);
        }
        finally
        {
            if (!admitted)
            {
                Withdraw(waiter, place);
            }
        }

        if (waiter.Granted == 0)
        {
            // Only a budget ends a wait without a turn (the longest wait is 24 days).
            throw new SearchTimeoutException(budget?.Budget ?? BoundedWait.Longest);
        }

        return Admitted(this, waiter.Granted);
    }

    /// <summary>
    /// Waits for a turn without holding a thread (in arrival order, among the passes that <see cref="Enter"/>), with
    /// up to <paramref name="wanted"/> cores as <see cref="Enter"/> gives them; <see cref="Turn.Hold"/> it on the flow
    /// that will run the passes, and dispose it when they are done.
    /// </summary>
    /// <param name="budget">The request's time budget: the wait ends with it.</param>
    /// <exception cref="SearchTimeoutException">The budget was spent before a core was free.</exception>
    /// <exception cref="OperationCanceledException">The request was cancelled while waiting.</exception>
    public async Task<Turn> WaitTurnAsync(int wanted, SearchBudget? budget)
    {
        wanted = Math.Clamp(wanted, 1, Cores);
        Waiter waiter;
        LinkedListNode<Waiter> place;
        lock (gate)
        {
            if (free > 0 && queue.Count == 0)
            {
                var granted = Math.Min(wanted, free);
                free -= granted;
                return new Turn(this, granted);
            }

            waiter = new Waiter(wanted);
            place = queue.AddLast(waiter);
        }

        var admitted = false;
        try
        {
            budget?.Check();
            admitted = await BoundedWait.ForAsync(waiter.Turn.Task, budget?.Remaining ?? Timeout.InfiniteTimeSpan, budget?.Cancellation ?? CancellationToken.None);
        }
        finally
        {
            if (!admitted)
            {
                Withdraw(waiter, place);
            }
        }

        if (waiter.Granted == 0)
        {
            throw new SearchTimeoutException(budget?.Budget ?? BoundedWait.Longest);
        }

        return new Turn(this, waiter.Granted);
    }

    /// <summary>A lease on the cores, held by this flow (its inner passes get one core) until it is disposed.</summary>
    /// <param name="releaseTo">This admission when the lease took the cores; none when the flow already held them.</param>
    private Lease Admitted(PassAdmission? releaseTo, int cores)
    {
        var lease = new Lease(releaseTo, cores, Holding.Value);
        Holding.Value = new Held(this, 1);
        return lease;
    }

    /// <summary>A waiter that stopped waiting leaves the queue; if its turn came meanwhile, its cores go to the next.</summary>
    private void Withdraw(Waiter waiter, LinkedListNode<Waiter> place)
    {
        int granted;
        lock (gate)
        {
            if (place.List is not null)
            {
                queue.Remove(place);
                return;
            }

            granted = waiter.Granted;
            waiter.Granted = 0;
        }

        Release(granted);
    }

    private void Release(int cores)
    {
        lock (gate)
        {
            free += cores;
            // The first in line gets one core; the last in line (nothing behind it) every idle core it can use.
            while (free > 0 && queue.First is { } first)
            {
                queue.RemoveFirst();
                var next = first.Value;
                next.Granted = queue.Count == 0 ? Math.Min(next.Wanted, free) : 1;
                free -= next.Granted;
                next.Turn.TrySetResult();
            }
        }
    }

    /// <summary>The cores a pass holds until it is disposed.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly PassAdmission? owner;
        private readonly Held? holdingBefore;
        private int disposed;

        /// <param name="owner">The admission to give the cores back to; none for a pass inside an admitted one or a held turn.</param>
        /// <param name="holdingBefore">What the flow held before (another searcher's cores, say), held again after.</param>
        internal Lease(PassAdmission? owner, int cores, Held? holdingBefore)
        {
            this.owner = owner;
            this.holdingBefore = holdingBefore;
            Cores = cores;
        }

        /// <summary>How many cores the pass may use: how many of its slices run at once.</summary>
        public int Cores { get; }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                Holding.Value = holdingBefore;
                owner?.Release(Cores);
            }
        }
    }

    /// <summary>
    /// Cores granted to a caller that waited without a thread: once held, every pass of the holding flow enters at
    /// once with all of them. Disposing gives them back (held or not) and ends the hold.
    /// </summary>
    public sealed class Turn : IDisposable
    {
        private readonly PassAdmission owner;
        private Held? holdingBefore;
        private int state;

        internal Turn(PassAdmission owner, int cores)
        {
            this.owner = owner;
            Cores = cores;
        }

        /// <summary>How many cores each pass of the holding flow may use.</summary>
        public int Cores { get; }

        /// <summary>
        /// Holds the turn on the calling flow (call it from the method that runs the passes, not from an async method
        /// it awaits: what such a method sets on the flow ends when it returns).
        /// </summary>
        public void Hold()
        {
            if (Interlocked.CompareExchange(ref state, 1, 0) == 0)
            {
                holdingBefore = Holding.Value;
                Holding.Value = new Held(owner, Cores);
            }
        }

        public void Dispose()
        {
            var before = Interlocked.Exchange(ref state, 2);
            if (before == 2)
            {
                return;
            }

            if (before == 1)
            {
                Holding.Value = holdingBefore;
            }

            owner.Release(Cores);
        }
    }

    /// <summary>The cores a flow holds: whose, and how many each pass inside may use.</summary>
    internal sealed record Held(PassAdmission Owner, int Cores);

    private sealed class Waiter(int wanted)
    {
        public int Wanted { get; } = wanted;

        /// <summary>Set under the gate's lock when the waiter's turn comes, before <see cref="Turn"/> is set.</summary>
        public int Granted { get; set; }

        /// <summary>Completed when the waiter's turn comes (its continuations, none, would not run under the gate's lock).</summary>
        public TaskCompletionSource Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
