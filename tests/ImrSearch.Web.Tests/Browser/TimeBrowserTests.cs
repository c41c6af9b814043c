using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

/// <summary>
/// Date ranges, the case-outcome facet, "current guidelines only" and the trend chart, driven in Chromium over the
/// dated seed letters.
/// </summary>
[Collection(DatedBrowserCollection.Name)]
public sealed class TimeBrowserTests(DatedBrowserSite site) : IAsyncLifetime
{
    private IBrowserContext context = null!;
    private IPage page = null!;
    private readonly List<string> consoleErrors = [];

    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            return;
        }
        context = await site.Browser.NewContextAsync();
        page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
    }

    public async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
    }

    private async Task<long> ResultCount() =>
        long.Parse(Regex.Match(await page.InnerTextAsync("#results-heading"), @"[\d,]+").Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

    [BrowserFact]
    public async Task Set_a_decision_date_range_see_the_undated_counted_then_remove_its_chip()
    {
        await page.GotoAsync(site.BaseUrl + "/");
        Assert.Equal(11, await ResultCount());

        await page.FillAsync("#decidedFrom", "2015-01-01");
        await page.FillAsync("#decidedTo", "2015-12-31");
        await page.ClickAsync("#apply-dates");
        await page.ArriveAtAsync(new Regex("decidedFrom=2015-01-01&decidedTo=2015-12-31"));

        Assert.Equal(5, await ResultCount());
        Assert.Contains("1 item has no decision date", await page.InnerTextAsync(".missing-dates"));
        Assert.Equal("2015-01-01", await page.InputValueAsync("#decidedFrom"));
        // Empty date inputs are left out of the URL.
        Assert.DoesNotContain("injuredFrom", page.Url, StringComparison.Ordinal);
        var chip = page.Locator(".chips a.chip", new() { HasText = "2015-01-01 to 2015-12-31" });
        await chip.ClickAsync();
        await page.ArriveAtAsync(site.BaseUrl + "/");
        Assert.Equal(11, await ResultCount());
        Assert.Equal(0, await page.Locator(".missing-dates").CountAsync());
        Assert.Empty(consoleErrors);
    }

    [BrowserFact]
    public async Task Tick_partly_overturned_then_current_guidelines_only()
    {
        await page.GotoAsync(site.BaseUrl + "/");
        await page.Locator("fieldset[data-dimension='caseOutcome'] label", new() { HasText = "Partly overturned" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("caseOutcome=Partly"));
        Assert.Equal(2, await ResultCount());
        // Letter 004 applied the 2009 chronic pain and 2004 low back editions, both replaced since.
        Assert.Equal(2, await page.Locator("li.hit .replaced-note").CountAsync());

        await page.GotoAsync(site.BaseUrl + "/");
        var shown = long.Parse(await page.InnerTextAsync("fieldset.current-guidelines .count"), System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("label[for='current-guidelines']").ClickAsync();
        await page.ArriveAtAsync(new Regex("guidelineStatus=Current"));
        Assert.True(shown > 0);
        Assert.Equal(shown, await ResultCount());
        Assert.Equal(0, await page.Locator("li.hit .replaced-note").CountAsync());
        Assert.True(await page.Locator("#current-guidelines").IsCheckedAsync());
        Assert.Empty(consoleErrors);
    }

    [BrowserFact]
    public async Task Follow_the_outcome_bar_to_the_trend_chart_change_the_period_and_pass_axe()
    {
        await page.GotoAsync(site.BaseUrl + "/?q=MRI");
        await page.ClickAsync("#trends-link");
        await page.ArriveAtAsync(new Regex(@"/trends\?q=MRI$"));

        var svg = page.Locator("#trend-svg");
        Assert.True(await svg.IsVisibleAsync());
        Assert.Contains("by month", await page.TextContentAsync("#trend-title"));
        var months = await page.Locator("#trend-table tbody tr").CountAsync();
        Assert.Equal(months, await svg.Locator("rect.decisions").CountAsync());

        await page.SelectOptionAsync("#interval", "year");
        await page.ClickAsync("#trends-form button[type=submit]");
        await page.ArriveAtAsync(new Regex("interval=year"));
        Assert.Contains("by year", await page.TextContentAsync("#trend-title"));
        Assert.InRange(await page.Locator("#trend-table tbody tr").CountAsync(), 1, 3);
        var box = await svg.BoundingBoxAsync();
        Assert.True(box is { Width: > 200, Height: > 80 }, "the chart is drawn at a readable size");
        await Accessibility.AssertNoViolations(page);

        await page.GotoAsync(site.BaseUrl + "/?decidedFrom=2014-01-01&guidelineStatus=Current%20guidelines");
        await Accessibility.AssertNoViolations(page);
        await page.GotoAsync(site.BaseUrl + "/guidelines");
        await Accessibility.AssertNoViolations(page);
        await page.GotoAsync(site.BaseUrl + "/case/CM14-0000005");
        await Accessibility.AssertNoViolations(page);
        Assert.Empty(consoleErrors);
    }
}
