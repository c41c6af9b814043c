using ImrSearch.Domain;
using ImrSearch.Index;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ImrSearch.Tests.Index;

public sealed class CorpusIndexerTests
{
    [Fact]
    public void First_build_adds_every_letter_and_counts_facets_over_decided_items()
    {
        using var fixture = new CorpusFixture(SampleDeterminations.NeurologyPhysicalTherapy(), SampleDeterminations.PreventiveMedicineMri());

        var report = fixture.Build();

        Assert.Equal((2, 2, 0, 0, 0, 0), (report.Letters, report.Added, report.Updated, report.Removed, report.Unchanged, report.Rejected.Count));
        Assert.Equal((2, 4), (report.Cases, report.Decisions));
        var statistics = IndexStatistics.Read(fixture.IndexDirectory);
        Assert.Equal((2, 4), (statistics.Cases, statistics.Decisions));
        Assert.Equal([new FacetCount("Upheld", 3), new FacetCount("Overturned", 1)], statistics.Facets["decision"]);
        Assert.Equal([new FacetCount("Physical therapy", 2), new FacetCount("Chiropractic", 1), new FacetCount("MRI", 1)], statistics.Facets["treatment"]);
        Assert.Equal([new FacetCount("California", 4), new FacetCount("Michigan", 2), new FacetCount("New Jersey", 2), new FacetCount("New York", 2), new FacetCount("Texas", 2)], statistics.Facets["licensure"]);
        Assert.Equal([new FacetCount("2015", 2)], statistics.Facets["decisionYear"]);
        Assert.Equal([new FacetCount("Male", 2)], statistics.Facets["sex"]);
        Assert.Equal(IndexSchema.FacetDimensions.Select(d => d.Name).Order(), statistics.Facets.Keys.Order());
    }

    [Fact]
    public void Second_build_of_an_unchanged_corpus_touches_nothing()
    {
        using var fixture = new CorpusFixture(SampleDeterminations.NeurologyPhysicalTherapy(), SampleDeterminations.PreventiveMedicineMri());
        fixture.Build();
        var generation = LastCommitGeneration(fixture.IndexDirectory);

        var report = fixture.Build();

        Assert.Equal((0, 0, 0, 2), (report.Added, report.Updated, report.Removed, report.Unchanged));
        Assert.Equal(generation, LastCommitGeneration(fixture.IndexDirectory));
    }

