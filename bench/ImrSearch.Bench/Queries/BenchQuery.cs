using ImrSearch.Search;

namespace ImrSearch.Bench.Queries;

/// <summary>One query of the mix: its class, what the user typed and picked, and the page asked for.</summary>
internal sealed record BenchQuery(
    string Class,
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    int Page = 1,
    int PageSize = 10,
    SearchSort Sort = SearchSort.Relevance)
{
    public SearchRequest ToRequest() => new(Query, Filters, Sort, Page, PageSize);

    /// <summary>The same search as a site URL path and query string (q, one parameter per selected facet value, sort, page, size).</summary>
    public string ToUrl(string path)
    {
        var parts = new List<string>();
        if (Query.Length > 0)
        {
            parts.Add("q=" + Uri.EscapeDataString(Query));
        }

        foreach (var (dimension, values) in Filters)
        {
            parts.AddRange(values.Select(v => Uri.EscapeDataString(dimension) + "=" + Uri.EscapeDataString(v)));
        }

        if (Sort != SearchSort.Relevance)
        {
            parts.Add("sort=" + Sort.ToString().ToLowerInvariant());
        }

        if (Page != 1)
        {
            parts.Add("page=" + Page);
        }

        if (PageSize != 10)
        {
            parts.Add("size=" + PageSize);
        }

        return parts.Count == 0 ? path : path + "?" + string.Join('&', parts);
    }

    public override string ToString()
    {
        var filters = string.Join(" ", Filters.Select(f => $"{f.Key}={string.Join("|", f.Value)}"));
        return $"{(Query.Length == 0 ? "(browse)" : Query)}{(filters.Length > 0 ? " [" + filters + "]" : "")}{(Page > 1 ? $" page {Page}" : "")}";
    }
}
