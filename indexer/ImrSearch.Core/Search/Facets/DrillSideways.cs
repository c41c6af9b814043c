using ImrSearch.Search.Caching;
using ImrSearch.Search.Execution;
using Lucene.Net.Search;

namespace ImrSearch.Search.Facets;

/// <summary>
/// Runs a query with facet selections: collects the hits (query AND every selection) and counts every dimension
/// drill-sideways, in one pass over the smallest set of documents that can affect a count (split over the
/// searcher's slices, see <see cref="SlicedSearch"/>).
/// </summary>
internal static class DrillSideways
{
    /// <summary>
    /// Whether <see cref="Run"/> records the hits of a query with so many selections: recording needs every document
    /// the query matches, and only a pass that no selection narrows visits them all.
    /// </summary>
    public static bool Records(bool matchesEverything, int selections, long record) =>
        record > 0 && !matchesEverything && selections <= 1;

    /// <param name="matchesEverything">The query is "all items", so cached all-item counts can stand in for a pass.</param>
    /// <param name="newHits">Creates a hit collector (one per slice).</param>
    /// <param name="mergeHits">Merges the slices' hits, in slice order.</param>
    /// <param name="record">
    /// Up to how many hits to return every document the query matches with its score, for <see cref="Replay(OpenedCommit, QueryHits, IReadOnlyList{FacetSelection}, Func{ITopDocsCollector})"/>, when
    /// the pass visits them all (no selection filters it: at most one selection, and a query other than "all items");
    /// else (and for 0) null.
    /// </param>
    /// <param name="gatedOn">
    /// The dates the query is gated on (<see cref="Querying.DateRangeQuery.Gate"/>: within each range or without the
    /// date): the pass then also counts the items each range leaves out for want of its date (none when empty).
    /// </param>
    public static DrillSidewaysResult Run(
        OpenedCommit commit,
        Query query,
        bool matchesEverything,
        IReadOnlyList<FacetSelection> selections,
        Func<ITopDocsCollector> newHits,
        Func<TopDocs[], TopDocs> mergeHits,
        long record = 0,
        IReadOnlyList<DateKind>? gatedOn = null)
    {
        gatedOn ??= [];
        if (matchesEverything && gatedOn.Count > 0)
        {
            throw new ArgumentException("A date-gated query does not match everything.", nameof(matchesEverything));
        }

        var searcher = commit.Searcher;
        var ordinals = commit.FacetOrdinals;
        var counted = Enumerable.Repeat(true, ordinals.Dimensions.Count).ToArray();
        var items = commit.Items.Restrict(query);
        Query searched = items;
        FacetCounts? cached = null;
        var slices = SlicedSearch.SliceCount(searcher);
        var hits = Enumerable.Range(0, slices).Select(_ => newHits()).ToArray();

        if (matchesEverything && selections.Count <= 1)
        {
            // Everything, or everything in one dimension's selection: the dimensions not selected are counted over
            // the hits, and the selected dimension's own (sideways) counts are the all-item counts.
            cached = commit.AllItemCounts;
            if (selections.Count == 0)
            {
                SlicedSearch.Run(searcher, items, null, [.. hits.Cast<ICollector>()]);
                return new DrillSidewaysResult(cached, mergeHits([.. hits.Select(h => h.GetTopDocs())]));
            }

            counted[selections[0].Dimension] = false;
            searched = new FilteredQuery(items, new QueryWrapperFilter(selections[0].ToQuery()));
        }
        else if (selections.Count >= 2)
        {
            // Only documents matching all selections but at most one can be a hit or a near miss.
            searched = new AllButOneSelection(ordinals, selections).Restrict(items);
        }

        var recorders = Records(matchesEverything, selections.Count, record) ? hits.Select(_ => new QueryHitsRecorder()).ToArray() : null;
        var parts = hits.Select(h => new FacetCounts(ordinals)).ToArray();
        MissingDateTally[] tallies = gatedOn.Count == 0 ? [] : hits.Select(_ => new MissingDateTally(commit, gatedOn)).ToArray();
        var collectors = parts.Select((part, i) => new DrillSidewaysCollector(ordinals, selections, part, (ICollector)hits[i], counted, recorders?[i], tallies.ElementAtOrDefault(i))).ToArray();
        SlicedSearch.Run(searcher, searched, null, collectors);

        var counts = new FacetCounts(ordinals);
        foreach (var (collector, part) in collectors.Zip(parts))
        {
            collector.Finish();
            counts.Add(part);
        }

        if (cached is not null)
        {
            var dimension = selections[0].Dimension;
            Array.Copy(cached.ByDimension[dimension], counts.ByDimension[dimension], counts.ByDimension[dimension].Length);
        }

        return new DrillSidewaysResult(counts, mergeHits([.. hits.Select(h => h.GetTopDocs())]), recorders is null ? null : QueryHitsRecorder.Join(recorders, record))
        {
            MissingDates = MissingDateTally.Sum(tallies),
        };
    }

    /// <summary>
    /// As <see cref="Run"/>, from a query's recorded hits instead of the index: each recorded document is collected
    /// in doc id order with its recorded score, through the same collectors, so the counts and hits are the ones a
    /// pass over the index would give.
    /// </summary>
    public static DrillSidewaysResult Replay(
        OpenedCommit commit,
        QueryHits recorded,
        IReadOnlyList<FacetSelection> selections,
        Func<ITopDocsCollector> newHits)
    {
        var counts = new FacetCounts(commit.FacetOrdinals);
        var hits = newHits();
        Replay(commit, recorded, selections, counts, (ICollector)hits, countFacets: true);
        return new DrillSidewaysResult(counts, hits.GetTopDocs());
    }

    /// <summary>
    /// The recorded hits that pass every selection, into a hit collector only (no counting): a page after a cursor,
    /// collected with exactly the scores the first page was ranked by.
    /// </summary>
    public static void ReplayHits(OpenedCommit commit, QueryHits recorded, IReadOnlyList<FacetSelection> selections, ICollector hits) =>
        Replay(commit, recorded, selections, new FacetCounts(commit.FacetOrdinals), hits, countFacets: false);

    /// <summary>Counts every dimension over every live decided item.</summary>
    public static FacetCounts CountAll(IndexSearcher searcher, ReaderFacetOrdinals ordinals, ItemsOnly items)
    {
        var counts = new FacetCounts(ordinals);
        var counted = Enumerable.Repeat(true, ordinals.Dimensions.Count).ToArray();
        var collector = new DrillSidewaysCollector(ordinals, [], counts, NoHits.Instance, counted);
        searcher.Search(new ConstantScoreQuery(items), collector);
        collector.Finish();
        return counts;
    }

    private static void Replay(
        OpenedCommit commit,
        QueryHits recorded,
        IReadOnlyList<FacetSelection> selections,
        FacetCounts counts,
        ICollector hits,
        bool countFacets)
    {
        var ordinals = commit.FacetOrdinals;
        var counted = Enumerable.Repeat(countFacets, ordinals.Dimensions.Count).ToArray();
        var collector = new DrillSidewaysCollector(ordinals, selections, counts, hits, counted);
        var scorer = new RecordedScorer();
        var next = 0;
        foreach (var leaf in commit.Reader.Leaves)
        {
            collector.SetNextReader(leaf);
            collector.SetScorer(scorer);
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            for (; next < recorded.Docs.Length && recorded.Docs[next] < end; next++)
            {
                scorer.Doc = recorded.Docs[next] - leaf.DocBase;
                scorer.Score = recorded.Scores[next];
                collector.Collect(scorer.Doc);
            }
        }

        collector.Finish();
    }
}
