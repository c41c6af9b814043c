using ImrSearch.Analysis;
using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Search.Caching;
using ImrSearch.Search.HitAssembly;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ImrSearch.Tests.Search;

public sealed class CaseDocumentsTests
{
    [Fact]
    public void An_item_finds_its_case_document_even_when_the_block_layout_does_not_hold()
    {
        var first = SearchSamples.ReturnToWork();
        var second = SearchSamples.WorkWithoutReturn();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ImrAnalyzer.Version, new ImrAnalyzer())))
        {
            // As the indexer writes them: the second letter's items, then its case document.
            writer.AddDocuments(DeterminationDocuments.Create(second, DeterminationJson.Serialize(second), "b"));
            // Out of the usual order: an item of the first letter directly followed by the second letter's case.
            writer.AddDocument(DeterminationDocuments.CreateItem(first, first.Decisions[1]));
            writer.AddDocument(DeterminationDocuments.CreateCase(second, DeterminationJson.Serialize(second), "b"));
            writer.AddDocument(DeterminationDocuments.CreateCase(first, DeterminationJson.Serialize(first), "a"));
        }

        using var reader = DirectoryReader.Open(directory);
        var commit = OpenedCommit.Open(new IndexSearcher(reader));
        var letters = new Dictionary<int, Determination?>();

        var (inBlock, inBlockIndex, inBlockCase) = CaseDocuments.ForItem(commit, 1, letters);
        var (outOfBlock, outOfBlockIndex, outOfBlockCase) = CaseDocuments.ForItem(commit, 3, letters);

        Assert.Equal(second.CaseId, inBlock?.CaseId);
        Assert.Equal(1, inBlockIndex);
        Assert.Equal(second.Decisions.Count, inBlockCase);
        Assert.Equal(first.CaseId, outOfBlock?.CaseId);
        Assert.Equal(1, outOfBlockIndex);
        Assert.Equal(-1, outOfBlockCase);
    }
}
