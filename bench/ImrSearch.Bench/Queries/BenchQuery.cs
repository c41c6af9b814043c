using ImrSearch.Precedents;
using ImrSearch.Search;

namespace ImrSearch.Bench.Queries;

/// <summary>
/// One query of the mix: its class, what the user typed and picked (facet values, date ranges), the page asked for, and
/// whether it asks for the trend of the search (outcomes by period) instead of a page of hits.
/// </summary>
internal sealed record BenchQuery(
    string Class,
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    int Page = 1,
    int PageSize = 10,
    SearchSort Sort = SearchSort.Relevance,
    DateRanges? Dates = null,
    bool Trend = false)
{
    public SearchRequest ToRequest() => new(Query, Filters, Sort, Page, PageSize) { Dates = Dates ?? DateRanges.None };

    /// <summary>Runs the query as the site would (a search, or the trend of one); returns the items it counted.</summary>
    public long Run(DecisionSearcher searcher)
    {
        if (!Trend)
        {
            return searcher.Search(ToRequest()).Total;
        }

        var trend = new PrecedentExplorer(searcher).Trend(ToRequest());
        return trend.Decisions + trend.Undated;
    }

    /// <summary>The same search as a site URL path and query string (q, one parameter per selected facet value, sort, page, size).</summary>
    public string ToUrl(string path)
    {
        if (Trend)
        {
            path = path == "/" ? "/trends" : path.Replace("/search", "/trends", StringComparison.Ordinal);
        }

        var parts = new List<string>();
        if (Query.Length > 0)
        {
            parts.Add("q=" + Uri.EscapeDataString(Query));
        }

        foreach (var (dimension, values) in Filters)
        {
            parts.AddRange(values.Select(v => Uri.EscapeDataString(dimension) + "=" + Uri.EscapeDataString(v)));
        }

        foreach (var (kind, range) in (Dates ?? DateRanges.None).Active)
        {
            if (range.From is { } from)
            {
                parts.Add(DateRanges.Parameter(kind, true) + "=" + from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (range.To is { } to)
            {
                parts.Add(DateRanges.Parameter(kind, false) + "=" + to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
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
        var dates = (Dates ?? DateRanges.None).Key();
        return $"{(Trend ? "trend of " : "")}{(Query.Length == 0 ? "(browse)" : Query)}{(filters.Length > 0 ? " [" + filters + "]" : "")}"
            + $"{(dates.Length > 0 ? " [" + dates + "]" : "")}{(Page > 1 ? $" page {Page}" : "")}";
    }
}
