using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Execution;

/// <summary>
/// Runs one search over contiguous slices of a reader's segments on several cores at once, each slice into its
/// own collector; the caller merges. The drill-sideways pass is CPU-bound (scoring plus counting every match), so
/// on an otherwise idle machine a broad query's latency drops with the number of cores.
/// </summary>
/// <remarks>
/// Slices follow document order (slice 0 holds the lowest doc ids), so merging hits by (score or sort values, then
/// slice) gives the same order as one pass with its doc-id tie-break. Small indexes are not split. Every pass through
/// <see cref="Run"/> first waits for a core (<see cref="PassAdmission"/>); its slices run side by side only on the cores it was given, else
/// one after another on its own thread, into the same collectors.
/// </remarks>
internal sealed class SlicedSearch : IndexSearcher
{
    /// <summary>Below this many documents a second thread costs more than it saves.</summary>
    public const int MinDocsToSplit = 100_000;

    /// <summary>Documents scored between two looks at the clock: small enough to stop promptly, large enough to cost nothing.</summary>
    private const int BudgetWindow = 1 << 14;

    private readonly IList<AtomicReaderContext>[] slices;
    private readonly PassAdmission admission;

    /// <param name="admission">The cores passes wait for (shared by every commit's searcher); none: one a core of this machine.</param>
    /// <param name="slices">How many slices at most (default: the processor count, up to 4).</param>
    public SlicedSearch(IndexReader reader, int minDocsToSplit = MinDocsToSplit, PassAdmission? admission = null, int? slices = null)
        : base(reader)
    {
        this.admission = admission ?? new PassAdmission(Environment.ProcessorCount);
        this.slices = Split(reader.Leaves, reader.MaxDoc < minDocsToSplit ? 1 : Math.Clamp(slices ?? Environment.ProcessorCount, 1, 4));
    }

    /// <summary>How many collectors <see cref="Run"/> needs for this searcher.</summary>
    public static int SliceCount(IndexSearcher searcher) => searcher is SlicedSearch sliced ? sliced.slices.Length : 1;

    /// <summary>Searches slice i into collectors[i] (one plain search when the searcher is not sliced).</summary>
    /// <exception cref="SearchTimeoutException">The request's budget was spent, waiting for a core or searching.</exception>
    public static void Run(IndexSearcher searcher, Query query, Filter? filter, IReadOnlyList<ICollector> collectors)
    {
        if (searcher is not SlicedSearch sliced)
        {
            searcher.Search(query, filter, collectors[0]);
            return;
        }

        using var cores = sliced.admission.Enter(sliced.slices.Length, SearchBudget.Current);
        if (sliced.slices.Length == 1)
        {
            searcher.Search(query, filter, collectors[0]);
            return;
        }

        var weight = sliced.CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
        if (cores.Cores == 1)
        {
            for (var i = 0; i < sliced.slices.Length; i++)
            {
                sliced.Search(sliced.slices[i], weight, collectors[i]);
            }

            return;
        }

        try
        {
            Parallel.For(0, sliced.slices.Length, new ParallelOptions { MaxDegreeOfParallelism = cores.Cores }, i => sliced.Search(sliced.slices[i], weight, collectors[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is SearchTimeoutException or OperationCanceledException) is { } stopped)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(stopped).Throw();
        }
    }

    /// <summary>
    /// Lucene's leaf loop, scoring each segment in windows of <see cref="BudgetWindow"/> documents and checking the
    /// request's <see cref="SearchBudget"/> between windows, so an expensive query stops within a window of its
    /// budget even when it matches nothing (a collector alone would only see matches).
    /// </summary>
    protected override void Search(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector)
    {
        var budget = SearchBudget.Current;
        if (budget is null)
        {
            base.Search(leaves, weight, collector);
            return;
        }

        foreach (var leaf in leaves)
        {
            budget.Check();
            try
            {
                collector.SetNextReader(leaf);
            }
            catch (CollectionTerminatedException)
            {
                continue;
            }

            var scorer = weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            try
            {
                for (var max = BudgetWindow; scorer.Score(collector, max); max = max > int.MaxValue - BudgetWindow ? int.MaxValue : max + BudgetWindow)
                {
                    budget.Check();
                }
            }
            catch (CollectionTerminatedException)
            {
                // The collector has all it wants from this segment.
            }
        }
    }

    private static IList<AtomicReaderContext>[] Split(IList<AtomicReaderContext> leaves, int parts)
    {
        parts = Math.Min(parts, Math.Max(1, leaves.Count));
        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var slices = new List<IList<AtomicReaderContext>>();
        var current = new List<AtomicReaderContext>();
        long filled = 0;
        foreach (var leaf in leaves)
        {
            current.Add(leaf);
            filled += leaf.AtomicReader.MaxDoc;
            if (slices.Count < parts - 1 && filled * parts >= total * (slices.Count + 1))
            {
                slices.Add(current);
                current = [];
            }
        }

        if (current.Count > 0 || slices.Count == 0)
        {
            slices.Add(current);
        }

        return [.. slices];
    }
}
