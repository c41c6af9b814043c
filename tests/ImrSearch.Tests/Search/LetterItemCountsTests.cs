using ImrSearch.Index;
using ImrSearch.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ImrSearch.Tests.Search;

/// <summary>
/// <see cref="LetterItemCounts"/>: counts kept in a byte, the rare letter of 255 items or more, and a count larger
/// than the documents before its case document (an index edited by hand), which must not reach before the segment.
/// </summary>
public sealed class LetterItemCountsTests : IDisposable
{
    private readonly RAMDirectory directory = new();

    [Fact]
    public void Finds_the_first_item_of_small_and_large_letters()
    {
        using var reader = Index([(3, 3), (300, 300), (0, 0), (254, 254), (255, 255)]);
        var segment = reader.Leaves.Single().AtomicReader;
        var counts = LetterItemCounts.Of(segment)!;

        Assert.Equal(0, counts.FirstItem(3));
        Assert.Equal(4, counts.FirstItem(304));
        Assert.Equal(305, counts.FirstItem(305));
        Assert.Equal(306, counts.FirstItem(560));
        Assert.Equal(561, counts.FirstItem(816));
    }

    [Fact]
    public void A_summary_clause_matches_every_item_of_a_letter_of_300()
    {
        using var reader = Index([(3, 3), (300, 300)]);
        var hits = new IndexSearcher(reader).Search(new LetterTextQuery(new TermQuery(new Term(IndexSchema.Summary, "letter1"))), 1_000);

        Assert.Equal(Enumerable.Range(4, 300), hits.ScoreDocs.Select(h => h.Doc).Order());
    }

    [Fact]
    public void A_count_larger_than_its_position_stops_at_the_segment_start()
    {
        using var reader = Index([(2, 1_000)]);

        Assert.Equal(0, LetterItemCounts.Of(reader.Leaves.Single().AtomicReader)!.FirstItem(2));
    }

    public void Dispose() => directory.Dispose();

    /// <summary>One segment of letter blocks: (items written, item count recorded on the case document).</summary>
    private DirectoryReader Index(IReadOnlyList<(int Items, int Recorded)> letters)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            for (var letter = 0; letter < letters.Count; letter++)
            {
                var block = Enumerable.Range(0, letters[letter].Items)
                    .Select(_ => new Document { new StringField(IndexSchema.Kind, IndexSchema.KindItem, Field.Store.NO) })
                    .Append(
                    [
                        new StringField(IndexSchema.Kind, IndexSchema.KindCase, Field.Store.NO),
                        new NumericDocValuesField(IndexSchema.ItemCount, letters[letter].Recorded),
                        new TextField(IndexSchema.Summary, $"letter{letter}", Field.Store.NO),
                    ]);
                writer.AddDocuments(block);
            }
        }

        return DirectoryReader.Open(directory);
    }
}
