using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

/// <summary>Side by side, reached the two ways a reader reaches it: a search's outcome bar, and a case's similar items.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareBrowserTests(BrowserSite site) : IAsyncLifetime
{
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            return;
        }
        context = await site.Browser.NewContextAsync();
        page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
    }

    public async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task From_a_search_outcome_bar_to_its_upheld_and_overturned_items()
    {
        await page.GotoAsync(site.BaseUrl + "/?q=lumbar");
        await page.ClickAsync("#compare-link");
        await page.ArriveAtAsync(new Regex(@"/compare\?q=lumbar$"));

        Assert.Equal(["Upheld", "Overturned"], (await page.Locator("section.compared-side h2").AllInnerTextsAsync()).Select(h => h.Trim()));
        Assert.Contains("at most 50", await page.InnerTextAsync("#sample-note"));
        var overturnedTerms = await page.Locator("#side-2 table.terms td.term").AllInnerTextsAsync();
        Assert.Contains("preoperative", overturnedTerms);
        Assert.True(await page.Locator("#side-2 blockquote.passage mark").First.IsVisibleAsync());
        await Accessibility.AssertNoViolations(page);

        await page.ClickAsync("#sample-note a");
        await page.ArriveAtAsync(new Regex(@"/\?q=lumbar$"));
    }

    [BrowserFact]
    public async Task From_a_case_similar_item_to_the_two_side_by_side_and_on_to_another()
    {
        await page.GotoAsync(site.BaseUrl + "/case/001_a2d9d1ce07a723b3");
        var similar = page.Locator("section.similar-item[data-item='2']");
        await similar.Locator("a.compare-link").First.ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/compare\?a=001_a2d9d1ce07a723b3%2F2&b=004_0ee5ec402ea739f4%2F1"));

        Assert.Equal(["MRI Lumbar Spine", "MRI of the lumbar spine"], (await page.Locator("section.compared-side h2").AllInnerTextsAsync()).Select(h => h.Trim()));
        Assert.Equal("Overturned", (await page.TextContentAsync("#side-2 .badge"))?.Trim());
        Assert.Contains("preoperative", await page.Locator("#side-2 table.terms td.term").AllInnerTextsAsync());
        await Accessibility.AssertNoViolations(page);

        await page.FillAsync("#b", "004_0ee5ec402ea739f4/0");
        await page.ClickAsync("#compare-items-form button[type=submit]");
        await page.ArriveAtAsync(new Regex("b=004_0ee5ec402ea739f4%2F0"));
        Assert.Equal("Physical therapy for the lumbar spine", (await page.InnerTextAsync("#side-2 h2")).Trim());
    }

    [BrowserFact]
    public async Task Compare_this_item_with_one_typed_on_the_case_page()
    {
        await page.GotoAsync(site.BaseUrl + "/case/001_a2d9d1ce07a723b3");
        await page.FillAsync("#compare-with-item-3", "004_0ee5ec402ea739f4/1");
        await page.Locator("section.similar-item[data-item='2'] form.compare-with button").ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/compare\?a=001_a2d9d1ce07a723b3%2F2&b=004_0ee5ec402ea739f4%2F1"));

        Assert.Equal(2, await page.Locator("section.compared-side").CountAsync());
        await Accessibility.AssertNoViolations(page);
    }
}
