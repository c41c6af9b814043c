using System.Net;
using ImrSearch.Web.Tests.Workspaces;
using static ImrSearch.Web.Tests.Training.TrainingClient;

namespace ImrSearch.Web.Tests.Training;

/// <summary>
/// Training mode over the dated seed corpus (9 decided items, one Overturned: CM14-0000005 item 1, an MRI; three MRI
/// items in all), the same tests on SQLite and on PostgreSQL.
/// </summary>
public abstract class TrainingTests(WorkspaceSiteFixture fixture)
{
    private const string OverturnedCase = "CM14-0000005";
    private const int OverturnedItem = 1;
    private const string UpheldCase = "CM15-0000002";
    private const int UpheldItem = 2;

    private WorkspaceSite Site => fixture.Site;

    /// <summary>A trainer's set of the overturned MRI (with a note) and an upheld lumbar MRI, and a trainee who joined it.</summary>
    private async Task<(WorkspaceClient Trainer, WorkspaceClient Trainee, int SetId, string TraineeEmail)> SetWithTrainee()
    {
        var trainer = await SignedUp(Site);
        var collection = await trainer.NewCollection("Lumbar MRI",
            (OverturnedCase, OverturnedItem, "Note the **progressive neurologic deficit**."),
            (UpheldCase, UpheldItem, ""));
        var setId = await SetFromCollection(trainer, collection, "MRI for new reviewers");
        var email = WorkspaceClient.NewEmail();
        var trainee = await SignedUp(Site, email);
        var joined = await Join(trainee, await JoinPath(trainer, setId));
        Assert.Equal(setId, SetId(joined));
        return (trainer, trainee, setId, email);
    }