    [Fact]
    public void An_index_built_with_other_synonyms_is_reindexed_whole_once()
    {
        using var fixture = new CorpusFixture(SampleDeterminations.NeurologyPhysicalTherapy(), SampleDeterminations.PreventiveMedicineMri());
        Assert.False(fixture.Build().AnalysisChanged);
        using (var directory = FSDirectory.Open(fixture.IndexDirectory))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ImrSearch.Analysis.ImrAnalyzer.Version, new ImrSearch.Analysis.ImrAnalyzer())))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["imrsearch.analysis"] = "schema 1; synonyms 0123456789abcdef" });
            writer.Commit();
        }

        var reanalyzed = fixture.Build();
        var settled = fixture.Build();

        Assert.True(reanalyzed.AnalysisChanged);
        Assert.Equal((0, 2, 0), (reanalyzed.Added, reanalyzed.Updated, reanalyzed.Unchanged));
        Assert.Equal((2, 4), (reanalyzed.Cases, reanalyzed.Decisions));
        Assert.False(settled.AnalysisChanged);
        Assert.Equal(2, settled.Unchanged);
    }

    [Fact]
    public void A_format_one_index_without_hash_doc_values_is_replaced_without_duplicates()
    {
        var neurology = SampleDeterminations.NeurologyPhysicalTherapy();
        var preventive = SampleDeterminations.PreventiveMedicineMri();
        using var fixture = new CorpusFixture(neurology, preventive);
        using (var directory = FSDirectory.Open(fixture.IndexDirectory))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ImrSearch.Analysis.ImrAnalyzer.Version, new ImrSearch.Analysis.ImrAnalyzer())))
        {
            foreach (var determination in new[] { neurology, preventive })
            {
                var documents = DeterminationDocuments.Create(determination, JsonLetterFiles.Serialize(determination), "old-hash");
                writer.AddDocuments(documents.Select(WithoutBinaryDocValues));
            }

            writer.SetCommitData(new Dictionary<string, string> { ["imrsearch.analysis"] = "schema 1; synonyms 0123456789abcdef" });
            writer.Commit();
        }

        File.Delete(Path.Combine(fixture.Corpus, preventive.Source));
        var report = fixture.Build();

        Assert.True(report.AnalysisChanged);
        Assert.Equal((0, 1, 1), (report.Added, report.Updated, report.Removed));
        Assert.Equal((1, 2), (report.Cases, report.Decisions));
        Assert.Equal(1, fixture.Build().Unchanged);
    }

    [Fact]
    public void Changed_letter_is_replaced_removed_letter_deleted_new_letter_added()
    {
        var neurology = SampleDeterminations.NeurologyPhysicalTherapy();
        var preventive = SampleDeterminations.PreventiveMedicineMri();
        using var fixture = new CorpusFixture(neurology, preventive);
        fixture.Build();

        // The edit changes the case number too: the old documents must still go, found by source path.
        var edited = neurology with { CaseId = "CM14-0209999", Decisions = [neurology.Decisions[0] with { Decision = Decision.Overturned }] };
        JsonLetterFiles.Write(fixture.Corpus, edited);
        File.Delete(Path.Combine(fixture.Corpus, preventive.Source));
        var added = preventive with { Source = "005.txt", CaseId = "CM15-0175555" };
        JsonLetterFiles.Write(fixture.Corpus, added);

        var report = fixture.Build();

        Assert.Equal((1, 1, 1, 0, 0), (report.Added, report.Updated, report.Removed, report.Unchanged, report.Rejected.Count));
        Assert.Equal((2, 3), (report.Cases, report.Decisions));
        using var index = new IndexedDocuments(fixture.IndexDirectory);
        Assert.Equal(["005.txt", "002.txt"], index.Cases().Select(c => c.Get(IndexSchema.Source)).OrderDescending());
        Assert.Empty(index.Matching(new TermQuery(new Term(IndexSchema.CaseId, neurology.CaseId))));
        Assert.Empty(index.Matching(new TermQuery(new Term(IndexSchema.Source, preventive.Source))));
        Assert.Equal(2, index.Matching(new TermQuery(new Term(IndexSchema.Decision.FilterField, "overturned"))).Count);
        Assert.Equal(JsonLetterFiles.Serialize(edited), index.Cases().Single(c => c.Get(IndexSchema.Source) == "002.txt").Get(IndexSchema.DeterminationJson));

        var next = fixture.Build();
        Assert.False(next.AnalysisChanged);
        Assert.Equal(2, next.Unchanged);
    }

    [Fact]
    public void Rejected_letters_are_reported_with_their_reason_and_the_rest_is_committed()
    {
        using var fixture = new CorpusFixture(SampleDeterminations.NeurologyPhysicalTherapy());
        File.WriteAllText(Path.Combine(fixture.Corpus, "broken.txt"), "REJECT: no IMR ISSUES, DECISIONS AND RATIONALES section");
        System.IO.Directory.CreateDirectory(Path.Combine(fixture.Corpus, "nested"));
        File.WriteAllText(Path.Combine(fixture.Corpus, "nested", "empty.txt"), "REJECT: the file is empty");
        File.WriteAllText(Path.Combine(fixture.Corpus, "notes.md"), "not a letter");

        var report = fixture.Build();

        Assert.Equal(3, report.Letters);
        Assert.Equal(1, report.Added);
        Assert.Equal(
            [new RejectedLetter("broken.txt", "no IMR ISSUES, DECISIONS AND RATIONALES section"), new RejectedLetter("nested/empty.txt", "the file is empty")],
            report.Rejected);
        Assert.Equal("1 added, 0 updated, 0 removed, 0 unchanged, 2 rejected", report.Summary);
        Assert.Equal(1, IndexStatistics.Read(fixture.IndexDirectory).Cases);
    }

    [Fact]
    public void A_letter_that_becomes_unreadable_loses_its_old_documents_and_is_reported()
    {
        var neurology = SampleDeterminations.NeurologyPhysicalTherapy();
        using var fixture = new CorpusFixture(neurology, SampleDeterminations.PreventiveMedicineMri());
        fixture.Build();
        File.WriteAllText(Path.Combine(fixture.Corpus, neurology.Source), "REJECT: truncated letter");

        var report = fixture.Build();

        Assert.Equal([new RejectedLetter("002.txt", "truncated letter")], report.Rejected);
        Assert.Equal((1, 2), (report.Cases, report.Decisions));
    }

    [Fact]
    public void A_second_build_on_a_locked_index_fails_fast_saying_so()
    {
        using var fixture = new CorpusFixture(SampleDeterminations.NeurologyPhysicalTherapy());
        fixture.Build();
        using var directory = FSDirectory.Open(fixture.IndexDirectory, new NativeFSLockFactory());
        using var holder = new IndexWriter(directory, new IndexWriterConfig(ImrSearch.Analysis.ImrAnalyzer.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));

        var error = Assert.Throws<IndexLockedException>(() => fixture.Build());

        Assert.Contains("locked", error.Message);
        Assert.Contains(fixture.IndexDirectory, error.Message);
    }

    [Fact]
    public void A_missing_corpus_folder_is_a_clear_error()
    {
        using var folder = new TemporaryFolder();
        var indexer = new CorpusIndexer(JsonLetterFiles.Read, JsonLetterFiles.Serialize);
        var error = Assert.Throws<DirectoryNotFoundException>(() => indexer.Build(Path.Combine(folder.Path, "nope"), folder.Sub("index")));
        Assert.Contains("nope", error.Message);
    }

    [Fact]
    public void A_cancelled_build_leaves_the_previous_commit()
    {
        var neurology = SampleDeterminations.NeurologyPhysicalTherapy();
        using var fixture = new CorpusFixture(neurology);
        fixture.Build();
        JsonLetterFiles.Write(fixture.Corpus, SampleDeterminations.PreventiveMedicineMri());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new CorpusIndexer(JsonLetterFiles.Read, JsonLetterFiles.Serialize).Build(fixture.Corpus, fixture.IndexDirectory, cancellationToken: cancelled.Token));

        Assert.Equal(1, IndexStatistics.Read(fixture.IndexDirectory).Cases);
        Assert.Equal(1, fixture.Build().Added);
    }

    private static long LastCommitGeneration(string indexDirectory)
    {
        using var directory = FSDirectory.Open(indexDirectory);
        return SegmentInfos.GetLastCommitGeneration(directory);
    }

    private static Document WithoutBinaryDocValues(Document document)
    {
        var copy = new Document();
        foreach (var field in document.Fields.Where(f => f is not BinaryDocValuesField))
        {
            copy.Add(field);
        }

        return copy;
    }
}
