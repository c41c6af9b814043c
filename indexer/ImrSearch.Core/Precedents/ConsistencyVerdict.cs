using ImrSearch.Domain;
using ImrSearch.Search;

namespace ImrSearch.Precedents;

/// <summary>Compares a draft's conclusion with the outcomes of its neighbours and says so in one sentence.</summary>
internal static class ConsistencyVerdict
{
    /// <summary>Below this many neighbours, no majority is worth a warning.</summary>
    public const int MinimumNeighbours = 3;

    /// <summary>The share of neighbours deciding the other way that makes a draft "lean against" them.</summary>
    public const double AgainstShare = 2.0 / 3.0;

    public static (bool LeansAgainst, string Verdict) Judge(Decision? leaning, SimilarDecisions similar)
    {
        var total = similar.Neighbours.Count;
        if (total == 0)
        {
            return (false, "No prior decided item is similar enough to compare with.");
        }

        var split = $"{similar.Upheld} upheld and {similar.Overturned} overturned";
        if (leaning is not Decision draft)
        {
            return (false, $"The draft states no conclusion; of the {total} most similar prior items, {split}.");
        }

        var same = draft == Decision.Upheld ? similar.Upheld : similar.Overturned;
        var other = total - same;
        var reads = draft == Decision.Upheld ? "upheld (not medically necessary)" : "overturned (medically necessary)";
        if (total >= MinimumNeighbours && other >= AgainstShare * total)
        {
            var otherWay = draft == Decision.Upheld ? "overturned" : "upheld";
            return (true, $"The draft reads as {reads}, but {other} of the {total} most similar prior items were {otherWay}. Check the reasoning against them.");
        }

        return (false, $"The draft reads as {reads}; of the {total} most similar prior items, {split}.");
    }

    public static IReadOnlyList<CitationCount> CommonCitations(IEnumerable<SearchHit> neighbours) =>
        [.. neighbours
            .SelectMany(hit => hit.Citations
                .Where(c => c.CitedBy == CitedBy.ImrOrganization)
                .Select(c => (c.Source, c.Document, c.Pages))
                .Distinct())
            .GroupBy(c => c)
            .Select(g => new CitationCount(g.Key.Source, g.Key.Document, g.Key.Pages, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Document, StringComparer.OrdinalIgnoreCase)];
}
