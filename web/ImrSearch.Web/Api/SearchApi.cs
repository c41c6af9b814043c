using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Json;
using ImrSearch.Web.Cases;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Mvc;

namespace ImrSearch.Web.Api;

/// <summary>
/// The JSON API: <c>/api/search</c> (the <c>imr-index search --json</c> shape), <c>/api/cases/{id}</c> (the parse
/// JSON shape) and <c>/api/facets</c>. Errors are RFC 7807 problem details.
/// </summary>
public static class SearchApi
{
    /// <summary>The name of <c>/api/cases/{id}</c>, for links made by routing.</summary>
    public const string CaseName = "api-case";

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", (HttpRequest request, [FromServices] ISearchCore search) =>
            RunSearchAsync(request, search, response => Results.Text(SearchResponseJson.Serialize(response, ImrJson.Api), "application/json")));

        api.MapGet("/facets", (HttpRequest request, [FromServices] ISearchCore search) =>
            RunSearchAsync(request, search, response => Results.Json(FacetListing.From(response))));

        api.MapGet("/cases/{id}", (string id, [FromServices] ISearchCore search) =>
        {
            var determination = CaseIdRules.IsPlausible(id) ? search.FindCase(id) : null;
            return determination is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Case not found",
                    detail: "No determination has that case id.")
                : Results.Text(DeterminationJson.Serialize(determination), "application/json");
        }).WithName(CaseName);
        return api;
    }

    private static async Task<IResult> RunSearchAsync(HttpRequest request, ISearchCore search, Func<Search.SearchResponse, IResult> answer)
    {
        var parameters = SearchParameters.From(request.Query);
        if (!parameters.IsValid)
        {
            return BadRequest(string.Join(" ", parameters.Errors));
        }
        try
        {
            return answer(await search.SearchAsync(parameters.ToRequest(facetTopN: 100), request.HttpContext.RequestAborted));
        }
        catch (SearchRefusedException refused)
        {
            return BadRequest(refused.Message);
        }
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid search request", detail: detail);
}

/// <summary>The <c>/api/facets</c> answer: every dimension in sidebar order with its label and counts.</summary>
public sealed record FacetListing(long Total, IReadOnlyList<FacetListingDimension> Dimensions)
{
    public static FacetListing From(Search.SearchResponse response) => new(
        response.Total,
        IndexSchema.FacetDimensions.Select(d => response.Facets.TryGetValue(d.Name, out var facet)
            ? new FacetListingDimension(d.Name, d.Label, facet.Distinct, facet.Values)
            : new FacetListingDimension(d.Name, d.Label, 0, [])).ToList());
}

public sealed record FacetListingDimension(string Name, string Label, int Distinct, IReadOnlyList<Search.FacetValue> Values);
