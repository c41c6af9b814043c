using ImrSearch.Precedents;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Precedents;

/// <summary>
/// The trends page's URL state: the search it follows (the search page's own parameters) plus <c>interval</c>
/// (<c>auto</c>, <c>month</c>, <c>quarter</c> or <c>year</c>; auto chooses from the span of the dates shown).
/// </summary>
public sealed record TrendParameters(SearchParameters Search, TrendInterval? Interval, IReadOnlyList<string> Errors)
{
    public const string Auto = "auto";

    public bool IsValid => Search.IsValid && Errors.Count == 0;

    public IEnumerable<string> AllErrors => Search.Errors.Concat(Errors);

    public string IntervalName => Interval is { } interval ? OutcomeTrend.Name(interval) : Auto;

    public static TrendParameters From(IQueryCollection query)
    {
        var search = SearchParameters.From(query);
        var text = query["interval"].ToString().Trim();
        if (text.Length == 0 || string.Equals(text, Auto, StringComparison.OrdinalIgnoreCase))
        {
            return new TrendParameters(search, null, []);
        }

        var interval = Enum.GetValues<TrendInterval>().Where(i => string.Equals(OutcomeTrend.Name(i), text, StringComparison.OrdinalIgnoreCase)).ToList();
        return interval.Count == 1
            ? new TrendParameters(search, interval[0], [])
            : new TrendParameters(search, null, ["Interval must be one of: auto, month, quarter, year."]);
    }

    /// <summary>The route values of a search's trend page, its interval automatic.</summary>
    public static RouteValueDictionary RouteValuesOf(SearchParameters search) => new TrendParameters(search, null, []).ToRouteValues();

    /// <summary>The route values of this page (its search from the first page and the interval, when chosen).</summary>
    public RouteValueDictionary ToRouteValues()
    {
        var values = (Search with { Page = 1 }).ToRouteValues();
        if (Interval is { } interval)
        {
            values["interval"] = OutcomeTrend.Name(interval);
        }

        return values;
    }

    /// <summary>The chips of this trend's filters, each linking to this page without it.</summary>
    public FilterChips Chips => FilterChips.Of("/Trends", "Filters of this trend", Search, search => (this with { Search = search }).ToRouteValues());
}
