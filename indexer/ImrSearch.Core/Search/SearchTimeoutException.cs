namespace ImrSearch.Search;

/// <summary>
/// A search ran past its time budget (<see cref="DecisionSearcherOptions.TimeBudget"/>) and was stopped. The
/// message is written for the person who asked; nothing partial is returned as if it were whole.
/// </summary>
public sealed class SearchTimeoutException(TimeSpan budget)
    : Exception($"The search took longer than the {budget.TotalSeconds:0.#} s allowed and was stopped. Narrow it (fewer wildcards, fewer alternatives, a filter) and try again.")
{
    public TimeSpan Budget { get; } = budget;
}
