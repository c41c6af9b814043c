using ImrSearch.Search;
using ImrSearch.Web.Configuration;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Mvc;

namespace ImrSearch.Web.Exports;

/// <summary><c>/export/csv</c> and <c>/export/brief</c>: the current search as files to keep.</summary>
public static class ExportEndpoints
{
    /// <summary>The endpoints' names, for links made by routing.</summary>
    public const string CsvName = "export-csv";
    public const string BriefName = "export-brief";

    public static RouteGroupBuilder MapExports(this RouteGroupBuilder exports)
    {
        exports.MapGet("/csv", async (HttpContext context, [FromServices] ISearchCore search, [FromServices] ImrSearchOptions options, [FromServices] TimeProvider clock) =>
        {
            var parameters = SearchParameters.From(context.Request.Query);
            if (!parameters.IsValid)
            {
                return Invalid(string.Join(" ", parameters.Errors));
            }
            // Run the first page before anything is written, so a refused request is still a clean 400.
            SearchResponse first;
            try
            {
                first = search.Search((parameters with { Page = 1, Size = SearchRequest.MinPageSize }).ToRequest(facetTopN: 1));
            }
            catch (SearchRefusedException refused)
            {
                return Invalid(refused.Message);
            }
            if (first.Stopped)
            {
                // Reading every item would only stop again, after as long: say so now, before any row.
                throw new SearchTimeoutException(TimeSpan.FromSeconds(options.SearchTimeBudgetSeconds));
            }
            var total = first.Total;
            var request = context.Request;
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"imr-decisions.csv\"";
            await DecidedItemCsv.WriteAsync(
                context.Response.Body,
                MatchingItems.All(parameters, search),
                hit => CaseLinks.AbsoluteCaseUrl(request, hit.CaseId, hit.ItemIndex),
                total,
                options.ExportTimeLimit,
                clock,
                context.RequestAborted);
            return Results.Empty;
        }).WithName(CsvName);

        exports.MapGet("/brief", (HttpContext context, [FromServices] ISearchCore search, [FromServices] ImrSearchOptions options, [FromServices] TimeProvider clock) =>
        {
            var parameters = SearchParameters.From(context.Request.Query);
            if (!parameters.IsValid)
            {
                return Invalid(string.Join(" ", parameters.Errors));
            }
            try
            {
                var response = search.Search(ResearchBrief.Request(parameters));
                if (response.Stopped)
                {
                    throw new SearchTimeoutException(TimeSpan.FromSeconds(options.SearchTimeBudgetSeconds));
                }
                var request = context.Request;
                var markdown = ResearchBrief.Build(parameters, response, (id, item) => CaseLinks.AbsoluteCaseUrl(request, id, item), clock.GetUtcNow());
                context.Response.Headers.ContentDisposition = "attachment; filename=\"imr-research-brief.md\"";
                return Results.Text(markdown, "text/markdown; charset=utf-8");
            }
            catch (SearchRefusedException refused)
            {
                return Invalid(refused.Message);
            }
        }).WithName(BriefName);
        return exports;
    }

    private static IResult Invalid(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid search request", detail: detail);
}
