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
        await page.ArriveAtAsync(new Regex(@"/outcomes\?q=lumbar"));
        Assert.Equal("lumbar", await page.InputValueAsync("#q"));

        await page.SelectOptionAsync("#by", "bodyRegion");
        await page.SelectOptionAsync("#then", "treatment");
        await page.ClickAsync("#outcomes-form button[type=submit]");
        await page.ArriveAtAsync(new Regex("by=bodyRegion&then=treatment"));
        Assert.True(await page.Locator("svg.chart").IsVisibleAsync());
        Assert.Equal("Body region", (await page.InnerTextAsync("table.outcomes thead th:first-child")).Trim());

        await page.ClickAsync("table.outcomes thead a:text('Overturn rate')");
        await page.ArriveAtAsync(new Regex("order=rate"));

        var cell = page.Locator("table.outcomes tbody tr td.num a").First;
        var count = long.Parse((await cell.InnerTextAsync()).Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        await cell.ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/\?q=lumbar&bodyRegion="));
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

    [BrowserFact]
    public async Task Correct_what_the_check_recognised_and_check_again_without_script()
    {
        await page.GotoAsync(site.BaseUrl + "/check");
        await page.FillAsync("#Draft", "MRI of the lumbar spine.");
        await page.ClickAsync("#check-form button.primary");
        await page.Locator("#recognised").WaitForAsync();
        Assert.Contains("MRI, mri, Lumbar spine", await page.InnerTextAsync("#recognised"));

        await page.SelectOptionAsync("#ReadBodyRegion", "Cervical spine");
        await page.ClickAsync("button[name=Corrected]");
        await page.WaitForLoadStateAsync();

        Assert.Contains("MRI, mri, Cervical spine", await page.InnerTextAsync("#recognised"));
        Assert.Equal("MRI Cervical Spine", (await page.Locator("ol.neighbours li.hit .hit-title").First.InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolations(page);
    }
}