    [DatabaseFact]
    public async Task Hidden_fields_never_leave_the_server_before_the_answer_page_or_json()
    {
        var (trainer, trainee, setId, _) = await SetWithTrainee();
        var hidden = HiddenFields.Of(await Case(trainee, OverturnedCase), OverturnedItem);
        Assert.Equal("Overturned", hidden.Decision);

        // Before answering: the exercise page, the set page, the training page and the exercise JSON hold none of it.
        var page = await Raw(trainee, $"/training/sets/{setId}/1");
        Assert.Contains("MRI", page);
        Assert.Contains("answer-form", page);
        hidden.AssertAbsentFrom(page, "the exercise page");
        hidden.AssertAbsentFrom(await Raw(trainee, $"/training/sets/{setId}"), "the trainee's set page");
        hidden.AssertAbsentFrom(await Raw(trainee, "/training"), "the training page");
        var json = await Raw(trainee, $"/api/training/sets/{setId}/exercises/1");
        hidden.AssertAbsentFrom(json, "the exercise JSON");
        Assert.DoesNotContain("\"decision\"", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"clinicalSummary\"", json);
        // A refused answer (too long) shows the form again, still without them.
        var refused = await PostAnswer(trainee, setId, 1, Answer("overturn", new string('x', 4_001)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        hidden.AssertAbsentFrom(await refused.Content.ReadAsStringAsync(), "the refused answer's page");

        // After answering, they are there: the decision, and rationale sentences.
        var answered = await PostAnswer(trainee, setId, 1, Answer("overturn", "Progressive neurologic deficit with radiculopathy: MRI is indicated."));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var feedback = await Raw(trainee, $"/training/sets/{setId}/1");
        Assert.Contains("Overturned", feedback);
        Assert.Contains(hidden.Sentences[0][..20], System.Net.WebUtility.HtmlDecode(feedback).Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        trainer.Dispose();
        trainee.Dispose();
    }

    [DatabaseFact]
    public async Task A_trainee_answers_once_sees_feedback_and_the_trainer_sees_the_most_disagreed_item()
    {
        var (trainer, trainee, setId, email) = await SetWithTrainee();

        // A wrong answer to the overturned MRI: feedback says so, marks shared terms, shows the trainer's note and the split.
        var wrong = await PostAnswer(trainee, setId, 1, Answer("uphold", "No red flags and no neurologic deficit; imaging is not indicated.", guideline: "ODG Low Back Chapter", section: "MRIs"));
        Assert.Equal($"/training/sets/{setId}/1#feedback", wrong.Headers.Location!.OriginalString);
        var page = await trainee.Page($"/training/sets/{setId}/1");
        Assert.Equal("You did not agree with the decision", page.Text("#verdict-heading"));
        Assert.Equal("Overturned", page.Text("#feedback .badge"));
        Assert.NotEmpty(page.Document.QuerySelectorAll("#actual-rationale mark"));
        var marks = page.Document.QuerySelectorAll("#actual-rationale mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.Contains("imaging", marks);
        // "indicated" is in both rationales, but every letter says it: boilerplate is not marked.
        Assert.DoesNotContain(marks, m => m.StartsWith("indicat", StringComparison.Ordinal));
        Assert.Equal("progressive neurologic deficit", page.Text(".trainer-note strong"));
        Assert.NotNull(page.Document.QuerySelector("#similar-heading"));
        Assert.Null(page.Document.QuerySelector("#answer-form"));

        // The answer is final: a second one, by form or API, is refused and the first stands.
        var again = await PostAnswer(trainee, setId, 1, Answer("overturn", "Changed my mind."));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await trainee.Json(HttpMethod.Post, $"/api/training/sets/{setId}/exercises/1/answer",
            new { decision = "overturn", guidelineDocument = "ODG Low Back Chapter", rationale = "Changed my mind." }, HttpStatusCode.Conflict);
        var kept = await trainee.Json(HttpMethod.Get, $"/api/training/sets/{setId}/exercises/1");
        Assert.Equal("Upheld", kept.GetProperty("answer").GetProperty("decision").GetString());
        Assert.Equal("Overturned", kept.GetProperty("feedback").GetProperty("decision").GetString());
        Assert.False(kept.GetProperty("feedback").GetProperty("agrees").GetBoolean());
        Assert.False(kept.TryGetProperty("exercise", out _), "After the answer the exercise JSON carries the feedback, not the exercise again.");

        // A right answer to the second, through the API: 201 with the feedback.
        var right = await trainee.Json(HttpMethod.Post, $"/api/training/sets/{setId}/exercises/2/answer",
            new { decision = "uphold", guidelineDocument = "ACOEM Chapter 12 Low Back Complaints", guidelineSection = "p. 303", rationale = "No red flags documented; not indicated." },
            HttpStatusCode.Created);
        Assert.Equal("Upheld", right.GetProperty("feedback").GetProperty("decision").GetString());
        Assert.True(right.GetProperty("feedback").GetProperty("agrees").GetBoolean());

        // The trainee's progress: two answered, one agreed, by outcome and treatment.
        var progress = await trainee.Page("/training/progress");
        Assert.Contains("answered 2 exercises and agreed with 1 of the decisions (50%)", System.Text.RegularExpressions.Regex.Replace(progress.Text("#progress-summary"), @"\s+", " "));
        var rows = progress.Document.QuerySelectorAll("#progress-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Actually overturned", StringComparison.Ordinal) && r.Contains("0 (0%)", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Treatment: MRI", StringComparison.Ordinal) && r.Contains("1 (50%)", StringComparison.Ordinal));

        // The trainer: every answer, and the overturned MRI first among the items to discuss.
        var results = await trainer.Page($"/training/sets/{setId}");
        var row = results.Document.QuerySelector($"#trainee-results tr[data-trainee='{email}']")!;
        Assert.Contains("2 of 2", row.TextContent);
        Assert.Contains("1 (50%)", row.QuerySelector(".agreed")!.TextContent);
        var discuss = results.Document.QuerySelectorAll("#to-discuss li");
        Assert.Single(discuss);
        Assert.Equal("1", discuss[0].GetAttribute("data-position"));
        Assert.Contains("No red flags and no neurologic deficit", results.Text("#exercise-1"));
        trainer.Dispose();
        trainee.Dispose();
    }

    [DatabaseFact]
    public async Task Only_the_trainer_and_trainees_see_a_set_and_bad_answers_are_refused()
    {
        var (trainer, trainee, setId, _) = await SetWithTrainee();
        using var stranger = await SignedUp(Site);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Page($"/training/sets/{setId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Page($"/training/sets/{setId}/1")).Status);
        await stranger.Json(HttpMethod.Get, $"/api/training/sets/{setId}/exercises/1", expected: HttpStatusCode.NotFound);
        // The trainer made the set from decisions they saw: they are not its trainee, and joining their own set does nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.Page($"/training/sets/{setId}/1")).Status);
        await Join(trainer, await JoinPath(trainer, setId));
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.Page($"/training/sets/{setId}/1")).Status);
        // A trainee sees no other trainee's answers and no trainer's tools.
        var traineeView = await trainee.Page($"/training/sets/{setId}");
        Assert.Null(traineeView.Document.QuerySelector("#trainee-results"));
        Assert.Null(traineeView.Document.QuerySelector("#join-url"));
        using var signedOut = Site.NewClient();
        await signedOut.Json(HttpMethod.Get, $"/api/training/sets/{setId}/exercises/1", expected: HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Redirect, (await signedOut.Http.GetAsync($"/training/sets/{setId}/1")).StatusCode);

        // Bounded, validated answers: each refusal says why and saves nothing.
        foreach (var (answer, why) in new[]
        {
            (Answer("overturn", new string('a', 4_001)), "at most 4,000 characters"),
            (Answer("Overturned", "Because."), "uphold or overturn"),
            (Answer("uphold", "Because.", guideline: "My own guideline"), "guideline document"),
            (Answer("uphold", "   "), "short rationale"),
            (Answer("uphold", "Because.", section: new string('p', 201)), "at most 200 characters"),
        })
        {
            var response = await PostAnswer(trainee, setId, 1, answer);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(why, await WorkspaceClient.ReadHtml(response));
        }
        await trainee.Json(HttpMethod.Post, $"/api/training/sets/{setId}/exercises/1/answer", new { decision = "uphold", guidelineDocument = "nope", rationale = "x" }, HttpStatusCode.BadRequest);
        var withoutToken = await trainee.Http.PostAsync($"/training/sets/{setId}/1", new FormUrlEncodedContent(Answer("uphold", "Because.")));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.NotNull((await trainee.Page($"/training/sets/{setId}/1")).Document.QuerySelector("#answer-form"));

        // A link turned off joins no one; a new link does.
        var oldLink = await JoinPath(trainer, setId);
        await trainer.PostForm($"/training/sets/{setId}", new Dictionary<string, string>(), $"/training/sets/{setId}?handler=StopLink");
        using var late = await SignedUp(Site);
        Assert.Equal(HttpStatusCode.NotFound, (await Join(late, oldLink)).StatusCode);
        await trainer.PostForm($"/training/sets/{setId}", new Dictionary<string, string>(), $"/training/sets/{setId}?handler=NewLink");
        Assert.Equal(setId, SetId(await Join(late, await JoinPath(trainer, setId))));
        trainer.Dispose();
        trainee.Dispose();
    }

    [DatabaseFact]
    public async Task The_trainer_previews_an_exercise_as_a_trainee_sees_it_without_the_hidden_fields_and_nobody_else_can()
    {
        var (trainer, trainee, setId, _) = await SetWithTrainee();
        var hidden = HiddenFields.Of(await Case(trainer, OverturnedCase), OverturnedItem);
        var preview = $"/training/sets/{setId}/1/preview";
        var set = await trainer.Page($"/training/sets/{setId}");
        Assert.Equal(preview, set.Document.QuerySelector("#exercise-1 a.preview-link")?.GetAttribute("href"));

        // The trainer sees what the trainee sees, labelled, with the answer's fields disabled and nothing to post.
        var raw = await Raw(trainer, preview);
        hidden.AssertAbsentFrom(raw, "the trainer's preview");
        var page = await trainer.Page(preview);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Preview", page.Text("main h1"));
        Assert.Contains("MRI", page.Text("#exercise-item"));
        Assert.NotNull(page.Document.QuerySelector("#summary-heading"));
        Assert.Null(page.Document.QuerySelector("#answer-form"));
        Assert.Empty(page.Document.QuerySelectorAll("main form"));
        Assert.True(page.Document.QuerySelector("#preview-answer")!.HasAttribute("disabled"));
        Assert.Null(page.Document.QuerySelector(".trainer-note"));
        Assert.Equal($"/training/sets/{setId}/2/preview", page.Document.QuerySelector(".exercise-nav a.next")?.GetAttribute("href"));

        // Nobody else: the trainee, a stranger, a number past the set; signed out goes to sign in.
        Assert.Equal(HttpStatusCode.NotFound, (await trainee.Page(preview)).Status);
        using var stranger = await SignedUp(Site);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Page(preview)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.Page($"/training/sets/{setId}/3/preview")).Status);
        using var signedOut = Site.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await signedOut.Http.GetAsync(preview)).StatusCode);

        // Previewing answers nothing: the trainee's exercise is still open.
        Assert.NotNull((await trainee.Page($"/training/sets/{setId}/1")).Document.QuerySelector("#answer-form"));
        trainer.Dispose();
        trainee.Dispose();
    }

