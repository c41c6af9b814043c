using System.Runtime.CompilerServices;
using ImrSearch.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Querying;

/// <summary>
/// A segment's item counts (<see cref="IndexSchema.ItemCount"/>: how many items precede each case document in its
/// block) read once into memory, a byte per document, and kept as long as the segment is open.
/// </summary>
/// <remarks>
/// A summary clause reads the count of every case document it matches. From the doc values that is a seek and a
/// packed read on the memory-mapped file each time: about 2% of the site's CPU under never-seen queries at a million
/// items. A segment of a million items costs 1.3 MB here, read on first use in one pass over its case documents.
/// Letters of 255 items or more (none in the corpus so far) keep their count in a small table beside the bytes.
/// </remarks>
internal sealed class LetterItemCounts
{
    private static readonly ConditionalWeakTable<object, LetterItemCounts> Segments = [];

    private readonly byte[] counts;
    private readonly Dictionary<int, int> large = [];

    private LetterItemCounts(AtomicReader segment, NumericDocValues values)
    {
        counts = new byte[segment.MaxDoc];
        var cases = segment.GetTermDocsEnum(new Term(IndexSchema.Kind, IndexSchema.KindCase));
        if (cases is null)
        {
            return;
        }

        int doc;
        while ((doc = cases.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            var count = (int)Math.Clamp(values.Get(doc), 0, doc);
            if (count < byte.MaxValue)
            {
                counts[doc] = (byte)count;
            }
            else
            {
                counts[doc] = byte.MaxValue;
                large[doc] = count;
            }
        }
    }

    /// <summary>The segment's counts; null when it has none (an index without case documents).</summary>
    public static LetterItemCounts? Of(AtomicReader segment) =>
        segment.GetNumericDocValues(IndexSchema.ItemCount) is { } values
            ? Segments.GetValue(segment.CoreCacheKey, _ => new LetterItemCounts(segment, values))
            : null;

    /// <summary>The first item of the letter whose case document this is (the case document itself when it has none).</summary>
    public int FirstItem(int caseDoc)
    {
        var count = counts[caseDoc];
        return caseDoc - (count < byte.MaxValue ? count : large[caseDoc]);
    }
}
