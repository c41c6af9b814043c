using System.Diagnostics;
using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ImrSearch.Web.Tests.Security;

/// <summary>The index the site builds at start-up survives letters that once stopped a build; the log names them.</summary>
public sealed class StartupBuildTests : IDisposable
{
    private readonly string corpus = Path.Combine(Path.GetTempPath(), "imrsearch-web-tests", "corpus-" + Guid.NewGuid().ToString("N"));
    private readonly SiteFactory site;
    private readonly LogCapture log = new();

    public StartupBuildTests()
    {
        Directory.CreateDirectory(corpus);
        var letters = Directory.GetFiles(RepositoryLayout.Corpus, "*.txt").Order().ToList();
        foreach (var letter in letters)
        {
            File.Copy(letter, Path.Combine(corpus, Path.GetFileName(letter)));
        }

        // A summary with Arabic-Indic digits (once an unhandled FormatException), a binary file and, on Linux, a FIFO
        // named like a letter (once a build that never ended).
        var first = File.ReadAllText(letters[0]);
        File.WriteAllText(Path.Combine(corpus, "fullwidth.txt"), first.Replace("49-year-old female", "٤٩-year-old male", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(corpus, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]);
        if (OperatingSystem.IsLinux())
        {
            using var mkfifo = Process.Start("mkfifo", Path.Combine(corpus, "pipe.txt"));
            mkfifo.WaitForExit();
        }

        site = SiteFactory.Create(requestsPerMinute: 1_000_000, corpusPath: corpus);
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(corpus, recursive: true);
    }

    [Fact]
    public async Task The_site_starts_serves_the_good_letters_and_logs_each_bad_one_with_its_reason()
    {
        var client = site.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(log))).CreateClient();

        var response = await client.GetAsync("/api/search");

        response.EnsureSuccessStatusCode();
        var total = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt64();
        Assert.True(total > SeedCorpus.DecidedItems);
        var fullWidth = JsonDocument.Parse(await client.GetStringAsync("/api/cases/fullwidth")).RootElement;
        Assert.True(!fullWidth.GetProperty("patient").TryGetProperty("age", out var age) || age.ValueKind == JsonValueKind.Null);
        Assert.Contains(log.Lines, line => line.Contains("binary.txt was not indexed: binary file", StringComparison.Ordinal));
        if (OperatingSystem.IsLinux())
        {
            Assert.Contains(log.Lines, line => line.Contains("pipe.txt was not indexed: not a regular file (a FIFO)", StringComparison.Ordinal));
        }

        Assert.Contains(log.Lines, line => line.Contains("6 added", StringComparison.Ordinal) && line.Contains("rejected", StringComparison.Ordinal));
    }
}
