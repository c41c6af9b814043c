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

    /// <summary>
    /// The segment's items within the range: random access (the filtered query's test of each posting), or one scan
    /// of the keys when the range leads (every item within a range, see <see cref="DateRangeQuery"/>).
    /// </summary>
    private sealed class InRange(int[] keys, int from, int to, bool orUndated, IBits? acceptDocs) : DocIdSet, IBits
    {
        public override IBits Bits => this;

        public override bool IsCacheable => true;

        public int Length => keys.Length;

        public bool Get(int doc)
        {
            var key = keys[doc];
            return ((key >= from && key <= to) || (orUndated && key == 0)) && (acceptDocs is null || acceptDocs.Get(doc));
        }

        public override DocIdSetIterator GetIterator() => new Scan(keys, from, to, orUndated, acceptDocs);
    }

    /// <summary>The keys scanned in one loop (Lucene's iterator over a random-access set makes a virtual call per document).</summary>
    private sealed class Scan(int[] keys, int from, int to, bool orUndated, IBits? acceptDocs) : DocIdSetIterator
    {
        private int doc = -1;

        public override int DocID => doc;

        public override int NextDoc() => doc == NO_MORE_DOCS ? doc : Advance(doc + 1);

        public override int Advance(int target)
        {
            for (var next = target; next < keys.Length; next++)
            {
                var key = keys[next];
                if (((key >= from && key <= to) || (orUndated && key == 0)) && (acceptDocs is null || acceptDocs.Get(next)))
                {
                    return doc = next;
                }
            }

            return doc = NO_MORE_DOCS;
        }

        public override long GetCost() => keys.Length;
    }
}
