using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ImrSearch.Web.Tests.Infrastructure;

/// <summary>
/// The site as deployed (Production environment: no developer pages), over an index the site builds itself on
/// start-up from the seed corpus into a temporary folder. Deletes that folder when disposed.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly int requestsPerMinute;
    private readonly IReadOnlyDictionary<string, string> settings;

    public SiteFactory()
        : this(1_000_000, null, null)
    {
    }

    private SiteFactory(int requestsPerMinute, string? corpusPath, IReadOnlyDictionary<string, string>? settings)
    {
        this.requestsPerMinute = requestsPerMinute;
        this.settings = settings ?? new Dictionary<string, string>();
        Folder = Path.Combine(Path.GetTempPath(), "imrsearch-web-tests", Guid.NewGuid().ToString("N"));
        IndexPath = Path.Combine(Folder, "index");
        CorpusPath = corpusPath ?? RepositoryLayout.Corpus;
    }

    /// <summary>A site with its own request budget, or over another corpus (null: the seed corpus).</summary>
    public static SiteFactory Create(int requestsPerMinute, string? corpusPath) => new(requestsPerMinute, corpusPath, null);

    /// <summary>A site over the seed corpus with other settings (configuration keys such as <c>ImrSearch:ConcurrentRequestsPerClient</c>).</summary>
    public static SiteFactory WithSettings(IReadOnlyDictionary<string, string> settings) => new(1_000_000, null, settings);

    /// <summary>A temporary folder of this site's own, deleted with it; the index lives in it.</summary>
    public string Folder { get; }

    public string IndexPath { get; }

    public string CorpusPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ImrSearch:IndexPath", IndexPath);
        builder.UseSetting("ImrSearch:CorpusPath", CorpusPath);
        builder.UseSetting("ImrSearch:RequestsPerMinute", requestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // No warm-up searches at start: tens of sites start in these tests (WarmUpAtStartTests runs one).
        builder.UseSetting("ImrSearch:WarmUpSeconds", "0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

/// <summary>One site for all integration tests in the collection (the index is built once).</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}
