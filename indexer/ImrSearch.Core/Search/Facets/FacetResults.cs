
namespace ImrSearch.Search.Facets;

/// <summary>Turns counts into the response's facets: top values by count, distinct count, selected values kept.</summary>
internal static class FacetResults
{
    public static IReadOnlyDictionary<string, FacetResult> Build(FacetCounts counts, IReadOnlyList<FacetSelection> selections, int topN)
    {
        var ordinals = counts.Ordinals;
        var results = new Dictionary<string, FacetResult>(StringComparer.Ordinal);
        for (var d = 0; d < ordinals.Dimensions.Count; d++)
        {
            var dimensionCounts = counts.ByDimension[d];
            var values = ordinals.Values(d);
            var selection = selections.FirstOrDefault(s => s.Dimension == d);

            var nonZero = 0;
            var top = new PriorityQueue<int, (int Count, int Ordinal)>(topN + 1, LeastFirst.Instance);
            for (var ord = 0; ord < dimensionCounts.Length; ord++)
            {
                if (dimensionCounts[ord] == 0)
                {
                    continue;
                }

                nonZero++;
                top.Enqueue(ord, (dimensionCounts[ord], ord));
                if (top.Count > topN)
                {
                    top.Dequeue();
                }
            }

            var shown = new List<int>(top.Count);
            while (top.TryDequeue(out var ord, out _))
            {
                shown.Add(ord);
            }

            shown.Reverse();
            var list = shown
                .Select(ord => new FacetValue(values[ord], dimensionCounts[ord], selection?.Wanted[ord] == true))
                .ToList();

            if (selection is not null)
            {
                // A selected value stays visible even when it falls outside the top N or has no item left.
                foreach (var requested in selection.Values)
                {
                    var matching = ordinals.FindOrdinals(d, requested);
                    if (matching.Any(shown.Contains))
                    {
                        continue;
                    }

                    var display = matching.Count > 0 ? values[matching[0]] : requested.Trim();
                    list.Add(new FacetValue(display, matching.Sum(ord => (long)dimensionCounts[ord]), true));
                }
            }

            results[ordinals.Dimensions[d].Name] = new FacetResult(list, nonZero);
        }

        return results;
    }

    /// <summary>Orders the bounded queue so the weakest value (lowest count, then last in value order) leaves first.</summary>
    private sealed class LeastFirst : IComparer<(int Count, int Ordinal)>
    {
        public static LeastFirst Instance { get; } = new();

        public int Compare((int Count, int Ordinal) x, (int Count, int Ordinal) y) =>
            x.Count != y.Count ? x.Count.CompareTo(y.Count) : y.Ordinal.CompareTo(x.Ordinal);
    }
}