    [DatabaseFact]
    public async Task The_trainer_downloads_every_answer_as_csv_quoted_and_formula_safe_and_nobody_else_can()
    {
        var (trainer, trainee, setId, email) = await SetWithTrainee();
        var otherEmail = "a-" + WorkspaceClient.NewEmail();
        using var other = await SignedUp(Site, otherEmail);
        Assert.Equal(setId, SetId(await Join(other, await JoinPath(trainer, setId))));
        const string Quoted = "No \"red flags\", no deficit;\nconservative care first.";
        await PostAnswer(trainee, setId, 1, Answer("uphold", Quoted, guideline: "ODG Low Back Chapter", section: "MRIs"));
        await PostAnswer(trainee, setId, 2, Answer("uphold", "=HYPERLINK(\"http://example.com\")"));
        await PostAnswer(other, setId, 1, Answer("overturn", "@SUM(1+1) progressive deficit"));

        var set = await trainer.Page($"/training/sets/{setId}");
        var link = set.Document.QuerySelector("#answers-csv")?.GetAttribute("href");
        Assert.Equal($"/api/training/sets/{setId}/csv", link);
        var response = await trainer.Send(HttpMethod.Get, link!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mri-for-new-reviewers-answers.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var rows = new List<Dictionary<string, string>>();
        using (var reader = CsvHelper.CsvReader.FromText(await response.Content.ReadAsStringAsync(), new CsvHelper.CsvReaderOptions()))
        {
            while (reader.Read())
            {
                rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
            }
        }
        Assert.Equal(
            ["trainee", "exercise", "caseId", "item", "itemText", "decision", "actualDecision", "agreed", "guidelineDocument", "guidelineSection", "guidelineMatched", "guidelineSourceMatched", "rationale", "answeredAt"],
            rows[0].Keys);
        // By exercise, then trainee: the other trainee's address sorts first.
        Assert.Equal([(otherEmail, "1"), (email, "1"), (email, "2")], rows.Select(r => (r["trainee"], r["exercise"])));
        var wrong = rows[1];
        Assert.Equal((OverturnedCase, (OverturnedItem + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), (wrong["caseId"], wrong["item"]));
        Assert.Contains("MRI", wrong["itemText"]);
        Assert.Equal(("Upheld", "Overturned", "no"), (wrong["decision"], wrong["actualDecision"], wrong["agreed"]));
        Assert.Equal(("ODG Low Back Chapter", "MRIs"), (wrong["guidelineDocument"], wrong["guidelineSection"]));
        var scored = (await trainee.Json(HttpMethod.Get, $"/api/training/sets/{setId}/exercises/1")).GetProperty("feedback");
        Assert.Equal(
            (scored.GetProperty("guidelineMatches").GetBoolean() ? "yes" : "no", scored.GetProperty("guidelineSourceMatches").GetBoolean() ? "yes" : "no"),
            (wrong["guidelineMatched"], wrong["guidelineSourceMatched"]));
        // Quotes, commas and line breaks come back as typed.
        Assert.Equal(Quoted, wrong["rationale"].Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", wrong["answeredAt"]);
        Assert.Equal(("Overturned", "Overturned", "yes"), (rows[0]["decision"], rows[0]["actualDecision"], rows[0]["agreed"]));
        // A rationale that would run as a spreadsheet formula is escaped, as in the other exports.
        Assert.False(rows[2]["rationale"].StartsWith('='), rows[2]["rationale"]);
        Assert.Contains("HYPERLINK", rows[2]["rationale"]);
        Assert.False(rows[0]["rationale"].StartsWith('@'), rows[0]["rationale"]);

        // Only the trainer: a trainee, a stranger and a missing set get 404; signed out, 401.
        await trainee.Json(HttpMethod.Get, link!, expected: HttpStatusCode.NotFound);
        using var stranger = await SignedUp(Site);
        await stranger.Json(HttpMethod.Get, link!, expected: HttpStatusCode.NotFound);
        await trainer.Json(HttpMethod.Get, $"/api/training/sets/{setId + 100_000}/csv", expected: HttpStatusCode.NotFound);
        using var signedOut = Site.NewClient();
        await signedOut.Json(HttpMethod.Get, link!, expected: HttpStatusCode.Unauthorized);
        trainer.Dispose();
        trainee.Dispose();
    }

    [DatabaseFact]
    public async Task A_trainer_adds_a_trainee_by_email_and_draws_a_set_from_a_search()
    {
        using var trainer = await SignedUp(Site);
        var email = WorkspaceClient.NewEmail();
        using var trainee = await SignedUp(Site, email);
        var made = await trainer.PostForm("/training/new", new Dictionary<string, string> { ["Search"] = "/?treatment=MRI", ["Count"] = "2", ["Mode"] = "Even" }, "/training/new?handler=Search");
        var setId = SetId(made);
        var page = await trainer.Page($"/training/sets/{setId}");
        Assert.Equal(["Overturned", "Upheld"], page.Document.QuerySelectorAll(".exercise-list h3 .badge").Select(b => b.TextContent).Order());
        Assert.Equal("Exercises: Treatment: MRI", page.Text("main h1"));

        var added = await trainer.PostForm($"/training/sets/{setId}", new Dictionary<string, string> { ["Email"] = email }, $"/training/sets/{setId}?handler=AddTrainee");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var unknown = await trainer.PostForm($"/training/sets/{setId}", new Dictionary<string, string> { ["Email"] = "nobody@example.org" }, $"/training/sets/{setId}?handler=AddTrainee");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await trainee.Page($"/training/sets/{setId}/2")).Status);

        // Searches are bounded and refused with a reason, as on the search page.
        var tooLong = await trainer.PostForm("/training/new", new Dictionary<string, string> { ["Search"] = new string('q', 5_000), ["Count"] = "2", ["Mode"] = "Even" }, "/training/new?handler=Search");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var tooMany = await trainer.PostForm("/training/new", new Dictionary<string, string> { ["Search"] = "mri", ["Count"] = "51", ["Mode"] = "InOrder" }, "/training/new?handler=Search");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var nothing = await trainer.PostForm("/training/new", new Dictionary<string, string> { ["Search"] = "zzzunheardof", ["Count"] = "2", ["Mode"] = "InOrder" }, "/training/new?handler=Search");
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Contains("matches no decided item", await WorkspaceClient.ReadHtml(nothing));
    }

    [DatabaseFact]
    public async Task Practice_draws_evenly_between_outcomes_and_never_repeats_a_seen_case()
    {
        // Two MRI items drawn evenly hold the one overturned MRI every time (a draw as decided would mostly miss it).
        for (var run = 0; run < 4; run++)
        {
            using var trainee = await SignedUp(Site);
            var setId = SetId(await trainee.PostForm("/training/practice", new Dictionary<string, string> { ["Treatment"] = "MRI", ["Count"] = "2", ["Mode"] = "Even" }));
            var decisions = new List<string>();
            for (var n = 1; n <= 2; n++)
            {
                var answered = await trainee.Json(HttpMethod.Post, $"/api/training/sets/{setId}/exercises/{n}/answer",
                    new { decision = "uphold", guidelineDocument = "ODG Low Back Chapter", rationale = "Practice." }, HttpStatusCode.Created);
                decisions.Add(answered.GetProperty("feedback").GetProperty("decision").GetString()!);
            }
            Assert.Equal(["Overturned", "Upheld"], decisions.Order());
        }

        // Cases not seen: the third MRI, then none left.
        using var learner = await SignedUp(Site);
        var first = SetId(await learner.PostForm("/training/practice", new Dictionary<string, string> { ["Treatment"] = "MRI", ["Count"] = "2", ["Mode"] = "Even" }));
        var second = SetId(await learner.PostForm("/training/practice", new Dictionary<string, string> { ["Treatment"] = "MRI", ["Count"] = "5", ["Mode"] = "AsDecided" }));
        var set = await learner.Page($"/training/sets/{second}");
        Assert.Single(set.Document.QuerySelectorAll(".exercise-list li"));
        var none = await learner.PostForm("/training/practice", new Dictionary<string, string> { ["Treatment"] = "MRI", ["Count"] = "1", ["Mode"] = "Even" });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("not seen already", await WorkspaceClient.ReadHtml(none));
        Assert.NotEqual(first, second);
        var bad = await learner.PostForm("/training/practice", new Dictionary<string, string> { ["Treatment"] = "MRI", ["Count"] = "21", ["Mode"] = "Even" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}

public sealed class SqliteTrainingTests(SqliteSiteFixture fixture) : TrainingTests(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class PostgresTrainingTests(PostgresSiteFixture fixture) : TrainingTests(fixture), IClassFixture<PostgresSiteFixture>, IPostgresTests;
