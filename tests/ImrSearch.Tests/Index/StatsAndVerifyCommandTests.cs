using System.Text.Json;

namespace ImrSearch.Tests.Index;

public sealed class StatsAndVerifyCommandTests
{
    [Fact]
    public void Stats_json_gives_cases_decisions_and_facet_counts()
    {
        using var fixture = new CorpusFixture(SampleDeterminations.NeurologyPhysicalTherapy(), SampleDeterminations.PreventiveMedicineMri());
        fixture.Build();

        var (exit, output, error) = ImrIndexProcess.Run("stats", "--index", fixture.IndexDirectory, "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("cases").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("decisions").GetInt32());
        var decision = json.RootElement.GetProperty("facets").GetProperty("decision");
        Assert.Equal(3, decision.GetProperty("Upheld").GetInt32());
        Assert.Equal(1, decision.GetProperty("Overturned").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("facets").GetProperty("sex").EnumerateObject().Count(p => p.Name == "Female"));
    }

    [Fact]
    public void Stats_without_an_index_says_so_and_exits_2()
    {
        using var folder = new TemporaryFolder();

        var (exit, _, error) = ImrIndexProcess.Run("stats", "--index", folder.Path, "--json");

        Assert.Equal(2, exit);
        Assert.Contains("no index", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Verify_reports_a_clean_index()
    {
        using var fixture = new CorpusFixture(SampleDeterminations.NeurologyPhysicalTherapy());
        fixture.Build();

        var (exit, output, error) = ImrIndexProcess.Run("verify", "--index", fixture.IndexDirectory);

        Assert.True(exit == 0, error);
        Assert.Contains("is clean", output);
        Assert.Contains("3 documents", output);
    }

    [Fact]
    public void Verify_names_the_damaged_segment_and_exits_1()
    {
        using var fixture = new CorpusFixture(SampleDeterminations.NeurologyPhysicalTherapy());
        fixture.Build();
        var stored = Directory.GetFiles(fixture.IndexDirectory, "*.fdt").Single();
        var bytes = File.ReadAllBytes(stored);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(stored, bytes);

        var (exit, _, error) = ImrIndexProcess.Run("verify", "--index", fixture.IndexDirectory);

        Assert.Equal(1, exit);
        Assert.Contains("has problems", error);
        Assert.Contains("Segment _0 (3 documents): check integrity failed: checksum failed", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Verify_without_an_index_exits_2()
    {
        using var folder = new TemporaryFolder();

        var (exit, _, error) = ImrIndexProcess.Run("verify", "--index", Path.Combine(folder.Path, "missing"));

        Assert.Equal(2, exit);
        Assert.Contains("no index folder", error);
    }
}
