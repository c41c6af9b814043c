using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Precedents;

[Collection(SiteCollection.Name)]
public partial class CheckAndGuidelinesPageTests(SiteFactory site)
{
    private readonly HttpClient client = site.CreateClient();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private async Task<HtmlPage> PostCheckAsync(string draft, string treatment = "", Dictionary<string, string>? reading = null)
    {
        var form = await client.GetStringAsync("/check");
        var token = Token().Match(form).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["Draft"] = draft,
            ["Treatment"] = treatment,
            ["Guideline"] = "",
            ["__RequestVerificationToken"] = token,
        };
        foreach (var (name, value) in reading ?? [])
        {
            fields[name] = value;
        }

        var response = await client.PostAsync("/check", new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.StatusCode, response, new HtmlParser().ParseDocument(html));
    }

    [Fact]
    public async Task The_check_form_is_labelled_and_offers_treatments()
    {
        var page = await HtmlPage.GetAsync(client, "/check");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("label[for=Draft]"));
        Assert.NotNull(page.Document.QuerySelector("textarea#Draft[maxlength='20000']"));
        Assert.Contains(page.Document.QuerySelectorAll("select#Treatment option"), o => o.TextContent == "Chiropractic");
    }

    [Fact]
    public async Task A_draft_against_precedent_is_flagged_with_neighbours_and_guidelines()
    {
        var page = await PostCheckAsync("Chiropractic manipulation visits for the low back. Therefore the request is medically necessary.", "Chiropractic");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("class=\"verdict against\"", page.Document.DocumentElement.OuterHtml);
        Assert.Contains("reads as overturned", page.Text("#verdict"));
        var neighbours = page.Document.QuerySelectorAll("ol.neighbours li.hit");
        Assert.Equal(3, neighbours.Length);
        Assert.All(neighbours, n => Assert.Equal("Upheld", n.QuerySelector(".badge")!.TextContent));
        Assert.NotEmpty(page.Document.QuerySelectorAll("ul.citations li a"));
        Assert.Equal("Chiropractic", page.Document.QuerySelector("select#Treatment option[selected]")!.TextContent);
    }

    [Fact]
    public async Task The_page_shows_what_it_recognised_in_form_fields_the_user_can_correct()
    {
        var page = await PostCheckAsync("Chiropractic manipulation visits for the low back, QTY: 12.");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Chiropractic, chiropractic, manipulation, Lumbar spine, QTY 12", page.Text("#recognised"));
        Assert.Equal("Chiropractic", page.Document.QuerySelector("select#ReadTreatment option[selected]")!.TextContent);
        Assert.Equal("Lumbar spine", page.Document.QuerySelector("select#ReadBodyRegion option[selected]")!.TextContent);
        Assert.Equal("chiropractic manipulation", page.Document.QuerySelector("input#ReadNamed")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("label[for=ReadGuideline]"));
        Assert.NotNull(page.Document.QuerySelector("button[name=Corrected][value=true]"));
    }

    [Fact]
    public async Task A_corrected_reading_ranks_by_the_correction_and_a_wrong_one_is_a_400()
    {
        var read = await PostCheckAsync("MRI of the lumbar spine.");
        var corrected = await PostCheckAsync("MRI of the lumbar spine.", reading: new()
        {
            ["Corrected"] = "true",
            ["ReadTreatment"] = "MRI",
            ["ReadNamed"] = "mri",
            ["ReadBodyRegion"] = "Cervical spine",
            ["ReadGuideline"] = "",
            ["ReadQuantity"] = "",
        });
        var wrong = await PostCheckAsync("An imaging study.", reading: new() { ["Corrected"] = "true", ["ReadBodyRegion"] = "Elsewhere" });

        Assert.Contains("MRI, mri, Lumbar spine", read.Text("#recognised"));
        Assert.Contains("lumbar", read.Text("ol.neighbours li.hit .hit-title"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, corrected.Status);
        Assert.Contains("MRI, mri, Cervical spine", corrected.Text("#recognised"));
        Assert.Equal("MRI Cervical Spine", corrected.Text("ol.neighbours li.hit .hit-title"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("not a body region", wrong.Text(".notice.error"));
    }

    [Fact]
    public async Task The_page_lists_what_the_draft_leaves_out()
    {
        var page = await PostCheckAsync("Chiropractic care for the low back. Denied.");

        Assert.Equal("What the draft leaves out", page.Text("#left-out-heading"));
        Assert.Contains(page.Document.QuerySelectorAll("ul.omitted-facts li"), li => li.TextContent.StartsWith("functional improvement", StringComparison.Ordinal));
        Assert.NotEmpty(page.Document.QuerySelectorAll("ul.omitted-citations li a"));
    }

    [Fact]
    public async Task An_empty_or_oversized_draft_is_a_400_with_a_message()
    {
        var empty = await PostCheckAsync("   ");
        var huge = await PostCheckAsync(new string('x', 20_001));

        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Contains("Paste a draft", empty.Text(".notice.error"));
        Assert.Equal(HttpStatusCode.BadRequest, huge.Status);
        Assert.Contains("20,000", huge.Text(".notice.error"));
    }

    [Fact]
    public async Task Guideline_citations_list_counts_outcomes_and_searches()
    {
        var page = await HtmlPage.GetAsync(client, "/guidelines");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("table.citations-table tbody tr");
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var numbers = row.QuerySelectorAll("td.num").Select(td => long.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(numbers[0], numbers[1] + numbers[2]);
        }

        var link = rows[0].QuerySelector("th a")!.GetAttribute("href")!;
        Assert.StartsWith("/?", link, StringComparison.Ordinal);
        Assert.Contains("guideline=", link, StringComparison.Ordinal);
        var search = await HtmlPage.GetAsync(client, link);
        Assert.NotEmpty(search.Document.QuerySelectorAll("li.hit"));
    }

    [Fact]
    public async Task The_case_page_lists_similar_decisions_per_item()
    {
        var page = await HtmlPage.GetAsync(client, "/case/001_a2d9d1ce07a723b3");

        var groups = page.Document.QuerySelectorAll("section.similar-item");
        Assert.Equal(3, groups.Length);
        var lumbar = groups[2].QuerySelectorAll("li.neighbour a").First().GetAttribute("href");
        Assert.Equal("/case/004_0ee5ec402ea739f4#item-2", lumbar);
        Assert.NotNull(groups[2].QuerySelector(".neighbour-split"));

        var same = await HtmlPage.GetAsync(client, "/case/001_a2d9d1ce07a723b3?same=1");
        Assert.All(same.Document.QuerySelectorAll("section.similar-item")[1].QuerySelectorAll("li.neighbour .hit-meta"),
            meta => Assert.StartsWith("MRI", meta.TextContent.Trim(), StringComparison.Ordinal));
    }
}
