using ImrSearch.Evaluation;

namespace ImrSearch.Tests.Precedents;

public sealed class RankingMetricsTests
{
    [Fact]
    public void The_best_order_scores_one_and_a_worse_one_less()
    {
        int[] judged = [3, 2, 1];

        Assert.Equal(1.0, RankingMetrics.NdcgAt(5, [3, 2, 1, 0, 0], judged), 9);
        // DCG of [1, 2, 3] is 1 + 3/log2(3) + 7/2; the ideal is 7 + 3/log2(3) + 1/2.
        var expected = (1 + (3 / Math.Log2(3)) + 3.5) / (7 + (3 / Math.Log2(3)) + 0.5);
        Assert.Equal(expected, RankingMetrics.NdcgAt(5, [1, 2, 3], judged), 9);
    }

    [Fact]
    public void Only_the_first_five_count_and_nothing_to_find_scores_one()
    {
        Assert.Equal(0.0, RankingMetrics.NdcgAt(5, [0, 0, 0, 0, 0, 3], [3]), 9);
        Assert.Equal(1.0, RankingMetrics.NdcgAt(5, [0, 0], []), 9);
    }

    [Fact]
    public void The_reciprocal_rank_is_that_of_the_first_item_graded_two_or_more()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRank([1, 0, 2, 3]), 9);
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank([1, 1, 0]), 9);
    }
}
