using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Precedents;

/// <summary>
/// Counts upheld and overturned items per month of their decision date in one pass, reading the decision-date doc
/// values and the decision facet's ordinals (as <see cref="OutcomeCollector"/> does); months are year * 12 + month - 1.
/// </summary>
internal sealed class TrendCollector : ICollector
{
    private readonly ReaderFacetOrdinals ordinals;
    private readonly int decision;
    private readonly Decision?[] decisionByOrdinal;
    private readonly Dictionary<int, (long Upheld, long Overturned)> byMonth = [];
    private SegmentDimensionOrdinals[] segment = [];
    private int[][] toGlobal = [];
    private NumericDocValues? dates;

    public TrendCollector(ReaderFacetOrdinals ordinals)
    {
        this.ordinals = ordinals;
        decision = ordinals.Dimensions.ToList().IndexOf(IndexSchema.Decision);
        decisionByOrdinal = [.. ordinals.Values(decision).Select(v => Enum.TryParse<Decision>(v, out var d) ? d : (Decision?)null)];
    }

    public IReadOnlyDictionary<int, (long Upheld, long Overturned)> ByMonth => byMonth;

    public long Undated { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        segment = ordinals.Segments[context.Ord];
        toGlobal = ordinals.SegmentToGlobal[context.Ord];
        dates = context.AtomicReader.GetNumericDocValues(IndexSchema.DecisionDateSort);
    }

    public void Collect(int doc)
    {
        var decisions = segment[decision];
        var first = decisions.Single is { } single ? single[doc]
            : decisions.Starts![doc] < decisions.Starts[doc + 1] ? decisions.Values![decisions.Starts[doc]] : -1;
        if (first < 0 || decisionByOrdinal[toGlobal[decision][first]] is not Decision outcome)
        {
            return;
        }

        if (DateKey.ToDate(dates?.Get(doc) ?? 0) is not { } date)
        {
            Undated++;
            return;
        }

        var month = (date.Year * 12) + date.Month - 1;
        var (upheld, overturned) = byMonth.GetValueOrDefault(month);
        byMonth[month] = outcome == Decision.Upheld ? (upheld + 1, overturned) : (upheld, overturned + 1);
    }
}
