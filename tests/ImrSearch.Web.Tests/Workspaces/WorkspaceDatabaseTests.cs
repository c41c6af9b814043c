using System.Net;
using System.Text.Json;
using CsvHelper;

namespace ImrSearch.Web.Tests.Workspaces;

/// <summary>What users make, kept in the database: the same tests on SQLite and on PostgreSQL.</summary>
public abstract class WorkspaceDatabaseTests(WorkspaceSiteFixture fixture)
{
    protected abstract bool OnPostgres { get; }

    private WorkspaceSite Site => fixture.Site;

    private async Task<WorkspaceClient> SignedUp()
    {
        var client = Site.NewClient();
        await client.SignUp(WorkspaceClient.NewEmail());
        return client;
    }

    private static int[] ItemIds(JsonElement collection) =>
        [.. collection.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];

    [DatabaseFact]
    public async Task A_collection_keeps_items_notes_and_order_shares_read_only_and_exports()
    {
        using var owner = await SignedUp();
        var id = await owner.NewCollection("Cervical imaging",
            ("CM15-0000002", 1, "Good example: **no focal neurologic** findings."),
            ("CM15-0000002", 2, "Lumbar counterpart"),
            ("CM14-0000001", 0, ""));
        var collection = await owner.Json(HttpMethod.Get, $"/api/collections/{id}");
        var ids = ItemIds(collection);
        Assert.Equal(3, ids.Length);
        Assert.Contains("<strong>no focal neurologic</strong>", collection.GetProperty("items")[0].GetProperty("noteHtml").GetString());
        Assert.All(collection.GetProperty("items").EnumerateArray(), item => Assert.True(item.GetProperty("inIndex").GetBoolean()));

        // The same item twice is a conflict; an item the index does not have is a 404.
        await owner.Json(HttpMethod.Post, $"/api/collections/{id}/items", new { caseId = "CM15-0000002", itemIndex = 1 }, HttpStatusCode.Conflict);
        await owner.Json(HttpMethod.Post, $"/api/collections/{id}/items", new { caseId = "CM15-0000002", itemIndex = 9 }, HttpStatusCode.NotFound);

        await owner.Json(HttpMethod.Put, $"/api/collections/{id}/items/{ids[2]}", new { note = "=HYPERLINK(\"http://example.com\")" }, HttpStatusCode.NoContent);
        await owner.Json(HttpMethod.Put, $"/api/collections/{id}/order", new { itemIds = new[] { ids[2], ids[0], ids[1] } }, HttpStatusCode.NoContent);
        await owner.Json(HttpMethod.Put, $"/api/collections/{id}/order", new { itemIds = new[] { ids[2], ids[0] } }, HttpStatusCode.BadRequest);
        collection = await owner.Json(HttpMethod.Get, $"/api/collections/{id}");
        Assert.Equal([ids[2], ids[0], ids[1]], ItemIds(collection));

        // Shared: readable by anyone with the link, signed out; revoked: gone, and a new share is a new link.
        var url = (await owner.Json(HttpMethod.Post, $"/api/collections/{id}/share")).GetProperty("url").GetString()!;
        var token = url[(url.LastIndexOf('/') + 1)..];
        Assert.Equal(43, token.Length);
        using var stranger = Site.NewClient();
        var shared = await stranger.Json(HttpMethod.Get, "/api/shared/" + token);
        Assert.Equal("Cervical imaging", shared.GetProperty("title").GetString());
        Assert.Equal([ids[2], ids[0], ids[1]], ItemIds(shared));
        var sharedPage = await stranger.Page("/shared/" + token);
        Assert.Equal(HttpStatusCode.OK, sharedPage.Status);
        Assert.Equal(3, sharedPage.Document.QuerySelectorAll("li.entry").Length);
        Assert.Empty(sharedPage.Document.QuerySelectorAll("li.entry form, li.entry textarea"));

        var brief = await (await owner.Send(HttpMethod.Get, $"/api/collections/{id}/brief")).Content.ReadAsStringAsync();
        Assert.StartsWith("# Cervical imaging", brief);
        Assert.Contains("> Good example: **no focal neurologic** findings.", brief);
        Assert.True(brief.IndexOf("Chirocare", StringComparison.Ordinal) < brief.IndexOf("MRI Cervical", StringComparison.Ordinal));
        var csvResponse = await stranger.Send(HttpMethod.Get, $"/api/shared/{token}/csv");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        using (var reader = CsvReader.FromText(await csvResponse.Content.ReadAsStringAsync(), new CsvReaderOptions()))
        {
            var rows = new List<Dictionary<string, string>>();
            while (reader.Read())
            {
                rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
            }
            Assert.Equal(["position", "caseId", "item", "itemText", "treatment", "bodyRegion", "decision", "guideline", "note", "inIndex", "caseUrl"], rows[0].Keys);
            Assert.Equal(("1", "CM14-0000001", "1"), (rows[0]["position"], rows[0]["caseId"], rows[0]["item"]));
            // A note that would run as a spreadsheet formula is escaped.
            Assert.False(rows[0]["note"].StartsWith('='), rows[0]["note"]);
            Assert.Contains("HYPERLINK", rows[0]["note"]);
            Assert.Equal("Lumbar counterpart", rows[2]["note"]);
        }

        await owner.Json(HttpMethod.Delete, $"/api/collections/{id}/share", expected: HttpStatusCode.NoContent);
        await stranger.Json(HttpMethod.Get, "/api/shared/" + token, expected: HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Page("/shared/" + token)).Status);
        var again = (await owner.Json(HttpMethod.Post, $"/api/collections/{id}/share")).GetProperty("url").GetString();
        Assert.NotEqual(url, again);
    }

    [DatabaseFact]
    public async Task One_user_never_sees_or_changes_another_users_collections_saved_searches_or_tokens()
    {
        using var alice = await SignedUp();
        using var mallory = await SignedUp();
        var collection = await alice.NewCollection("Alice's case file", ("CM15-0000002", 1, "private note"));
        var itemId = ItemIds(await alice.Json(HttpMethod.Get, $"/api/collections/{collection}"))[0];
        var savedJson = await alice.Json(HttpMethod.Post, "/api/saved-searches", new { name = "Alice MRI", query = "q=MRI&treatment=MRI&treatment=CT" }, HttpStatusCode.Created);
        var saved = savedJson.GetProperty("id").GetInt32();
        // Its search and feed, made by routing, repeat the dimension's values as the search page does.
        Assert.Equal("/?q=MRI&treatment=MRI&treatment=CT", savedJson.GetProperty("searchUrl").GetString());
        Assert.Equal("/feed.atom?q=MRI&treatment=MRI&treatment=CT", savedJson.GetProperty("feedUrl").GetString());
        var tokenId = (await alice.Json(HttpMethod.Post, "/api/tokens", new { name = "script" }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var c = $"/api/collections/{collection}";
        var s = $"/api/saved-searches/{saved}";

        var attempts = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Get, c, null),
            (HttpMethod.Put, c, new { title = "Pwned" }),
            (HttpMethod.Delete, c, null),
            (HttpMethod.Post, c + "/items", new { caseId = "CM14-0000001", itemIndex = 0 }),
            (HttpMethod.Put, c + $"/items/{itemId}", new { note = "pwned" }),
            (HttpMethod.Delete, c + $"/items/{itemId}", null),
            (HttpMethod.Put, c + "/order", new { itemIds = new[] { itemId } }),
            (HttpMethod.Post, c + "/share", null),
            (HttpMethod.Delete, c + "/share", null),
            (HttpMethod.Get, c + "/brief", null),
            (HttpMethod.Get, c + "/csv", null),
            (HttpMethod.Get, s, null),
            (HttpMethod.Put, s, new { name = "pwned" }),
            (HttpMethod.Delete, s, null),
            (HttpMethod.Post, s + "/open", null),
            (HttpMethod.Delete, $"/api/tokens/{tokenId}", null),
        };
        foreach (var (method, url, body) in attempts)
        {
            var response = await mallory.Send(method, url, body);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url} as another user: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        // Her own lists hold nothing of Alice's; guessing ids around Alice's finds nothing either.
        Assert.Equal(0, (await mallory.Json(HttpMethod.Get, "/api/collections")).GetArrayLength());
        Assert.Equal(0, (await mallory.Json(HttpMethod.Get, "/api/saved-searches")).GetArrayLength());
        Assert.Equal(0, (await mallory.Json(HttpMethod.Get, "/api/tokens")).GetArrayLength());
        for (var guess = Math.Max(1, collection - 20); guess <= collection + 20; guess++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await mallory.Send(HttpMethod.Get, $"/api/collections/{guess}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await mallory.Page($"/collections/{guess}")).Status);
        }
        for (var guess = Math.Max(1, saved - 20); guess <= saved + 20; guess++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await mallory.Send(HttpMethod.Get, $"/api/saved-searches/{guess}")).StatusCode);
        }

        // The pages' forms too: each handler of Alice's collection answers 404 to Mallory.
        using var own = await SignedUp();
        var mine = await own.NewCollection("Mine");
        foreach (var handler in new[] { "Update", "Note", "Move", "Remove", "Share", "Revoke", "Delete" })
        {
            var response = await mallory.PostForm("/collections", new Dictionary<string, string>
            {
                ["Title"] = "Pwned",
                ["ItemId"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Note"] = "pwned",
                ["Offset"] = "1",
            }, action: $"/collections/{collection}?handler={handler}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"page handler {handler} on another user's collection: {(int)response.StatusCode}");
        }
        var savedPage = await mallory.PostForm("/collections", new Dictionary<string, string> { ["SearchId"] = saved.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Name"] = "pwned" },
            action: "/saved-searches?handler=Delete");
        Assert.Equal(HttpStatusCode.NotFound, savedPage.StatusCode);

        // Nothing of Alice's changed.
        var after = await alice.Json(HttpMethod.Get, c);
        Assert.Equal("Alice's case file", after.GetProperty("title").GetString());
        Assert.Equal("private note", after.GetProperty("items")[0].GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Undefined, after.TryGetProperty("shareUrl", out var share) ? share.ValueKind : JsonValueKind.Undefined);
        Assert.Equal("Alice MRI", (await alice.Json(HttpMethod.Get, s)).GetProperty("name").GetString());
        Assert.Equal(1, (await alice.Json(HttpMethod.Get, "/api/tokens")).GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await own.Send(HttpMethod.Get, $"/api/collections/{mine}")).StatusCode);
    }

    [DatabaseFact]
    public async Task Signed_out_requests_get_401_problem_details_and_pages_send_to_sign_in()
    {
        using var anonymous = Site.NewClient();
        foreach (var url in new[] { "/api/collections", "/api/saved-searches", "/api/tokens", "/api/collections/1" })
        {
            var response = await anonymous.Send(HttpMethod.Get, url);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var page = await anonymous.Http.GetAsync("/collections/add?case=CM15-0000002&item=1");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", page.Headers.Location!.PathAndQuery);
    }

    [DatabaseFact]
    public async Task An_api_token_signs_requests_in_until_revoked()
    {
        using var owner = await SignedUp();
        var created = await owner.Json(HttpMethod.Post, "/api/tokens", new { name = "nightly export" }, HttpStatusCode.Created);
        var secret = created.GetProperty("token").GetString()!;
        Assert.StartsWith("imr_", secret);
        var listed = await owner.Json(HttpMethod.Get, "/api/tokens");
        Assert.False(listed[0].TryGetProperty("token", out _), "a token is shown only when made");

        using var script = Site.NewClient();
        script.Http.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var id = await script.NewCollection("Made by a script", ("CM13-0000003", 0, "via token"));
        Assert.Equal("Made by a script", (await owner.Json(HttpMethod.Get, $"/api/collections/{id}")).GetProperty("title").GetString());

        await owner.Json(HttpMethod.Delete, $"/api/tokens/{created.GetProperty("id").GetInt32()}", expected: HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.Send(HttpMethod.Get, "/api/collections")).StatusCode);
        script.Http.DefaultRequestHeaders.Authorization = new("Bearer", "imr_" + new string('x', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.Send(HttpMethod.Get, "/api/collections")).StatusCode);
    }

    [DatabaseFact]
    public async Task Bad_input_is_a_400_problem_and_loses_nothing()
    {
        using var owner = await SignedUp();
        var id = await owner.NewCollection("Limits", ("CM14-0000001", 0, "kept"));
        await owner.Json(HttpMethod.Post, "/api/collections", new { title = "  " }, HttpStatusCode.BadRequest);
        await owner.Json(HttpMethod.Post, "/api/collections", new { title = new string('t', 201) }, HttpStatusCode.BadRequest);
        var itemId = ItemIds(await owner.Json(HttpMethod.Get, $"/api/collections/{id}"))[0];
        var problem = await owner.Json(HttpMethod.Put, $"/api/collections/{id}/items/{itemId}", new { note = new string('n', 20_001) }, HttpStatusCode.BadRequest);
        Assert.Contains("20,000", problem.GetProperty("detail").GetString());
        await owner.Json(HttpMethod.Post, "/api/saved-searches", new { query = "size=7" }, HttpStatusCode.BadRequest);
        var malformed = await owner.Http.PostAsync("/api/collections", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("kept", (await owner.Json(HttpMethod.Get, $"/api/collections/{id}")).GetProperty("items")[0].GetProperty("note").GetString());
    }

    [DatabaseFact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var email = WorkspaceClient.NewEmail();
        using (var owner = Site.NewClient())
        {
            await owner.SignUp(email);
        }
        using var guesser = Site.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await guesser.PostForm("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "wrong password " + attempt });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        var right = await guesser.PostForm("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = WorkspaceClient.Password });
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("locked", await WorkspaceClient.ReadHtml(right));
    }

    [DatabaseFact]
    public async Task Users_data_survives_a_restart_and_an_index_rebuild()
    {
        using var corpus = new DatedCorpus();
        using var storage = WorkspaceStorage.Create(OnPostgres);
        int collection;
        int saved;
        System.Net.Http.Headers.AuthenticationHeaderValue bearer;
        var email = WorkspaceClient.NewEmail();
        using (var first = new WorkspaceSite(storage, corpus.Folder))
        {
            using var owner = first.NewClient();
            await owner.SignUp(email);
            collection = await owner.NewCollection("Survivor", ("CM15-0000004", 0, "stays"), ("CM13-0000003", 0, "its letter will be withdrawn"));
            var created = await owner.Send(HttpMethod.Post, "/api/saved-searches", new { name = "all", query = "" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            saved = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
            // The Location is the created resource's own endpoint, which answers it.
            Assert.Equal($"/api/saved-searches/{saved}", created.Headers.Location?.OriginalString);
            Assert.Equal(0, (await owner.Json(HttpMethod.Get, $"/api/saved-searches/{saved}")).GetProperty("newSinceLastOpened").GetInt32());
            var token = await owner.Send(HttpMethod.Post, "/api/tokens", new { name = "t" });
            Assert.Equal(HttpStatusCode.Created, token.StatusCode);
            var tokenJson = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal($"/api/tokens/{tokenJson.GetProperty("id").GetInt32()}", token.Headers.Location?.OriginalString);
            bearer = new("Bearer", tokenJson.GetProperty("token").GetString()!);
        }

        // While the site is down: one letter withdrawn, a newer one published, the index rebuilt.
        corpus.Remove("CM13-0000003");
        corpus.Add("002_4a2d757b333d288b.txt", "CM16-0000099", new DateOnly(2016, 2, 1));
        storage.BuildIndex(corpus.Folder);

        using var second = new WorkspaceSite(storage, corpus.Folder);
        using var again = second.NewClient();
        again.Http.DefaultRequestHeaders.Authorization = bearer;
        var kept = await again.Json(HttpMethod.Get, $"/api/collections/{collection}");
        var items = kept.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["stays", "its letter will be withdrawn"], items.Select(i => i.GetProperty("note").GetString()));
        Assert.True(items[0].GetProperty("inIndex").GetBoolean());
        Assert.False(items[1].GetProperty("inIndex").GetBoolean());
        Assert.False(string.IsNullOrEmpty(items[1].GetProperty("itemText").GetString()));

        // New: every decided item of the newer letter, and nothing else.
        var newLetterItems = (await again.Json(HttpMethod.Get, "/api/search?q=case:CM16-0000099")).GetProperty("total").GetInt32();
        Assert.InRange(newLetterItems, 1, 5);
        var status = await again.Json(HttpMethod.Get, $"/api/saved-searches/{saved}");
        Assert.Equal(newLetterItems, status.GetProperty("newSinceLastOpened").GetInt32());
        await again.Json(HttpMethod.Post, $"/api/saved-searches/{saved}/open");
        Assert.Equal(0, (await again.Json(HttpMethod.Get, $"/api/saved-searches/{saved}")).GetProperty("newSinceLastOpened").GetInt32());

        // Signed in with a password after the restart, the page says the withdrawn item is gone instead of failing.
        using var browser = second.NewClient();
        var signIn = await browser.PostForm("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = WorkspaceClient.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var page = await browser.Page($"/collections/{collection}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("No longer in the index", page.Document.QuerySelector("li.entry.gone")!.TextContent);
    }
}

[CollectionDefinition(Name)]
public sealed class WorkspaceDatabaseCollection
{
    public const string Name = "workspace-database";
}

public sealed class SqliteWorkspaceTests(SqliteSiteFixture fixture) : WorkspaceDatabaseTests(fixture), IClassFixture<SqliteSiteFixture>
{
    protected override bool OnPostgres => false;
}

public sealed class PostgresWorkspaceTests(PostgresSiteFixture fixture) : WorkspaceDatabaseTests(fixture), IClassFixture<PostgresSiteFixture>, IPostgresTests
{
    protected override bool OnPostgres => true;
}
