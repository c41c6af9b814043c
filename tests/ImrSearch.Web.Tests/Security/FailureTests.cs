using System.Net;
using ImrSearch.Domain;
using ImrSearch.Search;
using ImrSearch.Web.Cases;
using ImrSearch.Web.Searching;
using ImrSearch.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ImrSearch.Web.Tests.Security;

/// <summary>When the search core fails, users get an apology and a reference, never the exception.</summary>
public sealed class FailureTests : IDisposable
{
    private const string Secret = "index segment _3.cfs is corrupt at offset 4711";

    private readonly SiteFactory site = new();
    private readonly HttpClient client;

    public FailureTests()
    {
        client = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<ISearchCore, BrokenSearch>())).CreateClient();
    }

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("/?q=mri")]
    [InlineData("/case/CM13-0012345")]
    [InlineData("/brief?q=mri")]
    public async Task A_page_failure_is_a_500_page_without_details(string url)
    {
        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal("Something went wrong", page.Text("main h1"));
        Assert.DoesNotContain(Secret, page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("BrokenSearch", page.Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=mri")]
    [InlineData("/api/cases/CM13-0012345")]
    public async Task An_api_failure_is_a_500_problem_without_details(string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("at ImrSearch", body, StringComparison.Ordinal);
    }

    private sealed class BrokenSearch : ISearchCore
    {
        public SearchResponse Search(SearchRequest request) => throw new InvalidOperationException(Secret);

        public Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellation) => throw new InvalidOperationException(Secret);

        public IEnumerable<SearchHit> SearchAll(SearchRequest request) => throw new InvalidOperationException(Secret);

        public Determination? FindCase(string caseId) => throw new InvalidOperationException(Secret);

        public CaseView ViewCase(Determination determination, string? query) => throw new InvalidOperationException(Secret);
    }
}
