using ImrSearch.Index;
using ImrSearch.Web.Configuration;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ImrSearch.Web.Searching;

/// <summary>
/// Makes sure there is an index to serve before the first request: when the configured index folder holds none, it
/// is built from the configured corpus, and the log says so.
/// </summary>
public sealed class IndexBootstrap(ImrSearchOptions options, IWebHostEnvironment environment, ILogger<IndexBootstrap> logger)
{
    public string IndexPath => options.ResolveIndexPath(environment.ContentRootPath);

    public string CorpusPath => options.ResolveCorpusPath(environment.ContentRootPath);

    public void EnsureIndex()
    {
        if (HasIndex(IndexPath))
        {
            logger.LogInformation("Serving the index at {IndexPath}", IndexPath);
            return;
        }
        if (!System.IO.Directory.Exists(CorpusPath))
        {
            throw new InvalidOperationException(
                $"No index at {IndexPath}, and no corpus folder at {CorpusPath} to build one from. " +
                "Set ImrSearch:IndexPath to a built index or ImrSearch:CorpusPath to a folder of letters.");
        }
        logger.LogInformation("No index at {IndexPath}: building it from the corpus at {CorpusPath}", IndexPath, CorpusPath);
        var report = new CorpusIndexer().Build(CorpusPath, IndexPath);
        logger.LogInformation(
            "Index built at {IndexPath} in {Elapsed:0.0} s: {Summary}; {Cases} letters, {Decisions} decided items",
            IndexPath, report.Elapsed.TotalSeconds, report.Summary, report.Cases, report.Decisions);
        foreach (var rejected in report.Rejected)
        {
            logger.LogWarning("Letter {Source} was not indexed: {Reason}", rejected.Source, rejected.Reason);
        }
        foreach (var folder in report.UnreadableFolders)
        {
            logger.LogWarning("Corpus folder {Folder} could not be read: {Reason}", folder.Path, folder.Reason);
        }
    }

    private static bool HasIndex(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }
        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory);
    }
}
