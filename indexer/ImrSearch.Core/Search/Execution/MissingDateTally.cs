using ImrSearch.Search.Caching;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ImrSearch.Search.Execution;

/// <summary>
/// Tells, for each document a date-gated pass sees (<see cref="Querying.DateRangeQuery.Gate"/>: within each range or
/// without its date), whether it is within every range or left out by one for want of that date, and counts the
/// latter per range. One per slice of a search; the drill-sideways collector asks it first and counts an item only
/// when it also passes every facet selection.
/// </summary>
/// <remarks>
/// This replaces a second pass of the query over the undated items (<see cref="MissingDateCount"/>): the gate lets
/// the undated items through the query's one evaluation, and each costs a bit test per range here.
/// </remarks>
internal sealed class MissingDateTally(OpenedCommit commit, IReadOnlyList<DateKind> ranged)
{
    /// <summary>What <see cref="Missing"/> answers for an item with every ranged date.</summary>
    public const int Dated = -1;

    /// <summary>What <see cref="Missing"/> answers for an item without two or more ranged dates: no range's count.</summary>
    public const int SeveralMissing = int.MaxValue;

    private readonly long[] counts = new long[ranged.Count];
    private readonly FixedBitSet[] undated = new FixedBitSet[ranged.Count];

    public IReadOnlyList<DateKind> Ranged => ranged;

    public void SetNextReader(AtomicReaderContext context)
    {
        for (var r = 0; r < ranged.Count; r++)
        {
            undated[r] = commit.UndatedIn(context.AtomicReader, ranged[r]);
        }
    }

    /// <summary>
    /// <see cref="Dated"/>; else the index (in <see cref="Ranged"/>) of the one ranged date the item lacks; else
    /// <see cref="SeveralMissing"/>. A document the gate let through with a date has it within the range.
    /// </summary>
    public int Missing(int doc)
    {
        var missing = Dated;
        for (var r = 0; r < undated.Length; r++)
        {
            if (undated[r].Get(doc))
            {
                if (missing != Dated)
                {
                    return SeveralMissing;
                }

                missing = r;
            }
        }

        return missing;
    }

    /// <summary>Counts an item left out by the range at this index alone.</summary>
    public void Count(int range) => counts[range]++;

    /// <summary>The slices' counts, one per ranged date in <see cref="Ranged"/> order.</summary>
    public static IReadOnlyList<MissingDates> Sum(IReadOnlyList<MissingDateTally> slices) =>
        slices.Count == 0
            ? []
            : [.. slices[0].Ranged.Select((kind, r) => new MissingDates(kind, slices.Sum(s => s.counts[r])))];
}
