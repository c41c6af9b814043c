using ImrSearch.Web.Accounts;
using ImrSearch.Web.Workspaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

/// <summary>Every page of the site, old and new, signed out and signed in, passes axe-core at WCAG 2.1 AA.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site) : IAsyncLifetime
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

    private async Task Audit(string url)
    {
        await page.GotoAsync(site.BaseUrl + url);
        await Accessibility.AssertNoViolations(page);
    }

    private static readonly string[] PublicPages =
    [
        "/", "/?q=MRI", "/?q=MRI&decision=Overturned&sort=newest", "/?q=nomatchwordxyz", "/?q=%22unbalanced", "/case/000_f245a003faefca76",
        "/case/000_f245a003faefca76?q=knee&same=1", "/case/no-such-case", "/brief?q=MRI", "/outcomes", "/outcomes?by=treatment&then=decision",
        "/check", "/guidelines", "/help", "/status/404", "/account/sign-in", "/account/sign-up", "/shared/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ];

    [BrowserFact]
    public async Task Every_page_signed_out_passes_axe_at_wcag21_aa()
    {
        foreach (var url in PublicPages)
        {
            await Audit(url);
        }
        await page.GotoAsync(site.BaseUrl + "/check");
        await page.FillAsync("#Draft", "Lumbar MRI is medically necessary given radiculopathy and failed conservative care.");
        await page.ClickAsync("#check-form button[type=submit]");
        await page.WaitForLoadStateAsync();
        await Accessibility.AssertNoViolations(page);
    }

    [BrowserFact]
    public async Task Every_workspace_page_signed_in_passes_axe_at_wcag21_aa()
    {
        var email = $"audit-{Guid.NewGuid():N}@example.org";
        await page.GotoAsync(site.BaseUrl + "/account/sign-up");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", "correct horse battery");
        await page.FillAsync("#ConfirmPassword", "correct horse battery");
        await page.ClickAsync("#sign-up-form button[type=submit]");
        await page.ArriveAtAsync(site.BaseUrl + "/collections");
        await Accessibility.AssertNoViolations(page);

        // An administrator sees the accounts page too.
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<WorkspaceUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Administrator))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Administrator));
            }
            await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Roles.Administrator);
        }
        await page.GotoAsync(site.BaseUrl + "/account/sign-in");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", "correct horse battery");
        await page.ClickAsync("#sign-in-form button[type=submit]");
        await page.ArriveAtAsync(site.BaseUrl + "/");

        await Audit("/collections/add?case=000_f245a003faefca76&item=0");
        await page.FillAsync("#NewTitle", "Audit list");
        await page.FillAsync("#Note", "A note with **Markdown** and a [link](https://example.org).");
        await page.ClickAsync("#add-form button[type=submit]");
        await page.Locator("#added").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.ClickAsync("#added a.button:has-text('Open the collection')");
        await page.Locator("li.entry").First.WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await page.ClickAsync("#share button[type=submit]");
        await page.Locator("#share-url").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
        await Audit(new Uri((await page.GetAttributeAsync("#share-url", "href"))!).PathAndQuery);

        await Audit("/saved-searches/new?q=MRI&decision=Upheld");
        await page.ClickAsync("#save-search-form button[type=submit]");
        await page.ArriveAtAsync(new System.Text.RegularExpressions.Regex("/saved-searches"));
        await Accessibility.AssertNoViolations(page);
        foreach (var url in new[] { "/collections", "/account", "/account/admin", "/account/sign-out", "/collections/99999", "/?q=MRI", "/case/000_f245a003faefca76" })
        {
            await Audit(url);
        }
        await page.GotoAsync(site.BaseUrl + "/account");
        await page.FillAsync("#TokenName", "audit script");
        await page.ClickAsync("form:has(#TokenName) button[type=submit]");
        await page.Locator("#new-token").WaitForAsync();
        await Accessibility.AssertNoViolations(page);
    }
}
