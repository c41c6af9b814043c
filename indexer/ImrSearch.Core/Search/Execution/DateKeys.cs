using ImrSearch.Index;
using ImrSearch.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ImrSearch.Search.Execution;

/// <summary>
/// Each document's key (yyyymmdd, 0 when its letter does not state the date) for one kind of date, read once per
/// segment and kept with the segment's state: decision dates from the doc values the newest-first sort keeps
/// (<see cref="IndexSchema.DecisionDateSort"/>), the other dates from their indexed full-precision terms.
/// </summary>
/// <remarks>
/// Lucene.Net reads a numeric doc value from the index file on every call (a seek and a few bytes): a profile of a
/// range over a broad phrase at a million items put that read (DirectPackedReader) beside the phrase matching itself.
/// Injury and receipt dates have no doc values, and a range over their terms built a bit set of the whole range and
/// leapfrogged with the query. From this array a range test is one load. Four bytes a document and kind.
/// </remarks>
internal static class DateKeys
{
    public static int[] Read(AtomicReader segment, DateKind kind)
    {
        var keys = new int[segment.MaxDoc];
        if (kind == DateKind.Decided)
        {
            if (segment.GetNumericDocValues(IndexSchema.DecisionDateSort) is { } dates)
            {
                for (var doc = 0; doc < keys.Length; doc++)
                {
                    keys[doc] = (int)dates.Get(doc);
                }
            }

            return keys;
        }

        if (segment.GetTerms(DateRangeQuery.Field(kind)) is { } terms)
        {
            // An item has one date of each kind, so each document is written once.
            var fullPrecision = NumericUtils.FilterPrefixCodedInt32s(terms.GetEnumerator());
            DocsEnum? docs = null;
            while (fullPrecision.MoveNext())
            {
                var key = NumericUtils.PrefixCodedToInt32(fullPrecision.Term);
                docs = fullPrecision.Docs(null, docs, DocsFlags.NONE);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    keys[doc] = key;
                }
            }
        }

        return keys;
    }
}
