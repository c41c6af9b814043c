using Lucene.Net.Search;

namespace ImrSearch.Search.Facets;

/// <summary>What one drill-sideways pass gives: every dimension's counts and the ranked hits.</summary>
/// <param name="Recorded">Every hit the query matched with its score, when the pass recorded them; else null.</param>
internal sealed record DrillSidewaysResult(FacetCounts Counts, TopDocs Hits, RecordedHits? Recorded = null)
{
    /// <summary>The items each date range left out for want of its date, when the query was gated; else empty.</summary>
    public IReadOnlyList<MissingDates> MissingDates { get; init; } = [];
}

/// <summary>Every document a query matched with its score, in doc id order (global ids).</summary>
internal sealed record RecordedHits(int[] Docs, float[] Scores);
