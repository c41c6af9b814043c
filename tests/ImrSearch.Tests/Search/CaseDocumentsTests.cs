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
        var (first, second) = (SearchSamples.ReturnToWork(), SearchSamples.WorkWithoutReturn());
        using var directory = WriteOutOfBlock(first, second);

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

    [Fact]
    public void A_letter_read_once_is_kept_for_the_commit_and_serves_only_items_of_its_own_case()
    {
        var (first, second) = (SearchSamples.ReturnToWork(), SearchSamples.WorkWithoutReturn());
        using var directory = WriteOutOfBlock(first, second);

        using var reader = DirectoryReader.Open(directory);
        var commit = OpenedCommit.Open(new IndexSearcher(reader));
        var secondCase = second.Decisions.Count;

        var read = CaseDocuments.ForItem(commit, 1, []).Determination;
        var again = CaseDocuments.ForItem(commit, 0, []).Determination;

        Assert.Equal(second.CaseId, read?.CaseId);
        Assert.Same(read, commit.Letters.Find(secondCase)?.Determination);
        Assert.Same(read, again);

        // A kept letter under the case document an item of another letter leads to is not taken for it.
        commit.Letters.Add(secondCase + 2, second.CaseId, second, jsonLength: 100);
        var (outOfBlock, _, outOfBlockCase) = CaseDocuments.ForItem(commit, secondCase + 1, []);
        Assert.Equal(first.CaseId, outOfBlock?.CaseId);
        Assert.Equal(-1, outOfBlockCase);
    }

    [Fact]
    public void Kept_letters_stay_within_their_budget_dropping_the_least_recently_shown()
    {
        var letter = SearchSamples.ReturnToWork();
        var letters = new KeptLetters(capacityBytes: 3 * ((2 * 1_000) + 256));

        for (var caseDoc = 0; caseDoc < 4; caseDoc++)
        {
            letters.Add(caseDoc, letter.CaseId, letter, jsonLength: 1_000);
            if (caseDoc == 2)
            {
                Assert.NotNull(letters.Find(0));
            }
        }

        Assert.NotNull(letters.Find(0));
        Assert.Null(letters.Find(1));
        Assert.NotNull(letters.Find(2));
        Assert.NotNull(letters.Find(3));
    }

    /// <summary>
    /// As the indexer writes them, the second letter's items, then its case document; then, out of the usual order, an
    /// item of the first letter directly followed by the second letter's case document, and the first letter's case.
    /// </summary>
    private static RAMDirectory WriteOutOfBlock(Determination first, Determination second)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ImrAnalyzer.Version, new ImrAnalyzer()));
        writer.AddDocuments(DeterminationDocuments.Create(second, DeterminationJson.Serialize(second), "b"));
        writer.AddDocument(DeterminationDocuments.CreateItem(first, first.Decisions[1]));
        writer.AddDocument(DeterminationDocuments.CreateCase(second, DeterminationJson.Serialize(second), "b"));
        writer.AddDocument(DeterminationDocuments.CreateCase(first, DeterminationJson.Serialize(first), "a"));
        return directory;
    }
}
