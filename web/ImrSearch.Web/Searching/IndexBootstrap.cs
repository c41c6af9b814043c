using ImrSearch.Index;
using ImrSearch.Web.Configuration;

namespace ImrSearch.Web.Searching;

/// <summary>
/// Makes sure there is an index to serve before the first request: when the configured index folder holds none, it
/// is built from the configured corpus, and the log says so; an index written by an older format (another
/// <see cref="IndexSchema.FormatVersion"/>) is re-indexed from the corpus when it came from it, else served with a warning.
/// </summary>
public sealed class IndexBootstrap(ImrSearchOptions options, IWebHostEnvironment environment, ILogger<IndexBootstrap> logger)
{
    public string IndexPath => options.ResolveIndexPath(environment.ContentRootPath);

    public string CorpusPath => options.ResolveCorpusPath(environment.ContentRootPath);

    public void EnsureIndex()
    {
        var format = IndexFormat.Inspect(IndexPath);
        if (format.Exists && format.IsCurrent)
        {
            logger.LogInformation("Serving the index at {IndexPath}", IndexPath);
            return;
        }
        if (format.Exists && !format.CameFrom(CorpusPath))
        {
            // Rebuilding from a corpus that lacks some of its letters would remove them: leave that to whoever built it.
            logger.LogWarning(
                "The index at {IndexPath} was built by another version ({BuiltWith}; this one writes {Current}) and not from the corpus at {CorpusPath}: " +
                "serving it as it is. Run imr-index build on its corpus to re-read every letter.",
                IndexPath, format.BuiltWith ?? "no version recorded", CorpusIndexer.AnalysisFingerprint, CorpusPath);
            return;
        }
        if (!System.IO.Directory.Exists(CorpusPath))
        {
            throw new InvalidOperationException(
                $"No index at {IndexPath}, and no corpus folder at {CorpusPath} to build one from. " +
                "Set ImrSearch:IndexPath to a built index or ImrSearch:CorpusPath to a folder of letters.");
        }
        if (format.Exists)
        {
            logger.LogInformation("The index at {IndexPath} was built by another version: re-indexing every letter from the corpus at {CorpusPath}", IndexPath, CorpusPath);
        }
        else
        {
            logger.LogInformation("No index at {IndexPath}: building it from the corpus at {CorpusPath}", IndexPath, CorpusPath);
        }
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
}
