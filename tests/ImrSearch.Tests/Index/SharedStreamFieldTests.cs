using ImrSearch.Analysis;
using ImrSearch.Index;
using ImrSearch.Synthetic;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ImrSearch.Tests.Index;

public sealed class SharedStreamFieldTests
{
    [Fact]
    public void Letters_index_as_they_did_with_Lucenes_string_and_int_fields()
    {
        var determinations = new SyntheticCorpus(7, 150).Stream().Select(l => l.Truth).ToList();
        using var keyword = Build(determinations, document => document);
        using var lucene = Build(determinations, document =>
        {
            var replaced = new Document();
            foreach (var field in document.Fields)
            {
                replaced.Add(field switch
                {
                    KeywordField => new StringField(field.Name, field.GetStringValue(), field.IndexableFieldType.IsStored ? Field.Store.YES : Field.Store.NO),
                    WholeInt32Field => new Int32Field(field.Name, field.GetInt32Value()!.Value, DeterminationDocuments.WholeInt32),
                    _ => field,
                });
            }

            return replaced;
        });

        var fields = keyword.Reader.Leaves[0].AtomicReader.FieldInfos;
        Assert.Contains(fields, f => f.Name == IndexSchema.Kind);
        Assert.Contains(fields, f => f.Name == IndexSchema.Year);
        AssertSameIndex(lucene.Reader, keyword.Reader);
    }

    [Fact]
    public void A_field_read_after_another_still_gives_its_own_term()
    {
        // Both fields share the thread's stream: the writer must see each value in turn.
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ImrAnalyzer.Version, new ImrAnalyzer())))
        {
            writer.AddDocument([new KeywordField("a", "first", Field.Store.NO), new KeywordField("b", "second", Field.Store.YES), new KeywordField("a", "third", Field.Store.NO)]);
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(1, searcher.Search(new TermQuery(new Term("a", "first")), 1).TotalHits);
        Assert.Equal(1, searcher.Search(new TermQuery(new Term("a", "third")), 1).TotalHits);
        Assert.Equal(1, searcher.Search(new TermQuery(new Term("b", "second")), 1).TotalHits);
        Assert.Equal(0, searcher.Search(new TermQuery(new Term("a", "second")), 1).TotalHits);
        Assert.Equal("second", reader.Document(0).Get("b"));
    }

    private static BuiltIndex Build(IEnumerable<Domain.Determination> determinations, Func<Document, Document> edit)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ImrAnalyzer.Version, new ImrAnalyzer())))
        {
            foreach (var determination in determinations)
            {
                writer.AddDocuments(DeterminationDocuments.Create(determination, "{}", "hash").Select(d => edit((Document)d)));
            }
        }

        return new BuiltIndex(directory, DirectoryReader.Open(directory));
    }

    private static void AssertSameIndex(DirectoryReader expected, DirectoryReader actual)
    {
        Assert.Equal(expected.MaxDoc, actual.MaxDoc);
        var expectedReader = SlowCompositeReaderWrapper.Wrap(expected);
        var actualReader = SlowCompositeReaderWrapper.Wrap(actual);
        var expectedFields = expectedReader.FieldInfos.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var actualFields = actualReader.FieldInfos.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(
            expectedFields.Select(f => (f.Name, f.IsIndexed, f.IndexOptions, f.OmitsNorms, f.HasNorms, f.DocValuesType)),
            actualFields.Select(f => (f.Name, f.IsIndexed, f.IndexOptions, f.OmitsNorms, f.HasNorms, f.DocValuesType)));

        foreach (var field in expectedFields.Where(f => f.IsIndexed))
        {
            Assert.Equal(Postings(expectedReader, field.Name), Postings(actualReader, field.Name));
        }

        for (var doc = 0; doc < expected.MaxDoc; doc++)
        {
            Assert.Equal(Stored(expected.Document(doc)), Stored(actual.Document(doc)));
        }
    }

    private static List<string> Postings(AtomicReader reader, string field)
    {
        var postings = new List<string>();
        var terms = reader.GetTerms(field);
        if (terms is null)
        {
            return postings;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var docs = termsEnum.Docs(null, null, DocsFlags.FREQS);
            var entry = new List<string> { termsEnum.Term.Utf8ToString() };
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                entry.Add($"{docs.DocID}x{docs.Freq}");
            }

            postings.Add(string.Join(' ', entry));
        }

        return postings;
    }

    private static List<string> Stored(Document document) =>
        [.. document.Fields.Select(f => $"{f.Name}={f.GetStringValue() ?? f.GetBinaryValue()?.Utf8ToString()}")];

    private sealed record BuiltIndex(Lucene.Net.Store.Directory Directory, DirectoryReader Reader) : IDisposable
    {
        public void Dispose()
        {
            Reader.Dispose();
            Directory.Dispose();
        }
    }
}
