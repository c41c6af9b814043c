using Lucene.Net.Search;

namespace ImrSearch.Search.Facets;

/// <summary>
/// Runs a query with facet selections: collects the hits (query AND every selection) into a hit collector and
/// counts every dimension drill-sideways, in one pass over the smallest set of documents that can affect a count.
/// </summary>
internal static class DrillSideways
{
    /// <param name="matchesEverything">The query is "all items", so cached all-item counts can stand in for a pass.</param>
    public static FacetCounts Run(
        IndexSearcher searcher,
        ReaderFacetOrdinals ordinals,
        Query query,
        bool matchesEverything,
        IReadOnlyList<FacetSelection> selections,
        ICollector hits)
    {
        var counts = new FacetCounts(ordinals);
        var counted = Enumerable.Repeat(true, ordinals.Dimensions.Count).ToArray();
        var items = ItemsOnly.Restrict(query);
        Query? filter = null;

        if (matchesEverything && selections.Count <= 1)
        {
            // Everything, or everything in one dimension's selection: the dimensions not selected are counted over
            // the hits, and the selected dimension's own (sideways) counts are the all-item counts.
            var all = ordinals.AllItemCounts;
            if (selections.Count == 0)
            {
                searcher.Search(items, hits);
                counts.Total = all.Total;
                for (var d = 0; d < counts.ByDimension.Length; d++)
                {
                    Array.Copy(all.ByDimension[d], counts.ByDimension[d], counts.ByDimension[d].Length);
                }

                return counts;
            }

            var dimension = selections[0].Dimension;
            Array.Copy(all.ByDimension[dimension], counts.ByDimension[dimension], counts.ByDimension[dimension].Length);
            counted[dimension] = false;
            filter = selections[0].ToQuery();
        }
        else if (selections.Count >= 2)
        {
            // Only documents matching all selections but at most one can be a hit or a near miss.
            var allButOne = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = selections.Count - 1 };
            foreach (var selection in selections)
            {
                allButOne.Add(selection.ToQuery(), Occur.SHOULD);
            }

            filter = allButOne;
        }

        var collector = new DrillSidewaysCollector(ordinals, selections, counts, hits, counted);
        searcher.Search(items, filter is null ? null : new QueryWrapperFilter(filter), collector);
        collector.Finish();
        return counts;
    }

    /// <summary>Counts every dimension over every live decided item.</summary>
    public static FacetCounts CountAll(IndexSearcher searcher, ReaderFacetOrdinals ordinals)
    {
        var counts = new FacetCounts(ordinals);
        var counted = Enumerable.Repeat(true, ordinals.Dimensions.Count).ToArray();
        var collector = new DrillSidewaysCollector(ordinals, [], counts, NoHits.Instance, counted);
        searcher.Search(new ConstantScoreQuery(ItemsOnly.Filter), collector);
        collector.Finish();
        return counts;
    }
}
