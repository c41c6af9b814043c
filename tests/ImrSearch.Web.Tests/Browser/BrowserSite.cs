using System.Net;
using ImrSearch.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

/// <summary>
/// The site on a real Kestrel server on a free loopback port (browsers cannot reach TestServer), over an index built
/// from the seed corpus in a temporary folder, and one headless Chromium for the whole collection.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private SiteFactory? factory;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The running site's services (e.g. to make an administrator for the workspace tests).</summary>
    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("The site is not running.");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            return;
        }
        factory = new SiteFactory();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        BaseUrl = addresses.Addresses.First().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}

/// <remarks>Not run in parallel with the other collections: a browser timing out behind the hostile-input flood tells nothing.</remarks>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
