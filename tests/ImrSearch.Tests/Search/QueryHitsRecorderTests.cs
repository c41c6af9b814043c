using ImrSearch.Search.Execution;

namespace ImrSearch.Tests.Search;

public sealed class QueryHitsRecorderTests
{
    [Fact]
    public void Slices_join_in_order_across_block_boundaries()
    {
        var first = new QueryHitsRecorder();
        var empty = new QueryHitsRecorder();
        var second = new QueryHitsRecorder();
        for (var doc = 0; doc < 70_000; doc++)
        {
            first.Add(doc, doc / 2f);
        }

        second.Add(70_001, 7f);

        var (docs, scores) = QueryHitsRecorder.Join([first, empty, second], limit: 100_000)!;

        Assert.Equal(70_001, docs.Length);
        Assert.Equal([.. Enumerable.Range(0, 70_000), 70_001], docs);
        Assert.Equal(69_999 / 2f, scores[69_999]);
        Assert.Equal(7f, scores[^1]);
    }

    [Fact]
    public void Nothing_recorded_joins_to_empty_lists_and_more_than_the_limit_to_none()
    {
        var (docs, scores) = QueryHitsRecorder.Join([new QueryHitsRecorder()], limit: 10)!;
        Assert.Empty(docs);
        Assert.Empty(scores);

        var many = new QueryHitsRecorder();
        for (var doc = 0; doc < 11; doc++)
        {
            many.Add(doc, 1f);
        }

        Assert.Null(QueryHitsRecorder.Join([many], limit: 10));
    }
}
