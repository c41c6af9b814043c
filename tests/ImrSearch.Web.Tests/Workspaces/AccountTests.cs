using System.Diagnostics;
using System.Net;

namespace ImrSearch.Web.Tests.Workspaces;

/// <summary>Accounts: password rules, antiforgery, cookie security, closed sign-up, the first administrator.</summary>
public sealed class AccountTests(SqliteSiteFixture fixture) : IClassFixture<SqliteSiteFixture>
{
    [Fact]
    public async Task Sign_up_enforces_the_password_rules_and_signs_in_with_a_secure_cookie()
    {
        using var client = fixture.Site.NewClient();
        var email = WorkspaceClient.NewEmail();
        var weak = await client.PostForm("/account/sign-up", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "short", ["ConfirmPassword"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("at least 10 characters", await WorkspaceClient.ReadHtml(weak));
        var differ = await client.PostForm("/account/sign-up", new Dictionary<string, string> { ["Email"] = email, ["Password"] = WorkspaceClient.Password, ["ConfirmPassword"] = "something else entirely" });
        Assert.Equal(HttpStatusCode.BadRequest, differ.StatusCode);

        var created = await client.PostForm("/account/sign-up", new Dictionary<string, string> { ["Email"] = email, ["Password"] = WorkspaceClient.Password, ["ConfirmPassword"] = WorkspaceClient.Password });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var cookie = created.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("imrsearch.session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Equal(HttpStatusCode.OK, (await client.Page("/collections")).Status);

        // The same address again is refused.
        using var other = fixture.Site.NewClient();
        var twice = await other.PostForm("/account/sign-up", new Dictionary<string, string> { ["Email"] = email, ["Password"] = WorkspaceClient.Password, ["ConfirmPassword"] = WorkspaceClient.Password });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        var signOut = await client.PostForm("/collections", new Dictionary<string, string>(), action: "/account/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/collections")).StatusCode);
    }

    [Fact]
    public async Task Every_form_needs_its_antiforgery_token()
    {
        using var client = fixture.Site.NewClient();
        await client.SignUp(WorkspaceClient.NewEmail());
        foreach (var url in new[] { "/account/sign-in", "/account/sign-up", "/account/sign-out", "/collections", "/collections/add?case=CM15-0000002&item=0", "/saved-searches?handler=Save", "/account?handler=CreateToken" })
        {
            var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "x", ["TokenName"] = "x" }));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {url} without a token: {(int)response.StatusCode}");
        }
        Assert.Equal(0, (await client.Json(HttpMethod.Get, "/api/collections")).GetArrayLength());
    }

    [Fact]
    public async Task With_sign_up_turned_off_no_one_can_create_an_account()
    {
        using var corpus = new DatedCorpus(letters: 1);
        using var storage = WorkspaceStorage.Create(postgres: false);
        using var closed = new WorkspaceSite(storage, corpus.Folder, new Dictionary<string, string> { ["ImrSearch:AllowSignUp"] = "false" });
        using var client = closed.NewClient();
        var page = await client.Page("/account/sign-up");
        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("Sign-up is closed", page.Document.Body!.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll("a[href='/account/sign-up']"));
        var signInPage = await client.Page("/account/sign-in");
        var response = await client.Http.PostAsync("/account/sign-up", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "x@example.org",
            ["Password"] = WorkspaceClient.Password,
            ["ConfirmPassword"] = WorkspaceClient.Password,
            ["__RequestVerificationToken"] = signInPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_first_administrator_is_created_from_the_command_line()
    {
        using var corpus = new DatedCorpus(letters: 1);
        using var storage = WorkspaceStorage.Create(postgres: false);
        Directory.CreateDirectory(storage.Folder);
        var web = Path.Combine(AppContext.BaseDirectory, "ImrSearch.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { web, "create-admin", "--email", "admin@example.org", "--ImrSearch:IndexPath=" + storage.IndexPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = storage.Folder,
        };
        start.Environment["IMRSEARCH_PASSWORD"] = WorkspaceClient.Password;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using (var process = Process.Start(start)!)
        {
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(120_000), "create-admin hung");
            Assert.True(process.ExitCode == 0, output + errors);
            Assert.Contains("Created administrator admin@example.org", output);
        }
        Assert.True(File.Exists(storage.SqlitePath));
        Assert.False(Directory.Exists(storage.IndexPath), "the command must not build the index");

        using var site = new WorkspaceSite(storage, corpus.Folder, new Dictionary<string, string> { ["ImrSearch:AllowSignUp"] = "false" });
        using var admin = site.NewClient();
        var signIn = await admin.PostForm("/account/sign-in", new Dictionary<string, string> { ["Email"] = "admin@example.org", ["Password"] = WorkspaceClient.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var made = await admin.PostForm("/account/admin", new Dictionary<string, string> { ["Email"] = "reviewer@example.org", ["Password"] = "another long password" });
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Contains("reviewer@example.org", await WorkspaceClient.ReadHtml(made));

        using var reviewer = site.NewClient();
        var reviewerIn = await reviewer.PostForm("/account/sign-in", new Dictionary<string, string> { ["Email"] = "reviewer@example.org", ["Password"] = "another long password" });
        Assert.Equal(HttpStatusCode.Redirect, reviewerIn.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await reviewer.Http.GetAsync("/account/admin")).StatusCode);
    }
}
