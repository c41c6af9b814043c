using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Search;
using ImrSearch.Search.Execution;
using ImrSearch.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Precedents;

/// <summary>
/// Counts upheld and overturned items per month of their decision date in one pass, reading the decision-date doc
/// values and the decision facet's ordinals (as <see cref="OutcomeCollector"/> does); months are year * 12 + month - 1.
/// One collector per slice of a sliced search (<see cref="Count"/>).
/// </summary>
/// <remarks>
/// A broad query's trend visits every item, so the loop is kept to array reads: the decision of each segment ordinal
/// is looked up once per segment, and the month is taken from the yyyymmdd key by arithmetic. Months of the program's
/// years go to an array; a date outside them (a letter's typo, still a valid date) to a dictionary.
/// </remarks>
internal sealed class TrendCollector : ICollector
{
    private const sbyte NoOutcome = -1;
    private const int FirstYear = 1990;
    private const int LastYear = 2100;
    private const int FirstMonth = FirstYear * 12;

    private readonly ReaderFacetOrdinals ordinals;
    private readonly int decision;
    private readonly sbyte[] outcomeByOrdinal;
    private readonly long[] counts = new long[(LastYear - FirstYear + 1) * 12 * 2];
    private readonly Dictionary<int, (long Upheld, long Overturned)> outside = [];
    private sbyte[] segmentOutcomes = [];
    private int[]? single;
    private int[]? starts;
    private int[]? values;
    private NumericDocValues? dates;

    public TrendCollector(ReaderFacetOrdinals ordinals)
    {
        this.ordinals = ordinals;
        decision = ordinals.Dimensions.ToList().IndexOf(IndexSchema.Decision);
        outcomeByOrdinal = [.. ordinals.Values(decision).Select(v => Enum.TryParse<Decision>(v, out var d) ? (sbyte)(d == Decision.Upheld ? 0 : 1) : NoOutcome)];
    }

    public long Undated { get; private set; }

    /// <summary>Counts the scope's items month by month, its slices on as many threads as the searcher splits into.</summary>
    public static MonthlyOutcomes Count(SearchScope scope)
    {
        var slices = Enumerable.Range(0, SlicedSearch.SliceCount(scope.Searcher)).Select(_ => new TrendCollector(scope.Commit.FacetOrdinals)).ToArray();
        SlicedSearch.Run(scope.Searcher, scope.Query, scope.Filter, slices);
        foreach (var slice in slices.Skip(1))
        {
            slice.MergeInto(slices[0]);
        }

        return new MonthlyOutcomes(slices[0].ByMonth(), slices[0].Undated, scope.Notes.Count == 0 ? null : string.Join(" ", scope.Notes));
    }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Every month with a decision: (upheld, overturned).</summary>
    private Dictionary<int, (long Upheld, long Overturned)> ByMonth()
    {
        var byMonth = new Dictionary<int, (long Upheld, long Overturned)>(outside);
        for (var slot = 0; slot < counts.Length; slot += 2)
        {
            if (counts[slot] + counts[slot + 1] > 0)
            {
                byMonth[FirstMonth + (slot / 2)] = (counts[slot], counts[slot + 1]);
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

        total.Undated += Undated;
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var segment = ordinals.Segments[context.Ord][decision];
        var toGlobal = ordinals.SegmentToGlobal[context.Ord][decision];
        segmentOutcomes = [.. toGlobal.Select(global => outcomeByOrdinal[global])];
        single = segment.Single;
        starts = segment.Starts;
        values = segment.Values;
        dates = context.AtomicReader.GetNumericDocValues(IndexSchema.DecisionDateSort);
    }

    public void Collect(int doc)
    {
        var ordinal = single is not null ? single[doc] : starts![doc] < starts[doc + 1] ? values![starts[doc]] : -1;
        var outcome = ordinal < 0 ? NoOutcome : segmentOutcomes[ordinal];
        if (outcome == NoOutcome)
        {
            return;
        }

        var key = dates?.Get(doc) ?? 0;
        if (key == 0 || DateKey.ToDate(key) is not { } date)
        {
            Undated++;
            return;
        }

        var slot = ((date.Year * 12) + date.Month - 1 - FirstMonth) * 2;
        if (slot >= 0 && slot < counts.Length)
        {
            counts[slot + outcome]++;
            return;
        }

        var month = (date.Year * 12) + date.Month - 1;
        var (upheld, overturned) = outside.GetValueOrDefault(month);
        outside[month] = outcome == 0 ? (upheld + 1, overturned) : (upheld, overturned + 1);
    }
}
