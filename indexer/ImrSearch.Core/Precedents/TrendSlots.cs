using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Search.Facets;
using Lucene.Net.Index;

namespace ImrSearch.Precedents;

/// <summary>
/// Where each document of a segment counts in a trend, read once per segment (and kept with its state): the month of
/// its decision date and its outcome folded into one slot, (month - <see cref="FirstMonth"/>) * 2 + outcome (0
/// upheld, 1 overturned), or a negative mark. A trend then reads one array per hit instead of decoding the date and
/// the decision's ordinal from doc values.
/// </summary>
/// <remarks>Two bytes per document. Months of 1990 to 2100 have slots; a date outside them is marked and read again.</remarks>
internal static class TrendSlots
{
    public const short NoOutcome = -1;
    public const short Undated = -2;

    /// <summary>Upheld, decided outside the slotted years (overturned is <see cref="OutsideUpheld"/> - 1).</summary>
    public const short OutsideUpheld = -3;

    public const int FirstYear = 1990;
    public const int LastYear = 2100;
    public const int FirstMonth = FirstYear * 12;
    public const int Count = (LastYear - FirstYear + 1) * 12 * 2;

    /// <param name="decision">The segment's ordinals of the decision dimension.</param>
    /// <param name="decidedKeys">The segment's decision-date keys (see <see cref="Search.Execution.DateKeys"/>).</param>
    public static short[] Read(AtomicReader segment, SegmentDimensionOrdinals decision, int[] decidedKeys)
    {
        var slots = new short[segment.MaxDoc];
        var values = segment.GetSortedSetDocValues(IndexSchema.Decision.DocValuesField);
        var outcomes = new sbyte[decision.ValueCount];
        for (var ordinal = 0; ordinal < outcomes.Length; ordinal++)
        {
            var term = new Lucene.Net.Util.BytesRef();
            values!.LookupOrd(ordinal, term);
            outcomes[ordinal] = Enum.TryParse<Decision>(term.Utf8ToString(), out var d) ? (sbyte)(d == Decision.Upheld ? 0 : 1) : (sbyte)-1;
        }

        for (var doc = 0; doc < slots.Length; doc++)
        {
            var ordinal = decision.Single is { } single ? single[doc]
                : decision.Starts![doc] < decision.Starts[doc + 1] ? decision.Values![decision.Starts[doc]] : -1;
            var outcome = ordinal < 0 ? -1 : outcomes[ordinal];
            slots[doc] = outcome < 0 ? NoOutcome : Slot(decidedKeys[doc], outcome);
        }

        return slots;
    }

    /// <summary>The month (year * 12 + month - 1) of a decision-date key, or null when it is no date.</summary>
    public static int? Month(long key) =>
        key != 0 && DateKey.ToDate(key) is { } date ? (date.Year * 12) + date.Month - 1 : null;

    private static short Slot(long key, int outcome)
    {
        if (Month(key) is not { } month)
        {
            return Undated;
        }

        var slot = ((month - FirstMonth) * 2) + outcome;
        return slot >= 0 && slot < Count ? (short)slot : (short)(OutsideUpheld - outcome);
    }
}
