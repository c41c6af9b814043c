using System.Net;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Security;

[Collection(SiteCollection.Name)]
public class SecurityHeaderTests(SiteFactory site)
{
    private readonly HttpClient client = site.CreateClient();

    public static TheoryData<string> Addresses => new() { "/", "/?q=mri", "/help", "/brief", "/api/search", "/api/facets", "/export/csv", "/no/such/page", "/css/site.css" };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await client.GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=chiropractic&decision=Upheld")]
    [InlineData("/help")]
    [InlineData("/brief?q=MRI")]
    [InlineData("/case/none")]
    public async Task Pages_have_no_inline_script_style_or_outside_assets(string url)
    {
        var page = await HtmlPage.GetAsync(client, url);

        Assert.All(page.Document.Scripts, script => Assert.StartsWith("/js/", script.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(page.Document.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(page.Document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.All(page.Document.QuerySelectorAll("link[rel=stylesheet]"), link => Assert.StartsWith("/css/", link.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/css/site.css", "text/css", ".outcome-bar")]
    [InlineData("/js/site.js", "text/javascript", "data-autosubmit")]
    public async Task The_stylesheet_and_script_are_served_locally(string url, string mediaType, string content)
    {
        var page = await HtmlPage.GetAsync(client, "/");
        var linked = page.Document.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Single(href => href.StartsWith(url, StringComparison.Ordinal));

        var response = await client.GetAsync(linked);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_address_is_refused_with_414()
    {
        var response = await client.GetAsync("/?q=" + new string('x', 9000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var page = await HtmlPage.GetAsync(client, "/?q=" + new string('x', 9000));
        Assert.Equal("Address too long", page.Text("main h1"));
    }
}
