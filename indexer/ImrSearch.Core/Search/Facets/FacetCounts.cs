namespace ImrSearch.Search.Facets;

/// <summary>Counts per dimension, indexed by global ordinal, for one reader.</summary>
internal sealed class FacetCounts
{
    public FacetCounts(ReaderFacetOrdinals ordinals)
    {
        Ordinals = ordinals;
        ByDimension = new int[ordinals.Dimensions.Count][];
        for (var d = 0; d < ByDimension.Length; d++)
        {
            ByDimension[d] = new int[ordinals.ValueCount(d)];
        }
    }

    public ReaderFacetOrdinals Ordinals { get; }

    /// <summary>[dimension][global ordinal]: how many decided items have the value.</summary>
    public int[][] ByDimension { get; }

    /// <summary>Decided items counted (the hits, for a drill-sideways pass).</summary>
    public long Total { get; set; }

    /// <summary>Adds another part's counts (a slice of the same reader) to these.</summary>
    public void Add(FacetCounts part)
    {
        Total += part.Total;
        for (var d = 0; d < ByDimension.Length; d++)
        {
            var into = ByDimension[d];
            var from = part.ByDimension[d];
            for (var ord = 0; ord < into.Length; ord++)
            {
                into[ord] += from[ord];
            }
        }
    }
}
