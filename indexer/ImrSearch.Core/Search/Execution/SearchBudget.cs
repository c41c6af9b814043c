using System.Diagnostics;

namespace ImrSearch.Search.Execution;

/// <summary>
/// The time one request may spend searching, as an ambient scope: every pass over the index (the sliced searcher's
/// leaf loop) and every term expansion checks it, on whichever thread runs the work, and stops with
/// <see cref="SearchTimeoutException"/> once it is spent or the request is cancelled, so no query holds a core past
/// its budget. Flows into <see cref="Parallel"/> work through the execution context.
/// </summary>
internal sealed class SearchBudget
{
    private static readonly AsyncLocal<SearchBudget?> Ambient = new();

    private readonly long deadline;
    private readonly CancellationToken cancellation;

    private SearchBudget(TimeSpan budget, CancellationToken cancellation)
    {
        Budget = budget;
        deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
        this.cancellation = cancellation;
    }

    /// <summary>The budget in force on this logical thread, if any.</summary>
    public static SearchBudget? Current => Ambient.Value;

    public TimeSpan Budget { get; }

    /// <summary>What is left of the budget (zero once it is spent).</summary>
    public TimeSpan Remaining => TimeSpan.FromSeconds(Math.Max(0, deadline - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);

    /// <summary>The request's cancellation.</summary>
    public CancellationToken Cancellation => cancellation;

    /// <summary>
    /// Puts a budget in force until the scope is disposed. An enclosing budget that ends sooner stays in force (an
    /// export's pass never outlives the request's cancellation).
    /// </summary>
    public static IDisposable Start(TimeSpan budget, CancellationToken cancellation = default)
    {
        var previous = Ambient.Value;
        if (budget <= TimeSpan.Zero || budget == Timeout.InfiniteTimeSpan)
        {
            budget = TimeSpan.FromDays(1);
        }

        var next = new SearchBudget(budget, cancellation);
        if (previous is null || next.deadline < previous.deadline)
        {
            Ambient.Value = next;
        }

        return new Scope(previous);
    }

    /// <summary>Throws when the budget in force (if any) is spent or its request was cancelled.</summary>
    public static void ThrowIfSpent() => Current?.Check();

    public void Check()
    {
        cancellation.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > deadline)
        {
            throw new SearchTimeoutException(Budget);
        }
    }

    private sealed class Scope(SearchBudget? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
