using ImrSearch.Index;
using Lucene.Net.Index;

namespace ImrSearch.Search.Execution;

/// <summary>
/// Each document's decision-date key (yyyymmdd, 0 when its letter states none), read once per segment from the doc
/// values the newest-first sort keeps (<see cref="IndexSchema.DecisionDateSort"/>) and kept with the segment's state.
/// </summary>
/// <remarks>
/// Lucene.Net reads a numeric doc value from the index file on every call (a seek and a few bytes): a profile of a
/// range over a broad phrase at a million items put that read (DirectPackedReader) beside the phrase matching itself.
/// From this array a range test is one load. Four bytes a document.
/// </remarks>
internal static class DecidedKeys
{
    public static int[] Read(AtomicReader segment)
    {
        var keys = new int[segment.MaxDoc];
        if (segment.GetNumericDocValues(IndexSchema.DecisionDateSort) is { } dates)
        {
            for (var doc = 0; doc < keys.Length; doc++)
            {
                keys[doc] = (int)dates.Get(doc);
            }
        }

        return keys;
    }
}
