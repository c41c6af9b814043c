using ImrSearch.Index;
using ImrSearch.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Search.Facets;

/// <summary>The values chosen in one dimension (OR between them), resolved against a reader's ordinals.</summary>
/// <param name="Dimension">Index into <see cref="ReaderFacetOrdinals.Dimensions"/>.</param>
/// <param name="Values">The values as requested (distinct, regardless of case).</param>
/// <param name="Wanted">[global ordinal]: whether the value is selected.</param>
/// <param name="FilterTerms">The selected values as the filter field indexes them (see <see cref="FacetValues.FilterTerm"/>).</param>
internal sealed record FacetSelection(int Dimension, FacetDimension Facet, IReadOnlyList<string> Values, bool[] Wanted, IReadOnlyList<string> FilterTerms)
{
    /// <summary>Resolves a request's filters; dimensions with no values are dropped.</summary>
    public static IReadOnlyList<FacetSelection> Resolve(
        ReaderFacetOrdinals ordinals,
        IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var selections = new List<FacetSelection>();
        foreach (var (name, requested) in filters)
        {
            var facet = SearchRequest.Dimension(name);
            var values = requested
                .Where(v => !string.IsNullOrWhiteSpace(v))
                .DistinctBy(FacetValueQuery.Normalize, StringComparer.Ordinal)
                .ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var dimension = ordinals.DimensionIndex(facet);
            var existing = selections.FindIndex(s => s.Dimension == dimension);
            if (existing >= 0)
            {
                // The same dimension named twice (different case): one selection with both lists.
                values = [.. selections[existing].Values.Concat(values).DistinctBy(FacetValueQuery.Normalize, StringComparer.Ordinal)];
                selections.RemoveAt(existing);
            }

            var wanted = new bool[ordinals.ValueCount(dimension)];
            var filterTerms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                foreach (var ordinal in ordinals.FindOrdinals(dimension, value))
                {
                    wanted[ordinal] = true;
                    filterTerms.Add(FacetValues.FilterTerm(ordinals.Values(dimension)[ordinal]));
                }
            }

            // The filter uses the terms of the values found in the index, so it agrees exactly with the doc-values
            // membership test of the counting pass; a value no item has adds no term and matches nothing.
            selections.Add(new FacetSelection(dimension, facet, values, wanted, [.. filterTerms]));
        }

        return selections;
    }

    /// <summary>
    /// The facet filter of a request: every selection, OR within a dimension, AND across; null for none. Written
    /// here only: search, exports and the precedent explorer all filter through it (see <see cref="SearchScope"/>).
    /// </summary>
    public static Query? Filter(IReadOnlyList<FacetSelection> selections)
    {
        if (selections.Count == 0)
        {
            return null;
        }

        var all = new BooleanQuery();
        foreach (var selection in selections)
        {
            all.Add(selection.ToQuery(), Occur.MUST);
        }

        return all;
    }

    /// <summary>Whether each of a segment's ordinals is selected, given the segment's map to global ordinals.</summary>
    public bool[] SegmentWanted(int[] toGlobal)
    {
        var wanted = new bool[toGlobal.Length];
        for (var ord = 0; ord < wanted.Length; ord++)
        {
            wanted[ord] = Wanted[toGlobal[ord]];
        }

        return wanted;
    }

    /// <summary>The filter: any selected value, on the lower-cased keyword field.</summary>
    public Query ToQuery()
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in FilterTerms)
        {
            any.Add(new TermQuery(new Term(Facet.FilterField, term)), Occur.SHOULD);
        }

        return any;
    }
}
