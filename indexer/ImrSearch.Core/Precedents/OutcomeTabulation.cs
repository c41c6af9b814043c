using ImrSearch.Index;
using ImrSearch.Search;

namespace ImrSearch.Precedents;

/// <summary>Builds an <see cref="OutcomeTable"/> for the decided items of a search request (its <see cref="SearchScope"/>).</summary>
internal static class OutcomeTabulation
{
    public static OutcomeTable Run(SearchScope scope, FacetDimension groupBy, FacetDimension? thenBy, OutcomeOrder order)
    {
        var ordinals = scope.Commit.FacetOrdinals;
        var group = ordinals.DimensionIndex(groupBy);
        var then = thenBy is null ? -1 : ordinals.DimensionIndex(thenBy);
        var collector = new OutcomeCollector(ordinals, group, then, ordinals.DimensionIndex(IndexSchema.Decision));
        scope.Searcher.Search(scope.Matches, scope.Filter, collector);

        string? ValueOf(int dimension, int ordinal) => ordinal < 0 ? null : ordinals.Values(dimension)[ordinal];
        var groups = collector.Cells()
            .Select(cell => new OutcomeGroup(
                ValueOf(group, cell.Group),
                then < 0 ? null : ValueOf(then, cell.Then),
                cell.Upheld + cell.Overturned,
                cell.Upheld,
                cell.Overturned))
            .ToList();

        return new OutcomeTable(
            groupBy,
            thenBy,
            collector.Upheld + collector.Overturned,
            collector.Upheld,
            collector.Overturned,
            Order(groups, order),
            scope.Notes.Count == 0 ? null : string.Join(" ", scope.Notes));
    }

    public static IReadOnlyList<OutcomeGroup> Order(IEnumerable<OutcomeGroup> groups, OutcomeOrder order)
    {
        // Groups without a value ("not stated") always come last: they are a caveat, not a finding.
        var byValue = groups
            .OrderBy(g => g.Value is null)
            .ThenBy(g => g.Value, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.SecondValue is null)
            .ThenBy(g => g.SecondValue, StringComparer.OrdinalIgnoreCase);
        return order switch
        {
            OutcomeOrder.Value => [.. byValue],
            OutcomeOrder.OverturnRate => [.. byValue
                .OrderBy(g => g.Value is null)
                .ThenByDescending(g => g.HasEnoughDecisions)
                .ThenByDescending(g => g.OverturnRate)
                .ThenByDescending(g => g.Count)],
            _ => [.. byValue.OrderBy(g => g.Value is null).ThenByDescending(g => g.Count)],
        };
    }
}
