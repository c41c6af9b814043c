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

    public SiteFactory(int requestsPerMinute = 1_000_000)
    {
        this.requestsPerMinute = requestsPerMinute;
        IndexPath = Path.Combine(Path.GetTempPath(), "imrsearch-web-tests", Guid.NewGuid().ToString("N"), "index");
    }

    public string IndexPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ImrSearch:IndexPath", IndexPath);
        builder.UseSetting("ImrSearch:CorpusPath", RepositoryLayout.Corpus);
        builder.UseSetting("ImrSearch:RequestsPerMinute", requestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        var folder = Path.GetDirectoryName(IndexPath)!;
        if (disposing && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>One site for all integration tests in the collection (the index is built once).</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}
