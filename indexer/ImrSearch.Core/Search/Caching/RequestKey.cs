using System.Text;
using ImrSearch.Search.Querying;

namespace ImrSearch.Search.Caching;

/// <summary>The key of what a request selects on one commit, for the caches that keep results of it.</summary>
internal static class RequestKey
{
    /// <summary>
    /// Everything that decides a list (not the page): the commit, the sort when the result depends on it (null for
    /// results in no order, such as a trend's counts), the date ranges, the query and the facet selections in a
    /// canonical order, so a cached result is reused only for the same selection.
    /// </summary>
    public static string Of(long commit, SearchRequest request, SearchSort? sort)
    {
        var key = new StringBuilder();
        key.Append(commit)
            .Append('\u001f').Append(sort?.ToString() ?? "-")
            .Append('\u001f').Append(request.Dates.Key())
            .Append('\u001f').Append(request.Query?.Trim());
        foreach (var (dimension, values) in request.Filters.OrderBy(f => f.Key, StringComparer.OrdinalIgnoreCase))
        {
            key.Append('\u001f').Append(dimension.ToLowerInvariant()).Append('=');
            foreach (var value in values.Select(FacetValueQuery.Normalize).Order(StringComparer.Ordinal))
            {
                key.Append(value).Append('\u001e');
            }
        }

        return key.ToString();
    }
}
