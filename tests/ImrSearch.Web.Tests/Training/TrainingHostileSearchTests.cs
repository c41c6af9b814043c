using System.Net;
using ImrSearch.Web.Tests.Security;
using ImrSearch.Web.Tests.Workspaces;

namespace ImrSearch.Web.Tests.Training;

/// <summary>
/// A set drawn from a search takes a search from outside: every hostile query and query string of the shared lists,
/// pasted as the search, is either drawn from or refused with a 400 saying why, never a server error.
/// </summary>
[Collection(TrainingFloodCollection.Name)]
public sealed class TrainingHostileSearchTests(SqliteSiteFixture fixture) : IClassFixture<SqliteSiteFixture>
{
    [Fact]
    public async Task Every_hostile_search_makes_a_set_or_a_400_never_a_server_error()
    {
        using var trainer = fixture.Site.NewClient();
        await trainer.SignUp(WorkspaceClient.NewEmail());
        var token = (await trainer.Page("/training/new")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var failures = new List<string>();
        var refused = 0;
        foreach (var search in HostileInputs.QueryTexts.Concat(HostileInputs.QueryStrings))
        {
            using var response = await trainer.Http.PostAsync("/training/new?handler=Search", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Search"] = search,
                ["Count"] = "2",
                ["Mode"] = "Even",
            }));
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                refused++;
                Assert.NotNull(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("#form-errors li"));
            }
            else if (response.StatusCode != HttpStatusCode.Redirect)
            {
                failures.Add($"{(int)response.StatusCode} {search[..Math.Min(search.Length, 80)]}");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(refused > 0, "Some of the hostile searches (over-long ones) must be refused.");
    }
}

/// <remarks>Run alone: a flood of draws on the two cores would push other tests' hang guards past their second.</remarks>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TrainingFloodCollection
{
    public const string Name = "training-flood";
}
