using ImrSearch.Analysis;
using ImrSearch.Index;
using ImrSearch.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace ImrSearch.Evaluation;

/// <summary>
/// The baseline any peer ships: Lucene's BM25 (k1 1.2, b 0.75) over the item, rationale and summary fields, the draft's
/// words (analyzed as search analyzes a query: lower case, stemmed, stop words dropped) OR-ed across all three. Nothing
/// else: no vocabulary, no structure. Over the same index as the check, on its own reader.
/// </summary>
public sealed class Bm25Baseline : IDisposable
{
    private static readonly string[] Fields = [IndexSchema.Item, IndexSchema.Rationale, IndexSchema.Summary];

    private readonly Lucene.Net.Store.Directory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer analyzer = ImrAnalyzer.ForQueries();

    public Bm25Baseline(string indexDirectory)
    {
        directory = FSDirectory.Open(indexDirectory);
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The top items for a text, excluding one letter's items when asked (as similar decisions does).</summary>
    public IReadOnlyList<ItemKey> Rank(string text, int count, string? excludeCase = null)
    {
        var query = new BooleanQuery();
        foreach (var term in Terms(text))
        {
            foreach (var field in Fields)
            {
                var word = new TermQuery(new Term(field, term));
                query.Add(IndexSchema.LetterTextFields.Contains(field) ? new LetterTextQuery(word) : word, Occur.SHOULD);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var filter = new BooleanQuery { { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindItem)), Occur.MUST } };
        if (excludeCase is not null)
        {
            filter.Add(new TermQuery(new Term(IndexSchema.CaseId, excludeCase)), Occur.MUST_NOT);
        }

        var top = searcher.Search(query, new QueryWrapperFilter(filter), count);
        return [.. top.ScoreDocs.Select(hit =>
        {
            var document = searcher.Doc(hit.Doc);
            return new ItemKey(document.Get(IndexSchema.CaseId), document.GetField(IndexSchema.ItemIndex).GetInt32Value() ?? -1);
        })];
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    /// <summary>The distinct analyzed terms of the text; BooleanQuery's clause limit bounds how many are kept.</summary>
    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexSchema.Rationale, text);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < BooleanQuery.MaxClauseCount / Fields.Length)
        {
            var term = attribute.ToString();
            if (!terms.Contains(term, StringComparer.Ordinal))
            {
                terms.Add(term);
            }
        }

        stream.End();
        return terms;
    }
}
