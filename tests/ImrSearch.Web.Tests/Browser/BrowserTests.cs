using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class BrowserTests(BrowserSite site) : IAsyncLifetime
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
        context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        page = await context.NewPageAsync();
        // Generous: the machine is shared and the whole suite runs in parallel.
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

    private ILocator FacetCheckbox(string dimension, string value) =>
        page.Locator($"fieldset[data-dimension='{dimension}'] input[type=checkbox][value='{value}']");

    /// <summary>The sum of a sidebar group's counts, as shown.</summary>
    private async Task<long> FacetTotal(string dimension) =>
        (await page.Locator($"fieldset[data-dimension='{dimension}'] .count").AllInnerTextsAsync())
            .Sum(text => long.Parse(text.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));

    [BrowserFact]
    public async Task Type_a_query_tick_a_facet_see_counts_change_then_remove_the_chip()
    {
        await page.GotoAsync(site.BaseUrl + "/");
        await page.FillAsync("#q", "MRI");
        await page.PressAsync("#q", "Enter");
        await page.ArriveAtAsync(new Regex(@"\?q=MRI(&|$)"));
        var all = await ResultCount();
        Assert.True(all >= 2, $"expected several MRI results, got {all}");
        var treatmentsBefore = await FacetTotal("treatment");
        Assert.Equal(all, treatmentsBefore);

        // JavaScript submits the form as soon as the box is ticked.
        await page.Locator("fieldset[data-dimension='decision'] label", new() { HasText = "Overturned" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("decision=Overturned"));

        var filtered = await ResultCount();
        Assert.InRange(filtered, 1, all - 1);
        Assert.Equal(filtered, await page.Locator("li.hit").CountAsync());
        Assert.True(await FacetCheckbox("decision", "Overturned").IsCheckedAsync());
        Assert.Equal("Overturned", await page.TextContentAsync("li.hit .badge"));
        // Other groups count under the new filter: one treatment per item, so they add up to the new total.
        Assert.Equal(filtered, await FacetTotal("treatment"));
        var chip = page.Locator(".chips a.chip", new() { HasText = "Overturned" });
        Assert.True(await chip.IsVisibleAsync());

        await chip.ClickAsync();
        await page.ArriveAtAsync(new Regex(@"\?q=MRI$"));
        Assert.Equal(all, await ResultCount());
        Assert.Equal(0, await page.Locator(".chips a.chip").CountAsync());
        Assert.Empty(consoleErrors);
    }

    [BrowserFact]
    public async Task Open_a_case_from_a_result_and_land_at_the_item_with_marks_visible()
    {
        await page.GotoAsync(site.BaseUrl + "/?q=chiropractic");
        var link = page.Locator("li.hit h3 a").First;
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("result without a link");
        var anchor = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];

        await link.ClickAsync();
        await page.ArriveAtAsync(new Regex("/case/"));

        Assert.Equal("#" + anchor, await page.EvaluateAsync<string>("() => location.hash"));
        var item = page.Locator("#" + anchor);
        Assert.True(await item.IsVisibleAsync());
        var top = await item.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        var viewport = page.ViewportSize!.Height;
        Assert.InRange(top, -1, viewport / 2.0);
        var marks = page.Locator("article.case mark");
        Assert.True(await marks.CountAsync() > 0);
        var markInView = await page.Locator($"#{anchor} ~ p mark").First.EvaluateAsync<bool>(
            "m => { const r = m.getBoundingClientRect(); return r.height > 0 && getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)'; }");
        Assert.True(markInView);
        Assert.Empty(consoleErrors);
    }

    [BrowserFact]
    public async Task Download_the_csv_of_the_current_search()
    {
        await page.GotoAsync(site.BaseUrl + "/?decision=Upheld");
        var expected = await ResultCount();

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".exports a[href^='/export/csv']"));

        Assert.Equal("imr-decisions.csv", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var reader = CsvReader.FromText(await File.ReadAllTextAsync(path), new CsvReaderOptions());
        var rows = 0;
        while (reader.Read())
        {
            Assert.Equal("Upheld", reader.GetString("decision"));
            rows++;
        }
        Assert.Equal(expected, rows);
    }

    [BrowserFact]
    public async Task Filters_work_with_javascript_off_through_the_apply_button()
    {
        var noScript = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        try
        {
            var plain = await noScript.NewPageAsync();
            await plain.GotoAsync(site.BaseUrl + "/");
            await plain.CheckAsync("fieldset[data-dimension='decision'] input[value='Overturned']");
            Assert.DoesNotContain("decision=", plain.Url, StringComparison.Ordinal);

            await plain.ClickAsync("button:has-text('Apply filters')");
            await plain.ArriveAtAsync(new Regex("decision=Overturned"));

            Assert.Equal(1, await plain.Locator("li.hit").CountAsync());
        }
        finally
        {
            await noScript.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task On_a_phone_the_results_come_first_and_nothing_scrolls_sideways()
    {
        var phone = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        try
        {
            var small = await phone.NewPageAsync();
            await small.GotoAsync(site.BaseUrl + "/?q=chiropractic");

            Assert.False(await small.Locator("details.facet-panel").EvaluateAsync<bool>("d => d.open"));
            Assert.True(await small.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
            var top = await small.Locator("#results-heading").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
            Assert.InRange(top, 0, 844);

            await small.ClickAsync("details.facet-panel > summary");
            Assert.True(await small.Locator("fieldset[data-dimension='decision']").IsVisibleAsync());
        }
        finally
        {
            await phone.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task The_keyboard_reaches_the_search_box_and_the_skip_link()
    {
        await page.GotoAsync(site.BaseUrl + "/help");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));

        await page.GotoAsync(site.BaseUrl + "/");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }
}
