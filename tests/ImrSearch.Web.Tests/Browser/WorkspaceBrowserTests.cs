using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

/// <summary>
/// A trainer's walk through the workspace in a real browser: sign up, search, add three items to a new collection
/// with notes (from the result list and a case page), reorder by keyboard, share, read the link signed out, revoke.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkspaceBrowserTests(BrowserSite site) : IAsyncLifetime
{
    private IBrowserContext owner = null!;
    private IBrowserContext stranger = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            return;
        }
        owner = await site.Browser.NewContextAsync();
        stranger = await site.Browser.NewContextAsync();
        page = await owner.NewPageAsync();
        page.SetDefaultTimeout(60_000);
    }

    public async Task DisposeAsync()
    {
        if (owner is not null)
        {
            await owner.CloseAsync();
            await stranger.CloseAsync();
        }
    }

    private async Task<string[]> EntryKeys(IPage on) =>
        [.. await on.Locator("li.entry").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.case + '/' + i.dataset.item)")];

    /// <summary>The case id and zero-based item of the nth hit on a results page, from its "Add to collection" link.</summary>
    private async Task<string> HitKey(int n)
    {
        var href = await page.Locator("li.hit a.add-to-collection").Nth(n).GetAttributeAsync("href");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(site.BaseUrl + href).Query);
        return query["case"] + "/" + query["item"];
    }

    private async Task AddWithNote(string note, string? newTitle = null)
    {
        await page.Locator("#add-form").WaitForAsync();
        if (newTitle is not null)
        {
            await page.SelectOptionAsync("#CollectionId", "0");
            await page.FillAsync("#NewTitle", newTitle);
        }
        await page.FillAsync("#Note", note);
        await page.ClickAsync("#add-form button[type=submit]");
        await page.Locator("#added").WaitForAsync();
    }

    /// <summary>Tabs through the whole page and checks every visible link, button, field and summary gets the focus.</summary>
    private async Task AssertEverythingReachableByTab()
    {
        var count = await page.EvaluateAsync<int>(@"() => {
            const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
                .filter(e => e.offsetParent !== null && !e.disabled)
                // Inside a closed <details> only its summary is reachable (Enter opens it): the rest is hidden.
                .filter(e => { const closed = e.closest('details:not([open])'); return !closed || (e.tagName === 'SUMMARY' && e.parentElement === closed); });
            all.forEach((e, i) => e.dataset.kb = i);
            window.__reached = new Set();
            document.addEventListener('focusin', ev => { if (ev.target.dataset && ev.target.dataset.kb) window.__reached.add(ev.target.dataset.kb); });
            document.activeElement && document.activeElement.blur();
            return all.length; }");
        for (var i = 0; i < count + 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        var missed = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('[data-kb]')]
            .filter(e => !window.__reached.has(e.dataset.kb)).map(e => e.outerHTML.slice(0, 120))");
        Assert.True(missed.Length == 0, "Not reachable by Tab: " + string.Join("\n", missed));
    }

    [BrowserFact]
    public async Task Sign_up_search_collect_three_items_with_notes_reorder_share_read_signed_out_then_revoke()
    {
        // Sign up, by keyboard: fill the fields, Enter submits.
        await page.GotoAsync(site.BaseUrl + "/");
        await page.ClickAsync(".account-nav a:has-text('Sign up')");
        await page.FillAsync("#Email", $"trainer-{Guid.NewGuid():N}@example.org");
        await page.FillAsync("#Password", "correct horse battery");
        await page.FillAsync("#ConfirmPassword", "correct horse battery");
        await page.PressAsync("#ConfirmPassword", "Enter");
        await page.ArriveAtAsync(site.BaseUrl + "/collections");

        // Search, then add the first two results from the result list, the first to a new collection.
        await page.GotoAsync(site.BaseUrl + "/");
        await page.FillAsync("#q", "MRI");
        await page.PressAsync("#q", "Enter");
        await page.ArriveAtAsync(new Regex(@"\?q=MRI$"));
        var results = page.Url;
        var keys = new[] { await HitKey(0), await HitKey(1), await HitKey(2) };
        Assert.Equal(3, keys.Distinct().Count());

        await page.Locator("li.hit a.add-to-collection").Nth(0).ClickAsync();
        await AddWithNote("Why it is a **good** example: no focal deficit.", newTitle: "New reviewers: imaging");
        await page.ClickAsync("#added a:has-text('Back')");
        await page.ArriveAtAsync(results);
        await page.Locator("li.hit a.add-to-collection").Nth(1).ClickAsync();
        await AddWithNote("Compare with the first.");

        // The third from its case page.
        await page.ClickAsync("#added a:has-text('Back')");
        await page.ArriveAtAsync(results);
        await page.Locator("li.hit h3 a").Nth(2).ClickAsync();
        await page.ArriveAtAsync(new Regex("/case/"));
        var (caseId, item) = (keys[2].Split('/')[0], keys[2].Split('/')[1]);
        await page.Locator($".case-collect a.add-to-collection[href*='item={item}&']").ClickAsync();
        await AddWithNote("A counter-example.");
        await page.ClickAsync("#added a:has-text('Open the collection')");
        await page.ArriveAtAsync(new Regex(@"/collections/\d+$"));
        var collectionUrl = page.Url;
        Assert.Equal(keys, await EntryKeys(page));
        Assert.Equal("good", await page.InnerTextAsync("li.entry >> nth=0 >> .note strong"));
        Assert.Contains(caseId, keys[2]);

        // Reorder by keyboard alone: open the third item's tools, Tab to "Move up", Enter.
        await page.Locator("li.entry").Nth(2).Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("Move item 3 up", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(new Regex("#entry-"));
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('li.entry')[1].dataset.case + '/' + document.querySelectorAll('li.entry')[1].dataset.item === '{keys[2]}'");
        Assert.Equal(new[] { keys[0], keys[2], keys[1] }, await EntryKeys(page));
        await AssertEverythingReachableByTab();

        // Share, and read the link in another browser, signed out: the items in order with notes, nothing to change.
        await page.ClickAsync("#share button:has-text('Create a read-only link')");
        var shareUrl = await page.GetAttributeAsync("#share-url", "href");
        Assert.Matches(@"/shared/[A-Za-z0-9_-]{43}$", shareUrl);
        var reader = await stranger.NewPageAsync();
        reader.SetDefaultTimeout(60_000);
        await reader.GotoAsync(shareUrl!);
        Assert.Equal("New reviewers: imaging", await reader.InnerTextAsync("main h1"));
        Assert.Equal(new[] { keys[0], keys[2], keys[1] }, await EntryKeys(reader));
        Assert.Contains("A counter-example.", await reader.InnerTextAsync("li.entry >> nth=1"));
        Assert.Equal(0, await reader.Locator("main form, main textarea").CountAsync());
        Assert.True(await reader.Locator(".account-nav a:has-text('Sign in')").IsVisibleAsync());
        await Accessibility.AssertNoViolations(reader);

        // Revoke: the link stops working at once.
        await page.ClickAsync("#share button:has-text('Revoke the link')");
        await page.Locator("#share button:has-text('Create a read-only link')").WaitForAsync();
        var gone = await reader.GotoAsync(shareUrl!);
        Assert.Equal(404, gone!.Status);
        Assert.Contains("does not open a collection", await reader.InnerTextAsync("main h1"));
        Assert.Equal(collectionUrl, page.Url.Split('#')[0]);
    }
}
