using System.Text.Json;
using ImrSearch.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ImrSearch.Web.Tests.Pages;

/// <summary>The site runs the searcher's warm-up before it listens (<c>ImrSearch:WarmUpSeconds</c>), and says so.</summary>
public sealed class WarmUpAtStartTests
{
    [Theory]
    [InlineData("60")]
    [InlineData("1e300")]
    public async Task The_site_warms_its_search_up_before_it_listens_and_then_answers_as_usual(string seconds)
    {
        using var site = SiteFactory.WithSettings(new Dictionary<string, string> { ["ImrSearch:WarmUpSeconds"] = seconds });
        var log = new LogCapture();
        var client = site.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(log))).CreateClient();

        var total = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=knee")).RootElement.GetProperty("total").GetInt64();

        Assert.True(total > 0);
        Assert.Contains(log.Lines, line => line.StartsWith("Search warmed up: ", StringComparison.Ordinal) && line.Contains(" in 40 rounds", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("NaN")]
    public async Task No_warm_up_when_it_is_given_no_time(string seconds)
    {
        using var site = SiteFactory.WithSettings(new Dictionary<string, string> { ["ImrSearch:WarmUpSeconds"] = seconds });
        var log = new LogCapture();
        var client = site.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(log))).CreateClient();

        (await client.GetAsync("/api/search?q=knee")).EnsureSuccessStatusCode();

        Assert.DoesNotContain(log.Lines, line => line.Contains("warm", StringComparison.OrdinalIgnoreCase));
    }
}
