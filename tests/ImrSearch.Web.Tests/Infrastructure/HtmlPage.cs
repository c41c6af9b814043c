using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ImrSearch.Web.Tests.Infrastructure;

/// <summary>A fetched page: its status, headers and parsed HTML.</summary>
public sealed record HtmlPage(HttpStatusCode Status, HttpResponseMessage Response, IHtmlDocument Document)
{
    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.StatusCode, response, new HtmlParser().ParseDocument(html));
    }

    public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim()
        ?? throw new Xunit.Sdk.XunitException($"No element matches {selector}");
}
