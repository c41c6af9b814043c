using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
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
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            if (atomic.FieldInfos.FieldInfo(IndexSchema.ContentHash)?.HasDocValues == true)
            {
                ReadDocValues(atomic, hashes);
            }
            else
            {
                ReadStoredFields(atomic, hashes);
            }
        }

        return new IndexedLetters(hashes, analysis);
    }

    /// <summary>Source and hash as doc values: reading them never decompresses the stored determination JSON.</summary>
    private static void ReadDocValues(AtomicReader atomic, Dictionary<string, string> hashes)
    {
        var hasHash = atomic.GetDocsWithField(IndexSchema.ContentHash);
        var sources = atomic.GetBinaryDocValues(IndexSchema.Source);
        var contentHashes = atomic.GetBinaryDocValues(IndexSchema.ContentHash);
        var live = atomic.LiveDocs;
        var bytes = new BytesRef();
        for (var doc = 0; doc < atomic.MaxDoc; doc++)
        {
            if (!hasHash.Get(doc) || (live is not null && !live.Get(doc)))
            {
                continue;
            }

            sources.Get(doc, bytes);
            var source = bytes.Utf8ToString();
            contentHashes.Get(doc, bytes);
            hashes[source] = bytes.Utf8ToString();
        }
    }

    /// <summary>Segments written before format 3 keep source and hash only as stored fields.</summary>
    private static void ReadStoredFields(AtomicReader atomic, Dictionary<string, string> hashes)
    {
        var cases = atomic.GetTermDocsEnum(new Term(IndexSchema.Kind, IndexSchema.KindCase));
        if (cases is null)
        {
            return;
        }

        var fields = new HashSet<string> { IndexSchema.Source, IndexSchema.ContentHash };
        int doc;
        while ((doc = cases.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            var document = atomic.Document(doc, fields);
            hashes[document.Get(IndexSchema.Source)] = document.Get(IndexSchema.ContentHash);
        }
    }
}
