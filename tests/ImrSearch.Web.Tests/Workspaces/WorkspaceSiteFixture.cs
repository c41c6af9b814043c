namespace ImrSearch.Web.Tests.Workspaces;

/// <summary>
/// One site over the dated corpus for a test class, on SQLite or PostgreSQL, made at first use (so a class whose tests
/// are all skipped never touches the server). Tests share it by signing up users of their own.
/// </summary>
public abstract class WorkspaceSiteFixture(bool postgres) : IDisposable
{
    private readonly Lazy<(DatedCorpus Corpus, WorkspaceStorage Storage, WorkspaceSite Site)> parts = new(() =>
    {
        var corpus = new DatedCorpus();
        var storage = WorkspaceStorage.Create(postgres);
        return (corpus, storage, new WorkspaceSite(storage, corpus.Folder));
    });

    public WorkspaceSite Site => parts.Value.Site;

    public void Dispose()
    {
        if (parts.IsValueCreated)
        {
            parts.Value.Site.Dispose();
            parts.Value.Storage.Dispose();
            parts.Value.Corpus.Dispose();
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSiteFixture() : WorkspaceSiteFixture(postgres: false);

public sealed class PostgresSiteFixture() : WorkspaceSiteFixture(postgres: true);
