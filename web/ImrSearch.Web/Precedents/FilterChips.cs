using ImrSearch.Search;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Precedents;

/// <summary>One filter of a search shown as a chip, and the route values of the same page without it.</summary>
public sealed record FilterChip(string Dimension, string Value, RouteValueDictionary Without);

/// <summary>
/// The removable chips of an analysis page's filters (facet values and date ranges): each links to the same page,
/// with everything else it shows kept, less that one filter.
/// </summary>
/// <param name="Page">The Razor page the chips link to ("/Outcomes").</param>
/// <param name="Label">What the chips are, for assistive technology.</param>
/// <param name="WithoutAll">The same page with no filter at all.</param>
public sealed record FilterChips(string Page, string Label, IReadOnlyList<FilterChip> Chips, RouteValueDictionary WithoutAll)
{
    /// <param name="routeValues">The page's route values for a search (the page's own parameters kept).</param>
    public static FilterChips Of(string page, string label, SearchParameters search, Func<SearchParameters, RouteValueDictionary> routeValues)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(routeValues);
        var chips = search.Selections
            .Select(s => new FilterChip(s.Dimension.Label, s.Value, routeValues(search.Without(s))))
            .Concat(search.Dates.Active.Select(d => new FilterChip(DateRanges.Describe(d.Kind), search.DescribeRange(d.Kind), routeValues(search.WithoutDates(d.Kind)))))
            .ToList();
        return new FilterChips(page, label, chips, routeValues(search.WithoutFilters()));
    }
}
