using ImrSearch.Peers;

namespace ImrSearch.Tests.Peers;

/// <summary>The correctness check: equal only when the total and every non-zero count agree.</summary>
public sealed class PeerComparisonTests
{
    private static readonly PeerQuery Query = new(3, "term", "insomnia", new Dictionary<string, IReadOnlyList<string>>(), PeerSort.Relevance, 1, 10);

    private static Dictionary<string, IReadOnlyDictionary<string, long>> Facets(params (string Dimension, string Value, long Count)[] counts) =>
        counts.GroupBy(c => c.Dimension).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, long>)g.ToDictionary(c => c.Value, c => c.Count));

    [Fact]
    public void The_same_total_and_counts_are_equal_zero_counts_aside()
    {
        var ours = new SystemAnswer(5, Facets(("decision", "Upheld", 3), ("decision", "Overturned", 2), ("sex", "Female", 0)));
        var theirs = new PeerQueryResult(3, [1.0], 5, Facets(("decision", "Overturned", 2), ("decision", "Upheld", 3)), 4);

        var comparison = PeerComparison.Compare(Query, "lucene", ours, theirs);

        Assert.True(comparison.Equal);
        Assert.Empty(comparison.Differences);
    }

    [Fact]
    public void A_different_total_or_count_is_named_ours_first()
    {
        var ours = new SystemAnswer(5, Facets(("decision", "Upheld", 3), ("decision", "Overturned", 2)));
        var theirs = new PeerQueryResult(3, [1.0], 4, Facets(("decision", "Upheld", 2), ("decision", "Overturned", 2), ("sex", "Male", 1)), 4);

        var comparison = PeerComparison.Compare(Query, "sqlite", ours, theirs);

        Assert.False(comparison.Equal);
        Assert.True(comparison.Differs);
        Assert.Equal(["total 5 vs 4", "decision=Upheld: 3 vs 2", "sex=Male: 0 vs 1"], comparison.Differences);
    }

    [Fact]
    public void A_query_the_peer_could_not_finish_is_unchecked_not_different()
    {
        var ours = new SystemAnswer(5, Facets());
        var stopped = PeerComparison.Compare(Query, "sqlite", ours, new PeerQueryResult(3, [], null, null, 0, StoppedAfterSeconds: 30));
        var failed = PeerComparison.Compare(Query, "sqlite", ours, new PeerQueryResult(3, [], null, null, 0, "no FTS5 form"));

        Assert.False(stopped.Equal);
        Assert.True(stopped.Unfinished);
        Assert.False(stopped.Differs);
        Assert.False(failed.Equal);
        Assert.True(failed.Unfinished);
    }
}
