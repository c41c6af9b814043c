using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Precedents;

/// <summary>
/// The citation parts of issue 19 as the site shows and counts them: on the seed corpus, and on a corpus where two seed
/// letters carry the two lines of the issue (the regulation, edition and page total in one, two topics in the other).
/// </summary>
public sealed partial class GuidelineCitationPartsTests : IClassFixture<GuidelineCitationPartsTests.CitationCorpusSite>, IClassFixture<SiteFactory>
{
    private const string NamedEdition =
        "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Page(s): 16-19, 49 of 127.";

    private const string TwoTopics =
        "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Tramadol Page(s): 93-94, 113; Opioids, criteria for use Page(s): 78-80.";

    private readonly HttpClient seeds;
    private readonly HttpClient lines;

    public GuidelineCitationPartsTests(CitationCorpusSite citationSite, SiteFactory seedSite)
    {
        lines = citationSite.Site.CreateClient();
        seeds = seedSite.CreateClient();
    }

    /// <summary>What never belongs in a topic: pages, page totals, dates or years, regulation numbers.</summary>
    [GeneratedRegex(@"Page\(s\)|\bpages?\b|Effective|C\.C\.R|\bCCR\b|9792|\bof\s+[0-9]+|\b(?:19|20)[0-9]{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotATopic();

    private static async Task<List<Dictionary<string, string>>> GuidelineRows(HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, "/guidelines");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var headers = page.Document.QuerySelectorAll("table.citations-table thead th").Select(th => th.TextContent.Trim()).ToList();
        return page.Document.QuerySelectorAll("table.citations-table tbody tr")
            .Select(row => row.Children.Select((cell, i) => (headers[i], cell.TextContent.Trim())).ToDictionary(p => p.Item1, p => p.Item2))
            .ToList();
    }

    [Fact]
    public async Task The_seed_corpus_guidelines_hold_no_pages_dates_or_regulations_in_a_topic()
    {
        var rows = await GuidelineRows(seeds);

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.DoesNotMatch(NotATopic(), row["Topic"]));
        Assert.All(rows, row => Assert.Matches(@"^(?:|(?:Table [0-9]+-[0-9]+|[0-9]+(?:-[0-9]+)?)(?:, (?:Table [0-9]+-[0-9]+|[0-9]+(?:-[0-9]+)?))*)$", row["Pages"]));
        // "MTUS Chronic Pain Medical Treatment 2009, Section(s): Introduction, Physical Medicine" names its edition.
        var introduction = Assert.Single(rows, row => row["Topic"] == "Introduction, Physical Medicine");
        Assert.Equal("2009 edition", introduction["Edition named"]);
    }

    [Fact]
    public async Task Each_topic_of_a_line_is_a_row_and_the_edition_has_its_own_column()
    {
        var rows = await GuidelineRows(lines);

        Assert.All(rows, row => Assert.DoesNotMatch(NotATopic(), row["Topic"]));
        var tramadol = Assert.Single(rows, row => row["Topic"] == "Tramadol");
        Assert.Equal(("Chronic Pain Medical Treatment Guidelines", "93-94, 113", ""), (tramadol["Document"], tramadol["Pages"], tramadol["Edition named"]));
        var opioids = Assert.Single(rows, row => row["Topic"] == "Opioids, criteria for use");
        Assert.Equal("78-80", opioids["Pages"]);
        var named = Assert.Single(rows, row => row["Pages"] == "16-19, 49");
        Assert.Equal(("", "effective July 18, 2009", "1"), (named["Topic"], named["Edition named"], named["Items"]));
    }

    [Fact]
    public async Task Hits_case_pages_and_the_api_show_the_corrected_parts()
    {
        var search = await HtmlPage.GetAsync(lines, "/?q=case:100_two_topics");
        Assert.Contains(
            "Guideline: MTUS Chronic Pain Medical Treatment Guidelines, Tramadol, p. 93-94, 113; MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, p. 78-80",
            search.Text("li.hit .hit-guideline"));

        var casePage = await HtmlPage.GetAsync(lines, "/case/101_named_edition");
        Assert.Contains(
            "MTUS Chronic Pain Medical Treatment Guidelines (8 C.C.R. 9792.20 - 9792.26, effective July 18, 2009), p. 16-19, 49 of 127",
            casePage.Document.Body!.TextContent);

        using var api = JsonDocument.Parse(await lines.GetStringAsync("/api/search?q=case:101_named_edition"));
        var citation = api.RootElement.GetProperty("hits")[0].GetProperty("citations").EnumerateArray()
            .Single(c => c.GetProperty("citedBy").GetString() == "ImrOrganization");
        Assert.Equal("8 C.C.R. 9792.20 - 9792.26", citation.GetProperty("regulation").GetString());
        Assert.Equal("2009-07-18", citation.GetProperty("edition").GetString());
        Assert.Equal(127, citation.GetProperty("pageTotal").GetInt32());
        Assert.Equal("16-19, 49", citation.GetProperty("pages").GetString());
        Assert.False(citation.TryGetProperty("topic", out _));

        using var guidelines = JsonDocument.Parse(await lines.GetStringAsync("/api/guidelines"));
        Assert.Contains(guidelines.RootElement.GetProperty("citations").EnumerateArray(),
            c => c.TryGetProperty("edition", out var edition) && edition.ValueKind == JsonValueKind.String && edition.GetString() == "2009-07-18");

        var csv = await lines.GetStringAsync("/export/csv?q=case:100_two_topics");
        Assert.Contains("Tramadol, p. 93-94, 113; MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, p. 78-80", csv);
    }

    /// <summary>The seed letters, and seed 000 twice more with its reviewer's citation line replaced by each line of the issue.</summary>
    public sealed class CitationCorpusSite : IDisposable
    {
        private readonly string corpus = Path.Combine(Path.GetTempPath(), "imrsearch-web-tests", "citations-" + Guid.NewGuid().ToString("N"));

        public CitationCorpusSite()
        {
            Directory.CreateDirectory(corpus);
            foreach (var letter in Directory.GetFiles(RepositoryLayout.Corpus, "*.txt"))
            {
                File.Copy(letter, Path.Combine(corpus, Path.GetFileName(letter)));
            }

            var seed = File.ReadAllText(Path.Combine(RepositoryLayout.Corpus, "000_f245a003faefca76.txt"));
            var line = new Regex(@"MAXIMUS guideline: Decision based on MTUS Postsurgical Treatment Guidelines Page\(s\):\s+58-59\.");
            Assert.Matches(line, seed);
            File.WriteAllText(Path.Combine(corpus, "100_two_topics.txt"), line.Replace(seed, TwoTopics));
            File.WriteAllText(Path.Combine(corpus, "101_named_edition.txt"), line.Replace(seed, NamedEdition));
            Site = SiteFactory.Create(requestsPerMinute: 1_000_000, corpusPath: corpus);
        }

        public SiteFactory Site { get; }

        public void Dispose()
        {
            Site.Dispose();
            Directory.Delete(corpus, recursive: true);
        }
    }
}
