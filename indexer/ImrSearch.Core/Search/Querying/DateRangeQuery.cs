using ImrSearch.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>Date ranges as Lucene filters over the yyyymmdd date fields of item documents.</summary>
internal static class DateRangeQuery
{
    public static string Field(DateKind kind) => kind switch
    {
        DateKind.Decided => IndexSchema.DecidedDate,
        DateKind.Injured => IndexSchema.InjuredDate,
        _ => IndexSchema.ReceivedDate,
    };

    /// <summary>
    /// The query limited to the ranges, scoring as the query alone. Decision dates are tested on each document the
    /// query matches (<see cref="DecidedDateFilter"/>, query first: as random access the test would run on every
    /// posting of every term, several times per match for a phrase); the other dates, which have no doc values,
    /// through their indexed terms.
    /// </summary>
    public static Query Restrict(Query query, DateRanges ranges)
    {
        foreach (var (kind, range) in ranges.Active)
        {
            query = kind == DateKind.Decided
                ? new FilteredQuery(query, new DecidedDateFilter(range.From is { } from ? DateKey.Of(from) : 1, range.To is { } to ? DateKey.Of(to) : int.MaxValue), FilteredQuery.QUERY_FIRST_FILTER_STRATEGY)
                : new FilteredQuery(query, new QueryWrapperFilter(NumericRangeQuery.NewInt32Range(Field(kind), range.From is { } start ? DateKey.Of(start) : null, range.To is { } end ? DateKey.Of(end) : null, true, true)));
        }

        return query;
    }
}
