using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Querying;

/// <summary>
/// Items whose date of one kind is within [from, to] (yyyymmdd keys), read from each segment's keys for that date
/// (read once per segment: see <see cref="Execution.DateKeys"/>); with <paramref name="orUndated"/>, also the items
/// without that date.
/// </summary>
/// <param name="segmentKeys">A segment's keys for the date, from where they are kept.</param>
/// <remarks>
/// A range over the indexed date terms builds a bit set of every item in the range before the query runs: for
/// "since 2018" at a million items, most of the index, on every search. This filter offers random access instead, so
/// <see cref="FilteredQuery"/> tests the date of each posting the query reads, with one array load, and builds
/// nothing. Items without the date hold 0 and are outside every range.
/// </remarks>
internal sealed class DateKeyFilter(DateKind kind, int from, int to, Func<AtomicReader, DateKind, int[]> segmentKeys, bool orUndated = false) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        new InRange(segmentKeys(context.AtomicReader, kind), from, to, orUndated, acceptDocs);

    public override bool Equals(object? obj) =>
        obj is DateKeyFilter other && other.Kind == Kind && other.From == From && other.To == To && other.OrUndated == OrUndated;

    public override int GetHashCode() => HashCode.Combine(Kind, From, To, OrUndated);

    public override string ToString() => $"{DateRangeQuery.Field(kind)}:[{From} TO {To}]{(OrUndated ? " or undated" : "")}";

    private DateKind Kind => kind;

    private int From => from;

    private int To => to;

    private bool OrUndated => orUndated;

    private sealed class InRange(int[] keys, int from, int to, bool orUndated, IBits acceptDocs) : FieldCacheDocIdSet(keys.Length, acceptDocs)
    {
        protected override bool MatchDoc(int doc)
        {
            var key = keys[doc];
            return (key >= from && key <= to) || (orUndated && key == 0);
        }
    }
}
