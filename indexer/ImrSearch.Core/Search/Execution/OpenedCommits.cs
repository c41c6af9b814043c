using ImrSearch.Search.Caching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ImrSearch.Search.Execution;

/// <summary>
/// The index's commits as builds write them, each opened as an <see cref="OpenedCommit"/> and warmed before it is
/// served: Lucene's SearcherManager, with ImrSearch's per-commit state beside the searcher instead of in static
/// tables. <see cref="ReferenceManager{G}.MaybeRefresh"/> opens the next commit, reusing the previous one's segment
/// states; searches hold theirs from <see cref="ReferenceManager{G}.Acquire"/> to
/// <see cref="ReferenceManager{G}.Release"/>, and a commit's reader closes when the last of them releases it.
/// </summary>
/// <remarks>Thread-safe, as Lucene's reference managers are; a refresh runs on one thread at a time.</remarks>
internal sealed class OpenedCommits : ReferenceManager<OpenedCommit>
{
    private readonly Func<IndexReader, IndexSearcher> newSearcher;
    private long lastNumber;

    /// <param name="newSearcher">Creates the searcher of each commit's reader.</param>
    public OpenedCommits(LuceneDirectory directory, Func<IndexReader, IndexSearcher> newSearcher)
    {
        this.newSearcher = newSearcher;
        Current = Open(DirectoryReader.Open(directory), previous: null);
    }

    protected override void DecRef(OpenedCommit reference) => reference.Reader.DecRef();

    // Null means "no new commit" to ReferenceManager, although its signature does not say so.
    protected override OpenedCommit RefreshIfNeeded(OpenedCommit referenceToRefresh) =>
        DirectoryReader.OpenIfChanged((DirectoryReader)referenceToRefresh.Reader) is { } next ? Open(next, referenceToRefresh) : null!;

    protected override bool TryIncRef(OpenedCommit reference) => reference.Reader.TryIncRef();

    protected override int GetRefCount(OpenedCommit reference) => reference.Reader.RefCount;

    private OpenedCommit Open(DirectoryReader reader, OpenedCommit? previous)
    {
        try
        {
            var commit = OpenedCommit.Open(newSearcher(reader), Interlocked.Increment(ref lastNumber), previous);
            commit.Warm();
            return commit;
        }
        catch
        {
            reader.DecRef();
            throw;
        }
    }
}
