using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

/// <summary>
/// Waits for a navigation to reach a URL and its document to finish loading, by polling <c>document.readyState</c>
/// rather than Playwright's load-state events: in CI a redirect after a form post once left <c>WaitForURLAsync</c>
/// waiting 60 s for a "load" event on a page that had loaded (its log showed only "networkidle"). Polling reads the
/// page's real state; when a page truly never loads, the timeout says which page and in what state.
/// </summary>
internal static class PageArrival
{
    private const string Loaded = "() => document.readyState === 'complete'";

    public static async Task ArriveAtAsync(this IPage page, string url)
    {
        await page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await LoadedAsync(page);
    }

    public static async Task ArriveAtAsync(this IPage page, Regex url)
    {
        await page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await LoadedAsync(page);
    }

    private static async Task LoadedAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync(Loaded, null, new PageWaitForFunctionOptions { PollingInterval = 50 });
        }
        catch (TimeoutException e)
        {
            var state = await page.EvaluateAsync<string>(
                "() => `readyState ${document.readyState}, title '${document.title}', ${performance.getEntriesByType('resource').length} resources loaded`");
            throw new TimeoutException($"{page.Url} did not finish loading ({state}).", e);
        }
    }
}
