using ImrSearch.Web.Tests.Infrastructure;

namespace ImrSearch.Web.Tests.Security;

[Collection(SiteCollection.Name)]
public class HostileInputTests(SiteFactory site)
{
    private static readonly string[] SearchEndpoints = ["/", "/brief", "/api/search", "/api/facets", "/export/csv", "/export/brief", "/outcomes", "/guidelines", "/api/outcomes", "/api/guidelines", "/trends", "/api/trends"];

    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public void The_list_holds_at_least_fifty_hostile_inputs() =>
        Assert.True(HostileInputs.QueryStrings.Length + HostileInputs.CaseIds.Length >= 50);

    [Fact]
    public async Task No_search_page_or_endpoint_answers_a_hostile_parameter_with_a_500()
    {
        var failures = new List<string>();
        foreach (var endpoint in SearchEndpoints)
        {
            foreach (var query in HostileInputs.QueryStrings)
            {
                var response = await client.GetAsync(endpoint + query);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} {endpoint}{Shorten(query)}");
                }
                else if (response.Content.Headers.ContentType?.MediaType == "text/html" && InjectedMarkup(body))
                {
                    failures.Add($"markup injected: {endpoint}{Shorten(query)}");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task No_case_page_or_endpoint_answers_a_hostile_id_with_a_500()
    {
        var failures = new List<string>();
        foreach (var prefix in new[] { "/case/", "/api/cases/" })
        {
            foreach (var id in HostileInputs.CaseIds)
            {
                foreach (var suffix in new[] { "", "?q=%3Cscript%3E(", "?q=" + new string('x', 1200) })
                {
                    var response = await client.GetAsync(prefix + id + suffix);
                    var body = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} {prefix}{Shorten(id + suffix)}");
                    }
                    else if (InjectedMarkup(body))
                    {
                        failures.Add($"markup injected: {prefix}{Shorten(id + suffix)}");
                    }
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task No_similar_items_endpoint_or_draft_check_answers_hostile_input_with_a_500()
    {
        var failures = new List<string>();
        foreach (var id in HostileInputs.CaseIds)
        {
            var response = await client.GetAsync("/api/cases/" + id + "/items/0/similar");
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} similar {Shorten(id)}");
            }
        }

        foreach (var query in HostileInputs.QueryStrings)
        {
            var draft = Uri.UnescapeDataString(query.TrimStart('?').Replace('+', ' '));
            var body = System.Text.Json.JsonSerializer.Serialize(new { draft, treatment = draft, guideline = draft });
            var response = await client.PostAsync("/api/check", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} check {Shorten(query)}");
            }
        }

        Assert.Empty(failures);
    }

    private static bool InjectedMarkup(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return document.Scripts.Any(s => s.GetAttribute("src") is null)
            || document.QuerySelectorAll("img").Length > 0
            || document.All.SelectMany(e => e.Attributes).Any(a => a.Name.StartsWith("on", StringComparison.Ordinal));
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
