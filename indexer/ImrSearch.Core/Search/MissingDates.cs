namespace ImrSearch.Search;

/// <summary>How many items a date range left out because the letter does not state that date.</summary>
/// <param name="Items">Decided items matching the query, the filters and every other range, without this date.</param>
public sealed record MissingDates(DateKind Kind, long Items)
{
    /// <summary>"3 items have no decision date."</summary>
    public string Describe() =>
        $"{Items:N0} {(Items == 1 ? "item has" : "items have")} no {DateRanges.Describe(Kind)} and {(Items == 1 ? "is" : "are")} left out by the range.";
}
