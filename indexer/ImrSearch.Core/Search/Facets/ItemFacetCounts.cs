using ImrSearch.Index;
using ImrSearch.Search.Caching;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Facets;

/// <summary>
/// Every facet dimension's value counts over all live decided items of a reader, from the same ordinals and
/// counting pass the searcher uses (and keeps per commit), so statistics and the browse page always agree.
/// </summary>
public static class ItemFacetCounts
{
    /// <summary>Dimension name to its values, most frequent first, ties by value (ordinal).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> All(IndexReader reader)
    {
        var commit = OpenedCommit.Open(new IndexSearcher(reader));
        var ordinals = commit.FacetOrdinals;
        var counts = commit.AllItemCounts;
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var d = 0; d < ordinals.Dimensions.Count; d++)
        {
            var values = ordinals.Values(d);
            var byDimension = counts.ByDimension[d];
            result[ordinals.Dimensions[d].Name] = Enumerable.Range(0, byDimension.Length)
                .Where(ord => byDimension[ord] > 0)
                .Select(ord => new FacetCount(values[ord], byDimension[ord]))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Value, StringComparer.Ordinal)
                .ToList();
        }

        return result;
    }
}
