using System.Text.Json;
using System.Text.RegularExpressions;
using ImrSearch.Web.Tests.Training;
using Microsoft.Playwright;

namespace ImrSearch.Web.Tests.Browser;

/// <summary>
/// Training in a real browser: a trainer makes a set from a collection, a trainee joins by its link and answers both
/// exercises (one wrongly), and the trainer sees the results (and previews an exercise first); every training page is audited with axe. With
/// IMRSEARCH_SCREENSHOTS set to a folder, the feedback and the trainer's results are saved there as PNGs (the README's
/// pictures: <c>IMRSEARCH_SCREENSHOTS=$PWD/docs dotnet test ... --filter TrainingBrowserTests</c>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainingBrowserTests(BrowserSite site) : IAsyncLifetime
{
    // In the seed corpus (case ids are the file names): the one Overturned item, and an Upheld lumbar MRI.
    private const string OverturnedCase = "004_0ee5ec402ea739f4";
    private const string UpheldCase = "001_a2d9d1ce07a723b3";

    private IBrowserContext trainerContext = null!;
    private IBrowserContext traineeContext = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsAvailable)
        {
            return;
        }
        trainerContext = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        traineeContext = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
    }

    public async Task DisposeAsync()
    {
        if (trainerContext is not null)
        {
            await trainerContext.CloseAsync();
            await traineeContext.CloseAsync();
        }
    }

    private async Task<IPage> SignedUp(IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(site.BaseUrl + "/account/sign-up");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", "correct horse battery");
        await page.FillAsync("#ConfirmPassword", "correct horse battery");
        await page.PressAsync("#ConfirmPassword", "Enter");
        await page.ArriveAtAsync(site.BaseUrl + "/collections");
        return page;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("IMRSEARCH_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = false });
        }
    }

    /// <summary>Waits for the page to reach an address; on a timeout, says where it is and what it shows instead.</summary>
    private static async Task Arrive(IPage page, Regex url)
    {
        try
        {
            await page.ArriveAtAsync(url);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"Expected {url}, still at {page.Url}: {await page.InnerTextAsync("main")}");
        }
    }

    private static async Task<JsonElement> Json(IAPIResponse response)
    {
        Assert.True(response.Ok, $"{response.Url}: {response.Status} {await response.TextAsync()}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }

    [BrowserFact]
    public async Task A_trainer_makes_a_set_from_a_collection_a_trainee_answers_one_wrongly_and_the_trainer_sees_the_results()
    {
        // The trainer's collection (made through the API with the session cookie; the collection pages have their own test).
        var trainer = await SignedUp(trainerContext, $"trainer-{Guid.NewGuid():N}@example.org");
        var collection = (await Json(await trainerContext.APIRequest.PostAsync(site.BaseUrl + "/api/collections",
            new APIRequestContextOptions { DataObject = new { title = "Lumbar MRI: when is it indicated?" } }))).GetProperty("id").GetInt32();
        foreach (var (caseId, item, note) in new[] { (OverturnedCase, 1, "Here the **progressive deficit** is the red flag that makes imaging necessary."), (UpheldCase, 2, "No red flag: compare with exercise 1.") })
        {
            await Json(await trainerContext.APIRequest.PostAsync(site.BaseUrl + $"/api/collections/{collection}/items",
                new APIRequestContextOptions { DataObject = new { caseId, itemIndex = item, note } }));
        }

        // The set, from the training page.
        await trainer.ClickAsync(".account-nav a:has-text('Training')");
        await Arrive(trainer, new Regex("^" + Regex.Escape(site.BaseUrl + "/training") + "$"));
        await Accessibility.AssertNoViolations(trainer);
        await trainer.ClickAsync("a:has-text('Make an exercise set')");
        await Arrive(trainer, new Regex("^" + Regex.Escape(site.BaseUrl + "/training/new") + "$"));
        await Accessibility.AssertNoViolations(trainer);
        await trainer.SelectOptionAsync("#CollectionId", collection.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await trainer.ClickAsync("#from-collection-form button[type=submit]");
        await Arrive(trainer, new Regex(@"/training/sets/\d+$"));
        var setUrl = trainer.Url;
        Assert.Equal("Lumbar MRI: when is it indicated?", await trainer.InnerTextAsync("main h1"));
        Assert.Equal(2, await trainer.Locator(".exercise-list > li").CountAsync());
        await Accessibility.AssertNoViolations(trainer);
        var joinUrl = await trainer.GetAttributeAsync("#join-url", "href");
        Assert.Matches(@"/training/join/[A-Za-z0-9_-]{43}$", joinUrl);

        // The trainer previews the first exercise as a trainee will see it: labelled, nothing of the decision, accessible.
        await trainer.ClickAsync("#exercise-1 a.preview-link");
        await Arrive(trainer, new Regex("^" + Regex.Escape(setUrl + "/1/preview") + "$"));
        Assert.StartsWith("PREVIEW", (await trainer.InnerTextAsync("main h1")).ToUpperInvariant());
        Assert.Contains("MRI", await trainer.InnerTextAsync("#exercise-item"));
        Assert.True(await trainer.Locator("#preview-answer #Rationale").IsDisabledAsync());
        var hiddenFromPreview = HiddenFields.Of(await Json(await trainerContext.APIRequest.GetAsync(site.BaseUrl + "/api/cases/" + OverturnedCase)), 1);
        hiddenFromPreview.AssertAbsentFrom(await trainer.ContentAsync(), "the trainer's preview in the browser");
        await Accessibility.AssertNoViolations(trainer);
        await trainer.GotoAsync(setUrl);

        // The trainee joins by the link and opens the first exercise: nothing of the decision is in the page.
        var email = $"trainee-{Guid.NewGuid():N}@example.org";
        var trainee = await SignedUp(traineeContext, email);
        await trainee.GotoAsync(joinUrl!);
        await Accessibility.AssertNoViolations(trainee);
        await trainee.ClickAsync("#join-form button");
        await Arrive(trainee, new Regex("^" + Regex.Escape(setUrl) + "$"));
        await Accessibility.AssertNoViolations(trainee);
        await trainee.ClickAsync("a:has-text('Exercise 1')");
        await Arrive(trainee, new Regex("^" + Regex.Escape(setUrl + "/1") + "$"));
        var hidden = HiddenFields.Of(await Json(await traineeContext.APIRequest.GetAsync(site.BaseUrl + "/api/cases/" + OverturnedCase)), 1);
        hidden.AssertAbsentFrom(await trainee.ContentAsync(), "the exercise page in the browser");
        Assert.Contains("MRI", await trainee.InnerTextAsync("#exercise-item"));
        await Accessibility.AssertNoViolations(trainee);

        // A wrong answer: uphold the denial the reviewer overturned.
        await trainee.CheckAsync("input[name=Decision][value=uphold]");
        await trainee.SelectOptionAsync("#GuidelineDocument", "ACOEM Chapter 12 Low Back Complaints");
        await trainee.FillAsync("#GuidelineSection", "Table 12-8, p. 303");
        await trainee.FillAsync("#Rationale", "Imaging of the lumbar spine is not indicated without red flags or a neurologic deficit; conservative care first.");
        await trainee.ClickAsync("#answer-form button[type=submit]");
        await Arrive(trainee, new Regex("^" + Regex.Escape(setUrl + "/1#feedback") + "$"));
        Assert.Equal("You did not agree with the decision", await trainee.InnerTextAsync("#verdict-heading"));
        Assert.Equal("Overturned", await trainee.TextContentAsync("#feedback .badge"));
        Assert.True(await trainee.Locator("#actual-rationale mark").CountAsync() > 0);
        Assert.Contains("progressive deficit", await trainee.InnerTextAsync(".trainer-note"));
        await Accessibility.AssertNoViolations(trainee);
        await trainee.Locator("#verdict-heading").ScrollIntoViewIfNeededAsync();
        await Screenshot(trainee, "training-feedback.png");

        // The second, answered as decided.
        await trainee.ClickAsync("a:has-text('Next exercise')");
        await Arrive(trainee, new Regex("^" + Regex.Escape(setUrl + "/2") + "$"));
        await trainee.CheckAsync("input[name=Decision][value=uphold]");
        await trainee.SelectOptionAsync("#GuidelineDocument", "ACOEM Chapter 12 Low Back Complaints");
        await trainee.FillAsync("#Rationale", "No red flags, no progressive deficit: an MRI would not change the treatment.");
        await trainee.ClickAsync("#answer-form button[type=submit]");
        await Arrive(trainee, new Regex("^" + Regex.Escape(setUrl + "/2#feedback") + "$"));
        Assert.Equal("You agreed with the decision", await trainee.InnerTextAsync("#verdict-heading"));
        await trainee.GotoAsync(site.BaseUrl + "/training/progress");
        Assert.Contains("agreed with 1 of the decisions (50%)", await trainee.InnerTextAsync("#progress-summary"));
        await Accessibility.AssertNoViolations(trainee);

        // The trainer sees both answers and the first exercise as the one to discuss.
        await trainer.ReloadAsync();
        var row = trainer.Locator($"#trainee-results tr[data-trainee='{email}']");
        Assert.Contains("2 of 2", await row.InnerTextAsync());
        Assert.Contains("1 (50%)", await row.Locator(".agreed").InnerTextAsync());
        Assert.Equal("1", await trainer.Locator("#to-discuss li").First.GetAttributeAsync("data-position"));
        await trainer.Locator("#exercise-1 summary").ClickAsync();
        Assert.Contains("conservative care first", await trainer.InnerTextAsync("#exercise-1"));
        await Accessibility.AssertNoViolations(trainer);
        await trainer.Locator("#trainees").ScrollIntoViewIfNeededAsync();
        await Screenshot(trainer, "training-trainer.png");

        // A practice from the trainee's side: the form is accessible and draws cases of the chosen treatment.
        await trainee.GotoAsync(site.BaseUrl + "/training/practice");
        await Accessibility.AssertNoViolations(trainee);
        await trainee.SelectOptionAsync("#Treatment", "Chiropractic");
        await trainee.ClickAsync("#practice-form button[type=submit]");
        await Arrive(trainee, new Regex(@"/training/sets/\d+/1$"));
        Assert.Equal("Chiropractic", await trainee.InnerTextAsync("#exercise-treatment"));
    }
}
