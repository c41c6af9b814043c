using System.Text.Json;
using ImrSearch.Tests.Index;

namespace ImrSearch.Tests.Search;

/// <summary>`imr-index search` run as the real CLI process against the seed corpus index.</summary>
public sealed class SearchCommandTests(SeedCorpusSearchTests.Seeds seeds) : IClassFixture<SeedCorpusSearchTests.Seeds>
{
    private readonly string index = seeds.Index.IndexDirectory;

    [Fact]
    public void Json_has_total_hits_facets_and_timing()
    {
        var (exit, output, error) = ImrIndexProcess.Run(
            "search", "--index", index, "--query", "\"physical therapy\"", "--filter", "bodyRegion=Lumbar spine", "--filter", "decision=upheld", "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(root.GetProperty("hits").GetArrayLength(), root.GetProperty("total").GetInt32());
        Assert.True(root.GetProperty("tookMs").GetDouble() >= 0);
        Assert.False(root.TryGetProperty("warning", out _));

        var hit = root.GetProperty("hits")[0];
        foreach (var name in new[] { "caseId", "itemIndex", "item", "decision", "treatment", "bodyRegion", "specialties", "citations", "score", "highlights" })
        {
            Assert.True(hit.TryGetProperty(name, out _), name);
        }

        Assert.Equal("Upheld", hit.GetProperty("decision").GetString());
        Assert.Contains("<mark>", string.Concat(hit.GetProperty("highlights").EnumerateArray().Select(h => h.GetString())));
        Assert.Equal("MTUS", hit.GetProperty("citations").EnumerateArray().Last().GetProperty("source").GetString());

        var decision = root.GetProperty("facets").GetProperty("decision");
        Assert.Equal(decision.GetProperty("values").GetArrayLength(), decision.GetProperty("distinct").GetInt32());
        var upheld = decision.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "Upheld");
        Assert.True(upheld.GetProperty("selected").GetBoolean());
    }

    [Fact]
    public void A_malformed_query_sets_warning_in_json()
    {
        var (exit, output, error) = ImrIndexProcess.Run("search", "--index", index, "--query", "\"return to work", "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Contains("Unbalanced quote", json.RootElement.GetProperty("warning").GetString());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public void The_readable_list_shows_items_passages_and_facets()
    {
        var (exit, output, error) = ImrIndexProcess.Run("search", "--index", index, "--query", "manipulation", "--sort", "case", "--size", "10");

        Assert.True(exit == 0, error);
        Assert.Contains("decided items", output);
        Assert.Contains("1. Chirocare 2x4-6: Upheld", output);
        Assert.Contains("> ", output);
        Assert.Contains("decision: Upheld", output);
        // Redirected output has no terminal codes and no HTML.
        Assert.DoesNotContain("\u001b[", output);
        Assert.DoesNotContain("<mark>", output);
        Assert.DoesNotContain("&quot;", output);
    }

    [Theory]
    [InlineData("--filter", "decision")]
    [InlineData("--filter", "colour=red")]
    [InlineData("--size", "5")]
    [InlineData("--page", "0")]
    [InlineData("--sort", "oldest")]
    [InlineData("--decided-from", "2016-02-30")]
    [InlineData("--injured-to", "yesterday")]
    public void Bad_parameters_exit_2_with_a_message(string option, string value)
    {
        var (exit, _, error) = ImrIndexProcess.Run("search", "--index", index, option, value, "--json");

        Assert.Equal(2, exit);
        Assert.NotEmpty(error.Trim());
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_date_range_leaves_out_and_counts_the_items_whose_letters_state_no_date()
    {
        // The seed letters state no decision date: a range leaves every item out and says so.
        var (exit, output, error) = ImrIndexProcess.Run("search", "--index", index, "--decided-from", "2013-01-01", "--json");
        var (readableExit, readable, _) = ImrIndexProcess.Run("search", "--index", index, "--decided-to", "2026-12-31");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        var missing = json.RootElement.GetProperty("missingDates")[0];
        Assert.Equal("decided", missing.GetProperty("date").GetString());
        Assert.Equal(10, missing.GetProperty("items").GetInt32());
        Assert.Equal(0, readableExit);
        Assert.Contains("10 items have no decision date", readable);
    }

    [Fact]
    public void No_index_exits_2_with_a_message()
    {
        using var folder = new TemporaryFolder();

        var (exit, _, error) = ImrIndexProcess.Run("search", "--index", folder.Path, "--json");

        Assert.Equal(2, exit);
        Assert.Contains("no index", error);
    }
}
