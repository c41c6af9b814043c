using ImrSearch.Search.Querying;
using Lucene.Net.Search;

namespace ImrSearch.Search;

/// <summary>
/// Counts, for each date range of a request, the items it left out only because their letter does not state the
/// date: they match the query, the filters and every other range. The search walks the items without the date
/// (kept per segment) and asks the query about those alone.
/// </summary>
/// <remarks>
/// A first pass over the index counts these itself (<see cref="Execution.MissingDateTally"/>); this second pass is
/// for a result set made from a query's recorded hits, which hold only the items within the ranges.
/// </remarks>
internal static class MissingDateCount
{
    public static IReadOnlyList<MissingDates> Count(SearchScope scope)
    {
        var dates = scope.Request.Dates;
        if (dates.IsEmpty || scope.Rewritten is not { } query)
        {
            return [];
        }

        var missing = new List<MissingDates>();
        foreach (var (kind, _) in dates.Active)
        {
            var undated = new FilteredQuery(
                scope.Commit.Items.Restrict(DateRangeQuery.Restrict(query, dates.With(kind, DateRange.Open), scope.Commit.DateKeysIn)),
                scope.Commit.Undated(kind));
            var counter = new TotalHitCountCollector();
            scope.Searcher.Search(undated, scope.Filter, counter);
            missing.Add(new MissingDates(kind, counter.TotalHits));
        }

        return missing;
    }
}
