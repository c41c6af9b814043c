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

    /// <summary>Items within every range (null for none).</summary>
    public static Query? Within(DateRanges ranges)
    {
        BooleanQuery? all = null;
        foreach (var (kind, range) in ranges.Active)
        {
            all ??= new BooleanQuery(disableCoord: true);
            all.Add(
                NumericRangeQuery.NewInt32Range(Field(kind), range.From is { } from ? DateKey.Of(from) : null, range.To is { } to ? DateKey.Of(to) : null, true, true),
                Occur.MUST);
        }

        return all;
    }

    /// <summary>The query limited to the ranges, scoring as the query alone.</summary>
    public static Query Restrict(Query query, DateRanges ranges) =>
        Within(ranges) is { } within ? new FilteredQuery(query, new QueryWrapperFilter(within)) : query;

    /// <summary>Items that state the date.</summary>
    public static Query Stated(DateKind kind) => NumericRangeQuery.NewInt32Range(Field(kind), null, null, true, true);
}
