using ImrSearch.Search;

namespace ImrSearch.Web.Searching;

/// <summary>
/// When a search finds nothing: for each thing the user could drop (the query, or one filter dimension), how many
/// decided items the search would find without it. Counted by running those searches, so the advice is exact.
/// </summary>
public static class NoResultsAdvice
{
    public static IReadOnlyList<DropSuggestion> For(SearchParameters parameters, ISearchCore search)
    {
        var suggestions = new List<DropSuggestion>();
        foreach (var dimension in parameters.Selections.Select(s => s.Dimension).Distinct())
        {
            var values = string.Join(", ", parameters.Selections.Where(s => s.Dimension == dimension).Select(s => s.Value));
            suggestions.Add(Count($"the {dimension.Label.ToLowerInvariant()} filter ({values})", parameters.WithoutDimension(dimension.Name), search));
        }
        if (parameters.Query.Length > 0 && parameters.HasFilters)
        {
            suggestions.Add(Count($"the query “{parameters.Query}”", parameters.WithoutQuery(), search));
        }
        if (parameters.Selections.Select(s => s.Dimension).Distinct().Count() > 1)
        {
            suggestions.Add(Count("all filters", parameters.WithoutFilters(), search));
        }
        return suggestions.OrderByDescending(s => s.Total).ToList();
    }

    private static DropSuggestion Count(string what, SearchParameters without, ISearchCore search)
    {
        var first = without.WithPage(1) with { Size = SearchRequest.MinPageSize };
        return new DropSuggestion(what, without.WithPage(1), search.Search(first.ToRequest(facetTopN: 1)).Total);
    }
}

/// <param name="What">What would be dropped, as a phrase ("the treatment filter (MRI)").</param>
/// <param name="Parameters">The search without it.</param>
/// <param name="Total">Decided items that search finds.</param>
public sealed record DropSuggestion(string What, SearchParameters Parameters, long Total);
