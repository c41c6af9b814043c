using ImrSearch.Index;
using ImrSearch.Search;

namespace ImrSearch.Analytics;

/// <summary>
/// "How is this kind of request decided, and why?": outcome tables, similar prior decisions, the consistency check
/// of a draft, and guideline citation usage. Thread-safe; works on the searcher's current commit.
/// </summary>
public sealed class PrecedentExplorer(DecisionSearcher searcher)
{
    /// <summary>The dimensions an outcome table can group by (every facet dimension but the decision itself).</summary>
    public static IReadOnlyList<FacetDimension> GroupableDimensions { get; } =
        [.. IndexSchema.FacetDimensions.Where(d => d != IndexSchema.Decision)];

    /// <summary>The decided items matching a search request, grouped by one dimension and optionally a second.</summary>
    /// <exception cref="SearchRequestException">An unknown or ungroupable dimension, or a bad filter.</exception>
    public OutcomeTable Outcomes(SearchRequest request, string groupBy, string? thenBy = null, OutcomeOrder order = OutcomeOrder.Count)
    {
        ArgumentNullException.ThrowIfNull(request);
        var first = Groupable(groupBy);
        var second = string.IsNullOrWhiteSpace(thenBy) ? null : Groupable(thenBy);
        if (second == first)
        {
            throw new SearchRequestException($"Choose two different dimensions for a cross-tab (both were '{first.Name}').");
        }

        return searcher.Use(s => OutcomeTabulation.Run(s, searcher.QueryAnalyzer, request, first, second, order));
    }

    private static FacetDimension Groupable(string name)
    {
        var dimension = GroupableDimensions.FirstOrDefault(d => string.Equals(d.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return dimension ?? throw new SearchRequestException(
            $"Cannot group by '{name}'. Choose one of: {string.Join(", ", GroupableDimensions.Select(d => d.Name))}.");
    }
}
