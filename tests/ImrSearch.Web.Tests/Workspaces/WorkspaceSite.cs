using ImrSearch.Index;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ImrSearch.Web.Tests.Workspaces;

/// <summary>Where a test site keeps its users' data: a SQLite file in the site's folder, or a PostgreSQL database.</summary>
public sealed class WorkspaceStorage : IDisposable
{
    private WorkspaceStorage(string folder, string? postgres)
    {
        Folder = folder;
        Postgres = postgres;
    }

    public string Folder { get; }

    public string IndexPath => Path.Combine(Folder, "index");

    /// <summary>The site's PostgreSQL database, or null for the SQLite default (workspaces.db beside the index).</summary>
    public string? Postgres { get; }

    public string SqlitePath => Path.Combine(Folder, "workspaces.db");

    public static WorkspaceStorage Create(bool postgres) => new(
        Path.Combine(Path.GetTempPath(), "imrsearch-web-tests", "ws-" + Guid.NewGuid().ToString("N")),
        postgres ? TestPostgres.CreateDatabase() : null);

    /// <summary>Builds (or rebuilds, incrementally) the index from the corpus, as <c>imr-index build</c> does.</summary>
    public void BuildIndex(string corpus) => new CorpusIndexer().Build(corpus, IndexPath);

    public void Dispose()
    {
        if (Postgres is not null)
        {
            TestPostgres.DropDatabase(Postgres);
        }
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

/// <summary>
/// The site as deployed (Production) over a storage it does not own: disposing the site leaves the data, so another
/// site over the same storage is a restart. The index is built from <paramref name="corpus"/> when missing.
/// </summary>
public sealed class WorkspaceSite(WorkspaceStorage storage, string corpus, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public WorkspaceStorage Storage => storage;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ImrSearch:IndexPath", storage.IndexPath);
        builder.UseSetting("ImrSearch:CorpusPath", corpus);
        builder.UseSetting("ImrSearch:RequestsPerMinute", "1000000");
        builder.UseSetting("ImrSearch:WarmUpSeconds", "0");
        if (storage.Postgres is not null)
        {
            builder.UseSetting("ConnectionStrings:ImrSearch", storage.Postgres);
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client of its own (its own cookies), over https as the session cookie requires; redirects not followed.</summary>
    public WorkspaceClient NewClient() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    }));
}
