using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ImrSearch.Index;

/// <summary>
/// What the last commit of an index holds, letter by letter (source path to content hash), and the analysis
/// fingerprint it was built with (null for an empty folder).
/// </summary>
internal sealed record IndexedLetters(IReadOnlyDictionary<string, string> Hashes, string? Analysis)
{
    /// <summary>Commit user data key of the analysis fingerprint.</summary>
    public const string AnalysisKey = "imrsearch.analysis";

    public static IndexedLetters Read(LuceneDirectory directory)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(directory))
        {
            return new IndexedLetters(hashes, null);
        }

        using var reader = DirectoryReader.Open(directory);
        var analysis = reader.IndexCommit.UserData.TryGetValue(AnalysisKey, out var value) ? value : null;
        var searcher = new IndexSearcher(reader);
        var collector = new AllDocuments();
        searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindCase)), collector);
        var fields = new HashSet<string> { IndexSchema.Source, IndexSchema.ContentHash };
        foreach (var doc in collector.Documents)
        {
            var document = reader.Document(doc, fields);
            hashes[document.Get(IndexSchema.Source)] = document.Get(IndexSchema.ContentHash);
        }

        return new IndexedLetters(hashes, analysis);
    }

    /// <summary>Collects every matching live document id, unscored.</summary>
    private sealed class AllDocuments : ICollector
    {
        private int docBase;

        public List<int> Documents { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc) => Documents.Add(docBase + doc);
    }
}
