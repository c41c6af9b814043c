using System.Net;
using System.Text.Json;
using ImrSearch.Web.Tests.Workspaces;

namespace ImrSearch.Web.Tests.Training;

/// <summary>The training steps a trainer and a trainee take, through the pages' forms and the JSON API.</summary>
public static class TrainingClient
{
    public static async Task<WorkspaceClient> SignedUp(WorkspaceSite site, string? email = null)
    {
        var client = site.NewClient();
        await client.SignUp(email ?? WorkspaceClient.NewEmail());
        return client;
    }

    /// <summary>The id a redirect to <c>/training/sets/{id}</c> or <c>/training/sets/{id}/{n}</c> names.</summary>
    public static int SetId(HttpResponseMessage response)
    {
        Assert.True(HttpStatusCode.Redirect == response.StatusCode, $"Expected a redirect, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        var path = response.Headers.Location!.OriginalString.Split('#')[0];
        return int.Parse(path.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<int> SetFromCollection(WorkspaceClient trainer, int collectionId, string title = "") =>
        SetId(await trainer.PostForm("/training/new", new Dictionary<string, string> { ["CollectionId"] = collectionId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Title"] = title }, "/training/new?handler=Collection"));

    /// <summary>The join link's path, read from the trainer's set page.</summary>
    public static async Task<string> JoinPath(WorkspaceClient trainer, int setId)
    {
        var page = await trainer.Page($"/training/sets/{setId}");
        var url = page.Document.QuerySelector("#join-url")?.GetAttribute("href") ?? throw new Xunit.Sdk.XunitException("The set page shows no join link.");
        return new Uri(url).AbsolutePath;
    }

    public static async Task<HttpResponseMessage> Join(WorkspaceClient trainee, string joinPath) =>
        await trainee.PostForm(joinPath, new Dictionary<string, string>());

    public static Dictionary<string, string> Answer(string decision, string rationale, string guideline = "ACOEM Chapter 12 Low Back Complaints", string section = "p. 303") => new()
    {
        ["Decision"] = decision,
        ["GuidelineDocument"] = guideline,
        ["GuidelineSection"] = section,
        ["Rationale"] = rationale,
    };

    public static Task<HttpResponseMessage> PostAnswer(WorkspaceClient trainee, int setId, int number, Dictionary<string, string> answer) =>
        trainee.PostForm($"/training/sets/{setId}/{number}", answer);

    public static async Task<string> Raw(WorkspaceClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.Http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {text[..Math.Min(text.Length, 500)]}");
        return text;
    }

    public static async Task<JsonElement> Case(WorkspaceClient client, string caseId) =>
        await client.Json(HttpMethod.Get, "/api/cases/" + caseId);
}
