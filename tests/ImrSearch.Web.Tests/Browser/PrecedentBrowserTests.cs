using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

/// <summary>The outcomes page and the consistency check, driven in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrecedentBrowserTests(BrowserSite site) : IAsyncLifetime
{
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            return;
        }
        context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
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
    public async Task From_a_search_to_its_outcomes_cross_tab_sort_and_back_to_a_cell()
    {
        await page.GotoAsync(site.BaseUrl + "/?q=lumbar");
        await page.ClickAsync("#outcomes-link");
        await page.WaitForURLAsync(new Regex(@"/outcomes\?q=lumbar"));
        Assert.Equal("lumbar", await page.InputValueAsync("#q"));

        await page.SelectOptionAsync("#by", "bodyRegion");
        await page.SelectOptionAsync("#then", "treatment");
        await page.ClickAsync("#outcomes-form button[type=submit]");
        await page.WaitForURLAsync(new Regex("by=bodyRegion&then=treatment"));
        Assert.True(await page.Locator("svg.chart").IsVisibleAsync());
        Assert.Equal("Body region", (await page.InnerTextAsync("table.outcomes thead th:first-child")).Trim());

        await page.ClickAsync("table.outcomes thead a:text('Overturn rate')");
        await page.WaitForURLAsync(new Regex("order=rate"));

        var cell = page.Locator("table.outcomes tbody tr td.num a").First;
        var count = long.Parse((await cell.InnerTextAsync()).Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        await cell.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/\?q=lumbar&bodyRegion="));
        Assert.Equal(count, await page.Locator("li.hit").CountAsync());
    }

    [BrowserFact]
    public async Task Paste_a_draft_and_see_the_verdict_and_neighbours()
    {
        await page.GotoAsync(site.BaseUrl + "/check");
        await page.FillAsync("#Draft", "Chiropractic manipulation visits for the low back. Therefore the request is medically necessary.");
        await page.SelectOptionAsync("#Treatment", "Chiropractic");
        await page.ClickAsync("#check-form button[type=submit]");

        var verdict = page.Locator("#verdict.against");
        await verdict.WaitForAsync();
        Assert.Contains("reads as overturned", await verdict.InnerTextAsync());
        Assert.Equal(3, await page.Locator("ol.neighbours li.hit").CountAsync());
        Assert.Contains("Chiropractic manipulation", await page.InputValueAsync("#Draft"));
    }
}
