using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ImrSearch.Index;

/// <summary>
/// Whether an index was written by this version (<see cref="IndexSchema.FormatVersion"/> and the synonym vocabulary,
/// as <see cref="CorpusIndexer.AnalysisFingerprint"/>), and which letters it holds, so whoever serves it can tell a
/// stale index from a current one and rebuild it only from the corpus it came from.
/// </summary>
public sealed record IndexFormat(bool Exists, bool IsCurrent, string? BuiltWith, IReadOnlyCollection<string> Sources)
{
    public static IndexFormat Inspect(string indexDirectory)
    {
        if (!System.IO.Directory.Exists(indexDirectory))
        {
            return new IndexFormat(false, false, null, []);
        }

        using var directory = FSDirectory.Open(indexDirectory);
        if (!DirectoryReader.IndexExists(directory))
        {
            return new IndexFormat(false, false, null, []);
        }

        var indexed = IndexedLetters.Read(directory);
        return new IndexFormat(true, indexed.Analysis == CorpusIndexer.AnalysisFingerprint, indexed.Analysis, [.. indexed.Hashes.Keys]);
    }

    /// <summary>True when every letter the index holds is still a file of the corpus: a build from it removes nothing.</summary>
    public bool CameFrom(string corpusDirectory) =>
        System.IO.Directory.Exists(corpusDirectory)
        && Sources.All(source => File.Exists(Path.Combine(corpusDirectory, source.Replace('/', Path.DirectorySeparatorChar))));
}
