using System.Text.Json;
using ImrSearch.Index;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Pages;

/// <summary>An index build committed while the site runs is served without a restart and without a failed request.</summary>
public sealed class IndexRefreshTests : IDisposable
{
    private readonly string corpus = Path.Combine(Path.GetTempPath(), "imrsearch-web-tests", "corpus-" + Guid.NewGuid().ToString("N"));
    private readonly SiteFactory site;

    public IndexRefreshTests()
    {
        Directory.CreateDirectory(corpus);
        foreach (var letter in Directory.GetFiles(RepositoryLayout.Corpus, "*.txt").Order().Take(SeedCorpus.Letters - 1))
        {
            File.Copy(letter, Path.Combine(corpus, Path.GetFileName(letter)));
        }
        site = SiteFactory.Create(requestsPerMinute: 1_000_000, corpusPath: corpus);
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(corpus, recursive: true);
    }

    private static async Task<long> Total(HttpClient client)
    {
        var response = await client.GetAsync("/api/search");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt64();
    }

    [Fact]
    public async Task A_new_commit_is_served_within_seconds()
    {
        var client = site.CreateClient();
        var before = await Total(client);
        Assert.InRange(before, 1, SeedCorpus.DecidedItems - 1);

        var last = Directory.GetFiles(RepositoryLayout.Corpus, "*.txt").Order().Last();
        File.Copy(last, Path.Combine(corpus, Path.GetFileName(last)));
        new CorpusIndexer().Build(corpus, site.IndexPath);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var now = before;
        while (now != SeedCorpus.DecidedItems && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            now = await Total(client);
        }
        Assert.Equal(SeedCorpus.DecidedItems, now);
    }
}
