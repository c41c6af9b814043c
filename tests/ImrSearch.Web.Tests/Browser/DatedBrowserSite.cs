using System.Net;
using ImrSearch.Web.Tests.Infrastructure;
using ImrSearch.Web.Tests.Time;
using ImrSearch.Web.Tests.Workspaces;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

/// <summary>
/// As <see cref="BrowserSite"/>, over the dated seed letters of <see cref="DatedSite"/> (decision dates 2013 to 2015,
/// plus one undated letter), for what needs dates: ranges, trends, guideline editions.
/// </summary>
public sealed class DatedBrowserSite : IAsyncLifetime
{
    private readonly DatedCorpus corpus = new();
    private SiteFactory? factory;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            return;
        }
        File.Copy(Path.Combine(RepositoryLayout.Corpus, DatedCorpus.Letters[0].File), Path.Combine(corpus.Folder, DatedSite.UndatedFile));
        factory = SiteFactory.Create(1_000_000, corpus.Folder);
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
        corpus.Dispose();
    }
}

/// <remarks>Not run in parallel with the other collections, as <see cref="BrowserCollection"/>.</remarks>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatedBrowserCollection : ICollectionFixture<DatedBrowserSite>
{
    public const string Name = "dated-browser";
}
