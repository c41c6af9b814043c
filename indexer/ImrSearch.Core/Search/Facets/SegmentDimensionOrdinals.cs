using Lucene.Net.Index;

namespace ImrSearch.Search.Facets;

/// <summary>
/// One dimension's sorted-set doc values of one segment, copied into arrays: the counting loop then reads an
/// array instead of making several virtual calls per document and value.
/// </summary>
/// <remarks>
/// Segment ordinals, not global ones: segments are immutable, so these arrays are reused by every reader that
/// shares the segment, and a refresh only builds them for new segments. Single-valued dimensions (most) take one
/// int per document; multi-valued ones (specialty, guideline...) a start offset per document and their values.
/// </remarks>
internal sealed class SegmentDimensionOrdinals
{
    private SegmentDimensionOrdinals(int valueCount, int[]? single, int[]? starts, int[]? values)
    {
        ValueCount = valueCount;
        Single = single;
        Starts = starts;
        Values = values;
    }

    /// <summary>Distinct values in this segment.</summary>
    public int ValueCount { get; }

    /// <summary>How long an array of per-slot counts is: one slot per value, after slot 0 for "no value".</summary>
    public int SlotCount => ValueCount + 1;

    /// <summary>Document to its one segment ordinal (-1 for none), when no document has two values.</summary>
    public int[]? Single { get; }

    /// <summary>Multi-valued: the values of document d are Values[Starts[d]..Starts[d + 1]).</summary>
    public int[]? Starts { get; }

    public int[]? Values { get; }

    public static SegmentDimensionOrdinals Read(SortedSetDocValues? docValues, int maxDoc)
    {
        if (docValues is null || docValues.ValueCount == 0)
        {
            var none = new int[maxDoc];
            Array.Fill(none, -1);
            return new SegmentDimensionOrdinals(0, none, null, null);
        }

        var valueCount = checked((int)docValues.ValueCount);
        var starts = new int[maxDoc + 1];
        var values = new List<int>(maxDoc);
        var multiValued = false;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = values.Count;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                values.Add((int)ord);
            }

            multiValued |= values.Count - starts[doc] > 1;
        }

        starts[maxDoc] = values.Count;
        if (multiValued)
        {
            return new SegmentDimensionOrdinals(valueCount, null, starts, [.. values]);
        }

        var single = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            single[doc] = starts[doc + 1] > starts[doc] ? values[starts[doc]] : -1;
        }

        return new SegmentDimensionOrdinals(valueCount, single, null, null);
    }

    /// <summary>Whether the document has a value whose segment ordinal is flagged in <paramref name="wanted"/>.</summary>
    public bool HasAny(int doc, bool[] wanted)
    {
        if (Single is { } single)
        {
            var ord = single[doc];
            return ord >= 0 && wanted[ord];
        }

        for (int i = Starts![doc], end = Starts[doc + 1]; i < end; i++)
        {
            if (wanted[Values![i]])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The document's values (segment ordinals), in order; empty when it has none.</summary>
    public ReadOnlySpan<int> ValuesOf(int doc)
    {
        if (Single is { } single)
        {
            return single[doc] < 0 ? [] : single.AsSpan(doc, 1);
        }

        return Values.AsSpan(Starts![doc], Starts[doc + 1] - Starts[doc]);
    }

    /// <summary>Adds the document's values to per-slot counts (slot = segment ordinal + 1, slot 0 = no value).</summary>
    public void Count(int doc, Span<int> slotCounts)
    {
        if (Single is { } single)
        {
            slotCounts[single[doc] + 1]++;
            return;
        }

        for (int i = Starts![doc], end = Starts[doc + 1]; i < end; i++)
        {
            slotCounts[Values![i] + 1]++;
        }
    }
}
