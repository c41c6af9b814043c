using ImrSearch.Analysis;
using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Search.Caching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ImrSearch.Tests.Search;

public sealed class OpenedCommitTests
{
    [Fact]
    public void A_commit_takes_over_the_state_of_the_segments_it_shares_with_the_one_before()
    {
        var first = SearchSamples.ReturnToWork();
        var second = SearchSamples.WorkWithoutReturn();
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ImrAnalyzer.Version, new ImrAnalyzer()));
        writer.AddDocuments(DeterminationDocuments.Create(first, DeterminationJson.Serialize(first), "a"));
        writer.Commit();
        using var before = DirectoryReader.Open(directory);
        writer.AddDocuments(DeterminationDocuments.Create(second, DeterminationJson.Serialize(second), "b"));
        writer.Commit();
        using var after = DirectoryReader.OpenIfChanged(before)!;

        var older = OpenedCommit.Open(new IndexSearcher(before), number: 1);
        var newer = OpenedCommit.Open(new IndexSearcher(after), number: 2, previous: older);

        Assert.Equal(2, after.Leaves.Count);
        var shared = after.Leaves.Single(leaf => leaf.AtomicReader.CoreCacheKey == before.Leaves[0].AtomicReader.CoreCacheKey).Ord;
        Assert.Same(older.FacetOrdinals.Segments[0], newer.FacetOrdinals.Segments[shared]);
        Assert.Same(older.FacetOrdinals.Joint[0], newer.FacetOrdinals.Joint[shared]);
        Assert.Same(older.Items.In(before.Leaves[0].AtomicReader), newer.Items.In(after.Leaves[shared].AtomicReader));
        Assert.Equal(first.Decisions.Count, older.AllItemCounts.Total);
        Assert.Equal(first.Decisions.Count + second.Decisions.Count, newer.AllItemCounts.Total);
        Assert.Equal(first.Decisions.Count + second.Decisions.Count, newer.Browse.Documents(ImrSearch.Search.SearchSort.Newest).Count);
    }
}
