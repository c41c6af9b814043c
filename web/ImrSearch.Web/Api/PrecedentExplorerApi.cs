using System.Text.Json;
using ImrSearch.Json;
using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Web.Cases;
using ImrSearch.Web.Precedents;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace ImrSearch.Web.Api;

/// <summary>
/// The precedent explorer's JSON: <c>GET /api/cases/{id}/items/{n}/similar</c>, <c>POST /api/check</c>,
/// <c>GET /api/outcomes</c>, <c>GET /api/guidelines</c> and <c>GET /api/compare</c>. Items are numbered from 0, as <c>itemIndex</c> in search hits.
/// </summary>
public static class PrecedentExplorerApi
{
    public static RouteGroupBuilder MapPrecedentExplorerApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id}/items/{n:int}/similar", (string id, int n, HttpRequest request, [FromServices] PrecedentExplorer explorer) =>
        {
            var sameTreatment = request.Query["sameTreatment"].ToString() is "1" or "true" or "True";
            var count = ParseCount(request.Query["count"].ToString(), 5);
            if (count is null)
            {
                return BadRequest($"count must be a whole number from 1 to {ConsistencyCheckRequest.MaxCount}.");
            }

            var similar = CaseIdRules.IsPlausible(id) && n >= 0
                ? Run(() => explorer.Similar(id, n, sameTreatment, count.Value))
                : (null, null);
            if (similar.Error is string error)
            {
                return BadRequest(error);
            }

            return similar.Value is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Item not found", detail: "No decided item has that case id and item number.")
                : Json(new { caseId = id, itemIndex = n, sameTreatment, similar.Value.Upheld, similar.Value.Overturned, neighbours = similar.Value.Neighbours.Select(SearchHitDocument.From) });
        });

        api.MapPost("/check", async (HttpContext context, [FromServices] PrecedentExplorer explorer) =>
        {
            // The draft is read, checked and forgotten: nothing here logs or keeps it.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = CheckLimits.MaxBodyBytes;
            }

            CheckInput? input;
            try
            {
                input = await JsonSerializer.DeserializeAsync<CheckInput>(context.Request.Body, ImrJson.Api, context.RequestAborted);
            }
            catch (JsonException e)
            {
                return BadRequest($"The body must be JSON like {{\"draft\": \"...\", \"treatment\": null, \"guideline\": null, \"count\": 10}} ({e.Message})");
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Draft too large",
                    detail: $"The check takes drafts of at most {ConsistencyCheckRequest.MaxDraftLength:N0} characters.");
            }

            if (input is null)
            {
                return BadRequest("The body must be a JSON object with a \"draft\".");
            }

            var result = Run(() => explorer.Check(new ConsistencyCheckRequest(
                input.Draft ?? "",
                input.Treatment,
                input.Guideline,
                input.Count ?? CheckLimits.Neighbours,
                input.Recognised is { } r ? RequestReader.Default.Corrected(r.Treatment, r.Named, r.BodyRegion, r.Guidelines, r.Quantity) : null)));
            return result.Error is string error
                ? BadRequest(error)
                : Json(new
                {
                    result.Value!.Verdict,
                    result.Value.DraftLeaning,
                    result.Value.LeansAgainstPrecedent,
                    result.Value.Similar.Upheld,
                    result.Value.Similar.Overturned,
                    result.Value.CommonCitations,
                    recognised = new
                    {
                        result.Value.Recognised.Treatment,
                        named = string.Join(' ', result.Value.Recognised.Named),
                        result.Value.Recognised.BodyRegion,
                        result.Value.Recognised.Guidelines,
                        result.Value.Recognised.Quantity,
                        description = result.Value.Recognised.Describe(),
                    },
                    leftOut = new { citations = result.Value.LeftOut.Citations, facts = result.Value.LeftOut.Facts },
                    neighbours = result.Value.Similar.Neighbours.Select(SearchHitDocument.From),
                });
        });

        api.MapGet("/outcomes", (HttpRequest request, [FromServices] PrecedentExplorer explorer) =>
        {
            var parameters = OutcomeParameters.From(request.Query);
            if (!parameters.IsValid)
            {
                return BadRequest(string.Join(" ", parameters.AllErrors));
            }

            var table = Run(() => explorer.Outcomes(parameters.Search.ToRequest(), parameters.GroupBy.Name, parameters.ThenBy?.Name, parameters.Order));
            return table.Error is string error
                ? BadRequest(error)
                : Json(new
                {
                    groupBy = table.Value!.GroupBy.Name,
                    thenBy = table.Value.ThenBy?.Name,
                    table.Value.Total,
                    table.Value.Upheld,
                    table.Value.Overturned,
                    table.Value.Warning,
                    groups = table.Value.Groups.Select(g => new
                    {
                        g.Value,
                        g.SecondValue,
                        g.Count,
                        g.Upheld,
                        g.Overturned,
                        overturnRate = g.HasEnoughDecisions ? g.OverturnRate : (double?)null,
                        wilsonLow95 = g.HasEnoughDecisions ? g.Interval.Lower : (double?)null,
                        wilsonHigh95 = g.HasEnoughDecisions ? g.Interval.Upper : (double?)null,
                        g.HasEnoughDecisions,
                    }),
                });
        });

        api.MapGet("/trends", (HttpRequest request, [FromServices] PrecedentExplorer explorer) =>
        {
            var parameters = TrendParameters.From(request.Query);
            if (!parameters.IsValid)
            {
                return BadRequest(string.Join(" ", parameters.AllErrors));
            }

            var trend = Run(() => explorer.Trend(parameters.Search.ToRequest(), parameters.Interval));
            return trend.Error is string error
                ? BadRequest(error)
                : Json(new
                {
                    interval = OutcomeTrend.Name(trend.Value!.Interval),
                    buckets = trend.Value.Buckets.Select(b => new
                    {
                        b.Period,
                        start = b.Start,
                        b.Decisions,
                        b.Upheld,
                        b.Overturned,
                        b.OverturnRate,
                        low = b.Decisions > 0 ? b.Interval.Lower : (double?)null,
                        high = b.Decisions > 0 ? b.Interval.Upper : (double?)null,
                    }),
                    undated = trend.Value.Undated,
                    warning = trend.Value.Warning,
                });
        });

        api.MapGet("/guidelines", (HttpRequest request, [FromServices] PrecedentExplorer explorer) =>
        {
            var parameters = SearchParameters.From(request.Query);
            if (!parameters.IsValid)
            {
                return BadRequest(string.Join(" ", parameters.Errors));
            }

            var citations = Run(() => explorer.Citations(parameters.ToRequest()));
            return citations.Error is string error ? BadRequest(error) : Json(new { citations = citations.Value });
        });

        api.MapGet("/compare", (HttpRequest request, [FromServices] PrecedentExplorer explorer) =>
        {
            var parameters = CompareParameters.From(request.Query);
            if (!parameters.IsValid)
            {
                return BadRequest(string.Join(" ", parameters.Errors));
            }

            if (parameters.IsPair && parameters.Second is null)
            {
                return BadRequest($"Give the second item as {CompareParameters.SecondName}=CASE/ITEM, or leave out {CompareParameters.FirstName} to compare a search's upheld and overturned items.");
            }

            try
            {
                var sides = Run(() => parameters.IsPair
                    ? explorer.Compare(parameters.First!.Value, parameters.Second!.Value)
                    : explorer.CompareOutcomes(parameters.Search.ToRequest()));
                return sides.Error is string error ? BadRequest(error) : Json(SideBySideJson.From(sides.Value!));
            }
            catch (DecidedItemNotFoundException missing)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Item not found", detail: missing.Message);
            }
        });

        return api;
    }

    /// <summary>Runs an analysis; a request the explorer refuses comes back as its message, for a 400.</summary>
    private static (T? Value, string? Error) Run<T>(Func<T> analysis)
    {
        try
        {
            return (analysis(), null);
        }
        catch (SearchRequestException refused)
        {
            return (default, refused.Message);
        }
    }

    private static int? ParseCount(string text, int fallback) =>
        text.Length == 0 ? fallback
        : int.TryParse(text, out var count) && count is >= 1 and <= ConsistencyCheckRequest.MaxCount ? count
        : null;

    private static IResult Json(object value) => Results.Json(value, ImrJson.Api);

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);

    private sealed record CheckInput(string? Draft, string? Treatment, string? Guideline, int? Count, CheckReading? Recognised);

    /// <summary>A corrected reading of the draft, as the response's <c>recognised</c> gives it (named words as one string).</summary>
    private sealed record CheckReading(string? Treatment, string? Named, string? BodyRegion, IReadOnlyList<string>? Guidelines, decimal? Quantity);
}
