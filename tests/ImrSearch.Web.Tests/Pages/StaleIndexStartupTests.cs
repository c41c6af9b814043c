using ImrSearch.Index;
using ImrSearch.Web.Tests.Infrastructure;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ImrSearch.Web.Tests.Pages;

/// <summary>
/// An index written by an older format (issue 19 raised it to read citations anew) is re-indexed when the site starts,
/// if it came from the configured corpus; an index from elsewhere is served as it is rather than emptied.
/// </summary>
public sealed class StaleIndexStartupTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "imrsearch-web-tests", "stale-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => System.IO.Directory.Delete(folder, recursive: true);

    /// <summary>A corpus of the seed letters, indexed, with the commit marked as written by format 3.</summary>
    private (string Corpus, string Index) StaleIndex()
    {
        var corpus = Path.Combine(folder, "corpus");
        var index = Path.Combine(folder, "index");
        System.IO.Directory.CreateDirectory(corpus);
        foreach (var letter in System.IO.Directory.GetFiles(RepositoryLayout.Corpus, "*.txt"))
        {
            File.Copy(letter, Path.Combine(corpus, Path.GetFileName(letter)));
        }

        new CorpusIndexer().Build(corpus, index);
        using (var directory = FSDirectory.Open(index))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            // The commit data key IndexedLetters reads the format from.
            writer.SetCommitData(new Dictionary<string, string> { ["imrsearch.analysis"] = "schema 3; synonyms old" });
            writer.Commit();
        }

        Assert.False(IndexFormat.Inspect(index).IsCurrent);
        return (corpus, index);
    }

    private static async Task StartAsync(string corpus, string index)
    {
        using var site = new ConfiguredSite(corpus, index);
        var response = await site.CreateClient().GetAsync("/api/search");
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task An_older_index_from_the_corpus_is_re_indexed_at_start()
    {
        var (corpus, index) = StaleIndex();

        await StartAsync(corpus, index);

        var format = IndexFormat.Inspect(index);
        Assert.True(format.IsCurrent);
        Assert.Equal(SeedCorpus.Letters, format.Sources.Count);
    }

    [Fact]
    public async Task An_older_index_from_another_corpus_is_served_as_it_is()
    {
        var (corpus, index) = StaleIndex();
        File.Delete(System.IO.Directory.GetFiles(corpus).Order().First());

        await StartAsync(corpus, index);

        var format = IndexFormat.Inspect(index);
        Assert.False(format.IsCurrent);
        Assert.Equal(SeedCorpus.Letters, format.Sources.Count);
    }

    /// <summary>The site over a given index and corpus, neither deleted with it.</summary>
    private sealed class ConfiguredSite(string corpus, string index) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("ImrSearch:IndexPath", index);
            builder.UseSetting("ImrSearch:CorpusPath", corpus);
        }
    }
}
