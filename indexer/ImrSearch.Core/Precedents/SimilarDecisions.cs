using ImrSearch.Domain;
using ImrSearch.Search;

namespace ImrSearch.Precedents;

/// <summary>The decided items most like a given one (or like a pasted text), with how they were decided.</summary>
/// <param name="Neighbours">Most similar first; each hit's passages mark the key terms it shares.</param>
public sealed record SimilarDecisions(IReadOnlyList<SearchHit> Neighbours)
{
    public long Upheld => Neighbours.Count(n => n.Decision == Decision.Upheld);

    public long Overturned => Neighbours.Count(n => n.Decision == Decision.Overturned);
}
