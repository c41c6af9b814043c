using ImrSearch.Index;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ImrSearch.Tests.Index;

/// <summary>Reads an index's last commit back for assertions: stored fields, doc values and term matches per document.</summary>
internal sealed class IndexedDocuments : IDisposable
{
    private readonly FSDirectory directory;

    public IndexedDocuments(string indexDirectory)
    {
        directory = FSDirectory.Open(indexDirectory);
        Reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(Reader);
    }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public IReadOnlyList<int> Matching(Query query)
    {
        var top = Searcher.Search(query, Math.Max(1, Reader.MaxDoc));
        return top.ScoreDocs.Select(hit => hit.Doc).ToList();
    }

    public IReadOnlyList<Document> Cases() =>
        Matching(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindCase))).Select(Reader.Document).ToList();

    public int ItemDocId(string caseId, int itemIndex)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindItem)), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.CaseId, caseId)), Occur.MUST },
        };
        return Matching(query).Single(doc => Reader.Document(doc).GetField(IndexSchema.ItemIndex).GetInt32Value() == itemIndex);
    }

    /// <summary>The display values of a sorted-set doc values field on one document.</summary>
    public IReadOnlyList<string> SortedSetValues(int doc, string field)
    {
        var leaf = Reader.Leaves[ReaderUtil.SubIndex(doc, Reader.Leaves)];
        var values = leaf.AtomicReader.GetSortedSetDocValues(field);
        var result = new List<string>();
        if (values is null)
        {
            return result;
        }

        values.SetDocument(doc - leaf.DocBase);
        long ordinal;
        var bytes = new BytesRef();
        while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            values.LookupOrd(ordinal, bytes);
            result.Add(bytes.Utf8ToString());
        }

        return result;
    }

    public long NumericValue(int doc, string field)
    {
        var leaf = Reader.Leaves[ReaderUtil.SubIndex(doc, Reader.Leaves)];
        return leaf.AtomicReader.GetNumericDocValues(field).Get(doc - leaf.DocBase);
    }

    public string SortedValue(int doc, string field)
    {
        var leaf = Reader.Leaves[ReaderUtil.SubIndex(doc, Reader.Leaves)];
        var bytes = new BytesRef();
        leaf.AtomicReader.GetSortedDocValues(field).Get(doc - leaf.DocBase, bytes);
        return bytes.Utf8ToString();
    }

    public bool HasTerm(int doc, string field, string term) =>
        Matching(new TermQuery(new Term(field, term))).Contains(doc);

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
    }
}
