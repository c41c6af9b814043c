using ImrSearch.Index;
using ImrSearch.Precedents;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Precedents;

/// <summary>
/// The outcomes page's URL state: the search it analyses (the search page's own parameters, so links between the two
/// keep them) plus <c>by</c>, <c>then</c> (cross-tab) and <c>order</c>.
/// </summary>
public sealed record OutcomeParameters(SearchParameters Search, FacetDimension GroupBy, FacetDimension? ThenBy, OutcomeOrder Order, IReadOnlyList<string> Errors)
{
    public static readonly FacetDimension DefaultGroupBy = IndexSchema.Treatment;

    public bool IsValid => Search.IsValid && Errors.Count == 0;

    public IEnumerable<string> AllErrors => Search.Errors.Concat(Errors);

    public static OutcomeParameters From(IQueryCollection query)
    {
        var errors = new List<string>();
        var search = SearchParameters.From(query);
        var groupBy = Dimension(query["by"].ToString(), "Group by", errors) ?? DefaultGroupBy;
        var thenBy = Dimension(query["then"].ToString(), "Then by", errors);
        if (thenBy == groupBy)
        {
            thenBy = null;
        }

        var order = OutcomeOrder.Count;
        var orderText = query["order"].ToString().Trim();
        if (orderText.Length > 0 && !TryParseOrder(orderText, out order))
        {
            errors.Add("Order must be one of: count, rate, value.");
        }

        return new OutcomeParameters(search, groupBy, thenBy, order, errors);
    }

    public static string OrderName(OutcomeOrder order) => order switch
    {
        OutcomeOrder.OverturnRate => "rate",
        OutcomeOrder.Value => "value",
        _ => "count",
    };

    /// <summary>The same search, narrowed to one group (and one outcome when given), from its first page.</summary>
    public SearchParameters SearchOf(OutcomeGroup group, string? decision = null)
    {
        var selections = Search.Selections.ToList();
        void Narrow(FacetDimension dimension, string? value)
        {
            if (value is not null)
            {
                selections.RemoveAll(s => s.Dimension == dimension);
                selections.Add(new FilterValue(dimension, value));
            }
        }

        Narrow(GroupBy, group.Value);
        if (ThenBy is not null)
        {
            Narrow(ThenBy, group.SecondValue);
        }

        Narrow(IndexSchema.Decision, decision);
        return Search with { Selections = selections, Page = 1 };
    }

    /// <summary>Whether a group can be opened as a search: items with no value in a dimension cannot be filtered to.</summary>
    public bool CanSearch(OutcomeGroup group) => group.Value is not null && (ThenBy is null || group.SecondValue is not null);

    /// <summary>The route values of this page (its search from the first page, the grouping and the order).</summary>
    public RouteValueDictionary ToRouteValues()
    {
        var values = (Search with { Page = 1 }).ToRouteValues();
        values["by"] = GroupBy.Name;
        if (ThenBy is not null)
        {
            values["then"] = ThenBy.Name;
        }

        if (Order != OutcomeOrder.Count)
        {
            values["order"] = OrderName(Order);
        }

        return values;
    }

    /// <summary>The chips of this analysis's filters, each linking to this page without it.</summary>
    public FilterChips Chips => FilterChips.Of("/Outcomes", "Filters of this analysis", Search, search => (this with { Search = search }).ToRouteValues());

    private static FacetDimension? Dimension(string name, string label, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var dimension = PrecedentExplorer.GroupableDimensions.FirstOrDefault(d => string.Equals(d.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (dimension is null)
        {
            errors.Add($"{label} must be one of: {string.Join(", ", PrecedentExplorer.GroupableDimensions.Select(d => d.Name))}.");
        }

        return dimension;
    }

    private static bool TryParseOrder(string text, out OutcomeOrder order)
    {
        foreach (var candidate in Enum.GetValues<OutcomeOrder>())
        {
            if (string.Equals(OrderName(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                order = candidate;
                return true;
            }
        }

        order = OutcomeOrder.Count;
        return false;
    }
}
