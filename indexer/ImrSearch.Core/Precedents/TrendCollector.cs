using ImrSearch.Search;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Execution;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Precedents;

/// <summary>
/// Counts upheld and overturned items per month of their decision date in one pass; months are year * 12 + month - 1.
/// One collector per slice of a sliced search (<see cref="Count"/>).
/// </summary>
/// <remarks>
/// A broad query's trend visits every item, so a hit costs one read of its segment's <see cref="TrendSlots"/> and one
/// increment. A date outside the slotted years (a letter's typo, still a valid date) is read from the segment's
/// decision-date keys and counted in a dictionary.
/// </remarks>
internal sealed class TrendCollector(OpenedCommit commit) : ICollector
{
    private readonly long[] counts = new long[TrendSlots.Count];
    private readonly Dictionary<int, (long Upheld, long Overturned)> outside = [];
    private short[] slots = [];
    private int[] dates = [];
    private long undated;

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Counts the scope's items month by month, its slices on as many threads as the searcher splits into.</summary>
    public static MonthlyOutcomes Count(SearchScope scope)
    {
        var slices = Enumerable.Range(0, SlicedSearch.SliceCount(scope.Searcher)).Select(_ => new TrendCollector(scope.Commit)).ToArray();
        SlicedSearch.Run(scope.Searcher, scope.Matches, scope.Filter, slices);
        foreach (var slice in slices.Skip(1))
        {
            slice.MergeInto(slices[0]);
        }

        return new MonthlyOutcomes(slices[0].ByMonth(), slices[0].undated, scope.Notes.Count == 0 ? null : string.Join(" ", scope.Notes));
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        slots = commit.TrendSlots(context);
        dates = commit.DateKeysIn(context.AtomicReader, DateKind.Decided);
    }

    public void Collect(int doc)
    {
        var slot = slots[doc];
        if (slot >= 0)
        {
            counts[slot]++;
        }
        else if (slot == TrendSlots.Undated)
        {
            undated++;
        }
        else if (slot != TrendSlots.NoOutcome && TrendSlots.Month(dates[doc]) is { } month)
        {
            var (upheld, overturned) = outside.GetValueOrDefault(month);
            outside[month] = slot == TrendSlots.OutsideUpheld ? (upheld + 1, overturned) : (upheld, overturned + 1);
        }
    }

    /// <summary>Every month with a decision: (upheld, overturned).</summary>
    private Dictionary<int, (long Upheld, long Overturned)> ByMonth()
    {
        var byMonth = new Dictionary<int, (long Upheld, long Overturned)>(outside);
        for (var slot = 0; slot < counts.Length; slot += 2)
        {
            if (counts[slot] + counts[slot + 1] > 0)
            {
                byMonth[TrendSlots.FirstMonth + (slot / 2)] = (counts[slot], counts[slot + 1]);
            }
        }

        return byMonth;
    }

    /// <summary>Adds this slice's counts to another's.</summary>
    private void MergeInto(TrendCollector total)
    {
        for (var slot = 0; slot < counts.Length; slot++)
        {
            total.counts[slot] += counts[slot];
        }

        foreach (var (month, (upheld, overturned)) in outside)
        {
            var (u, o) = total.outside.GetValueOrDefault(month);
            total.outside[month] = (u + upheld, o + overturned);
        }

        total.undated += undated;
    }
}
