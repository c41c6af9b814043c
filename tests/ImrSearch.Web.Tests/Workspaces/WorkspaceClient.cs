using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Workspaces;

/// <summary>One person's browser-less session with a test site: forms posted with their antiforgery token, JSON calls.</summary>
public sealed class WorkspaceClient(HttpClient http) : IDisposable
{
    public const string Password = "correct horse battery";

    public HttpClient Http => http;

    public Task<HtmlPage> Page(string url) => HtmlPage.GetAsync(http, url);

    /// <summary>Posts a form of the page at <paramref name="pageUrl"/> (to <paramref name="action"/>, default the page) with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostForm(string pageUrl, IDictionary<string, string> fields, string? action = null)
    {
        var page = await Page(pageUrl);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException($"{pageUrl} has no form with an antiforgery token.");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await http.PostAsync(action ?? pageUrl, new FormUrlEncodedContent(body));
    }

    public async Task SignUp(string email)
    {
        var response = await PostForm("/account/sign-up", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.org";

    public async Task<JsonElement> Json(HttpMethod method, string url, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {url}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<HttpResponseMessage> Send(HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return await http.SendAsync(request);
    }

    /// <summary>Makes a collection through the API and adds items (case id, zero-based item) with notes; returns its id.</summary>
    public async Task<int> NewCollection(string title, params (string CaseId, int Item, string Note)[] items)
    {
        var created = await Json(HttpMethod.Post, "/api/collections", new { title, description = "About *" + title + "*" }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        foreach (var (caseId, item, note) in items)
        {
            await Json(HttpMethod.Post, $"/api/collections/{id}/items", new { caseId, itemIndex = item, note }, HttpStatusCode.Created);
        }
        return id;
    }

    public static async Task<string> ReadHtml(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).Body?.TextContent ?? "";

    public void Dispose() => http.Dispose();
}
