using System.Security.Claims;
using ImrSearch.Web.Accounts;
using ImrSearch.Web.Searching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace ImrSearch.Web.Workspaces;

/// <summary>
/// The workspace JSON API: collections, their items, order, share link and exports; saved searches; API tokens. Every
/// route but <c>/api/shared/{token}</c> needs a signed-in user (session cookie or <c>Authorization: Bearer</c> token)
/// and sees only that user's things: someone else's id answers 404, as an id that does not exist. Errors are problem details.
/// </summary>
public static class WorkspaceApi
{
    /// <summary>The names of the endpoints the pages link to, for links made by routing.</summary>
    public const string CollectionName = "api-collection";
    public const string CollectionBriefName = "api-collection-brief";
    public const string CollectionCsvName = "api-collection-csv";
    public const string SharedBriefName = "api-shared-brief";
    public const string SharedCsvName = "api-shared-csv";

    /// <summary>The names of the API resources a POST creates, for their Location headers.</summary>
    public const string SavedSearchName = "api-saved-search";
    public const string TokenName = "api-token";

    public static RouteGroupBuilder MapWorkspaceApi(this RouteGroupBuilder api)
    {
        var mine = api.MapGroup("").RequireAuthorization(WorkspaceServices.SignedInPolicy).AddEndpointFilter(RefuseBadInput);
        MapCollections(mine.MapGroup("/collections"));
        MapSavedSearches(mine.MapGroup("/saved-searches"));
        MapTokens(mine.MapGroup("/tokens"));
        MapShared(api.MapGroup("/shared").AddEndpointFilter(RefuseBadInput));
        return api;
    }

    private static void MapCollections(RouteGroupBuilder collections)
    {
        collections.MapGet("", async (ClaimsPrincipal user, CollectionStore store, CancellationToken ct) =>
            Results.Json((await store.ListAsync(Owner(user), ct))
                .Select(c => new CollectionSummaryJson(c.Id, c.Title, c.ItemCount, c.Shared, c.UpdatedAt))));

        collections.MapPost("", async (CollectionInput input, ClaimsPrincipal user, CollectionStore store, IndexedItems index, HttpRequest request, CancellationToken ct) =>
        {
            var created = await store.CreateAsync(Owner(user), input.Title, input.Description, ct);
            return Results.Created(WorkspaceLinks.CollectionPath(request.HttpContext, created.Id), CollectionJson.From(created, [], null, request.HttpContext));
        });

        collections.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, CollectionStore store, IndexedItems index, HttpRequest request, CancellationToken ct) =>
            await store.GetAsync(Owner(user), id, ct) is { } collection
                ? Results.Json(Json(collection, index, request))
                : NoCollection()).WithName(CollectionName);

        collections.MapPut("/{id:int}", async (int id, CollectionInput input, ClaimsPrincipal user, CollectionStore store, CancellationToken ct) =>
            await store.UpdateAsync(Owner(user), id, input.Title, input.Description, ct) ? Results.NoContent() : NoCollection());

        collections.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, CollectionStore store, CancellationToken ct) =>
            await store.DeleteAsync(Owner(user), id, ct) ? Results.NoContent() : NoCollection());

        collections.MapPost("/{id:int}/items", async (int id, CollectionItemInput input, ClaimsPrincipal user, CollectionStore store, HttpContext context, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(input.CaseId) || input.ItemIndex is not int itemIndex)
            {
                return Problem(StatusCodes.Status400BadRequest, "Missing item", "Give caseId and itemIndex (zero-based) of a decided item.");
            }
            var (outcome, item) = await store.AddItemAsync(Owner(user), id, input.CaseId.Trim(), itemIndex, input.Note, ct);
            return outcome switch
            {
                AddItemOutcome.Added => Results.Created(WorkspaceLinks.CollectionPath(context, id), new { item!.Id, item.Position }),
                AddItemOutcome.AlreadyThere => Problem(StatusCodes.Status409Conflict, "Already in the collection",
                    $"Item {itemIndex} of case {input.CaseId} is already in this collection (item id {item!.Id})."),
                AddItemOutcome.NoSuchItem => Problem(StatusCodes.Status404NotFound, "No such decided item",
                    $"The index has no item {itemIndex} (zero-based) in case {input.CaseId}."),
                _ => NoCollection(),
            };
        });

        collections.MapPut("/{id:int}/items/{itemId:int}", async (int id, int itemId, NoteInput input, ClaimsPrincipal user, CollectionStore store, CancellationToken ct) =>
            await store.UpdateNoteAsync(Owner(user), id, itemId, input.Note, ct) ? Results.NoContent() : NoItem());

        collections.MapDelete("/{id:int}/items/{itemId:int}", async (int id, int itemId, ClaimsPrincipal user, CollectionStore store, CancellationToken ct) =>
            await store.RemoveItemAsync(Owner(user), id, itemId, ct) ? Results.NoContent() : NoItem());

        collections.MapPut("/{id:int}/order", async (int id, OrderInput input, ClaimsPrincipal user, CollectionStore store, CancellationToken ct) =>
            await store.ReorderAsync(Owner(user), id, input.ItemIds ?? [], ct) ? Results.NoContent() : NoCollection());

        collections.MapPost("/{id:int}/share", async (int id, ClaimsPrincipal user, CollectionStore store, HttpRequest request, CancellationToken ct) =>
            await store.ShareAsync(Owner(user), id, ct) is { } token
                ? Results.Json(new { url = WorkspaceLinks.SharedUrl(request, token) })
                : NoCollection());

        collections.MapDelete("/{id:int}/share", async (int id, ClaimsPrincipal user, CollectionStore store, CancellationToken ct) =>
            await store.RevokeShareAsync(Owner(user), id, ct) ? Results.NoContent() : NoCollection());

        collections.MapGet("/{id:int}/brief", async (int id, ClaimsPrincipal user, CollectionStore store, IndexedItems index, HttpRequest request, TimeProvider clock, CancellationToken ct) =>
            await store.GetAsync(Owner(user), id, ct) is { } collection ? Brief(collection, index, request, clock) : NoCollection()).WithName(CollectionBriefName);

        collections.MapGet("/{id:int}/csv", async (int id, ClaimsPrincipal user, CollectionStore store, IndexedItems index, HttpRequest request, CancellationToken ct) =>
            await store.GetAsync(Owner(user), id, ct) is { } collection ? Csv(collection, index, request) : NoCollection()).WithName(CollectionCsvName);
    }

    private static void MapShared(RouteGroupBuilder shared)
    {
        shared.MapGet("/{token}", async (string token, CollectionStore store, IndexedItems index, HttpRequest request, CancellationToken ct) =>
            await store.GetSharedAsync(token, ct) is { } collection
                ? Results.Json(Json(collection, index, request) with { ShareUrl = WorkspaceLinks.SharedUrl(request, token) })
                : NoSharedCollection());

        shared.MapGet("/{token}/brief", async (string token, CollectionStore store, IndexedItems index, HttpRequest request, TimeProvider clock, CancellationToken ct) =>
            await store.GetSharedAsync(token, ct) is { } collection ? Brief(collection, index, request, clock) : NoSharedCollection()).WithName(SharedBriefName);

        shared.MapGet("/{token}/csv", async (string token, CollectionStore store, IndexedItems index, HttpRequest request, CancellationToken ct) =>
            await store.GetSharedAsync(token, ct) is { } collection ? Csv(collection, index, request) : NoSharedCollection()).WithName(SharedCsvName);
    }

    private static void MapSavedSearches(RouteGroupBuilder saved)
    {
        saved.MapGet("", async (ClaimsPrincipal user, SavedSearchStore store, HttpContext context, CancellationToken ct) =>
            Results.Json((await store.ListAsync(Owner(user), ct)).Select(status => SavedSearchJson.From(status, context))));

        saved.MapPost("", async (SavedSearchInput input, ClaimsPrincipal user, SavedSearchStore store, HttpRequest request, CancellationToken ct) =>
        {
            var parameters = SearchParameters.From(new QueryCollection(QueryHelpers.ParseQuery(input.Query ?? "")));
            var created = await store.CreateAsync(Owner(user), input.Name, parameters, ct);
            return Results.Created(ResourcePath(request.HttpContext, SavedSearchName, created.Id), SavedSearchJson.From(new SavedSearchStatus(created, 0), request.HttpContext));
        });

        saved.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, SavedSearchStore store, HttpContext context, CancellationToken ct) =>
            await store.GetAsync(Owner(user), id, ct) is { } status ? Results.Json(SavedSearchJson.From(status, context)) : NoSavedSearch()).WithName(SavedSearchName);

        saved.MapPut("/{id:int}", async (int id, SavedSearchInput input, ClaimsPrincipal user, SavedSearchStore store, CancellationToken ct) =>
            await store.RenameAsync(Owner(user), id, input.Name, ct) ? Results.NoContent() : NoSavedSearch());

        saved.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, SavedSearchStore store, CancellationToken ct) =>
            await store.DeleteAsync(Owner(user), id, ct) ? Results.NoContent() : NoSavedSearch());

        saved.MapPost("/{id:int}/open", async (int id, ClaimsPrincipal user, SavedSearchStore store, HttpContext context, CancellationToken ct) =>
            await store.OpenAsync(Owner(user), id, ct) is { } opened
                ? Results.Json(SavedSearchJson.From(new SavedSearchStatus(opened, 0), context))
                : NoSavedSearch());
    }

    private static void MapTokens(RouteGroupBuilder tokens)
    {
        tokens.MapGet("", async (ClaimsPrincipal user, ApiTokenStore store, CancellationToken ct) =>
            Results.Json((await store.ListAsync(Owner(user), ct)).Select(t => TokenJson.From(t))));

        tokens.MapPost("", async (TokenInput input, ClaimsPrincipal user, ApiTokenStore store, HttpRequest request, CancellationToken ct) =>
        {
            var name = (input.Name ?? "").Trim();
            if (name.Length is 0 or > Workspaces.ApiToken.MaxNameLength)
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid token name", $"Name the token (1 to {Workspaces.ApiToken.MaxNameLength} characters), e.g. after the script that uses it.");
            }
            return await store.CreateAsync(Owner(user), name, ct) is var (token, secret)
                ? Results.Created(ResourcePath(request.HttpContext, TokenName, token.Id), TokenJson.From(token, secret))
                : Problem(StatusCodes.Status400BadRequest, "Too many tokens", $"An account keeps at most {ApiTokenStore.MaxTokensPerUser} tokens. Revoke one first.");
        });

        tokens.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, ApiTokenStore store, CancellationToken ct) =>
            await store.RevokeAsync(Owner(user), id, ct) ? Results.NoContent() : Problem(StatusCodes.Status404NotFound, "Token not found", "You have no API token with that id.")).WithName(TokenName);
    }

    /// <summary>The path of a created resource's endpoint (its Location), by routing.</summary>
    private static string ResourcePath(HttpContext context, string endpoint, int id) =>
        context.RequestServices.GetRequiredService<LinkGenerator>().GetPathByName(context, endpoint, new { id })
        ?? throw new InvalidOperationException($"Routing has no URL for {endpoint}.");

    private static CollectionJson Json(Collection collection, IndexedItems index, HttpRequest request) =>
        CollectionJson.From(collection, CollectionEntry.Resolve(collection, index),
            collection.ShareToken is { } token ? WorkspaceLinks.SharedUrl(request, token) : null, request.HttpContext);

    private static IResult Brief(Collection collection, IndexedItems index, HttpRequest request, TimeProvider clock)
    {
        var markdown = CollectionExport.Brief(collection, CollectionEntry.Resolve(collection, index), WorkspaceLinks.CaseUrls(request), clock.GetUtcNow());
        return Results.File(System.Text.Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", WorkspaceLinks.FileName(collection.Title, ".md"));
    }

    private static IResult Csv(Collection collection, IndexedItems index, HttpRequest request)
    {
        var entries = CollectionEntry.Resolve(collection, index);
        return Results.Stream(
            output => CollectionExport.WriteCsvAsync(output, entries, WorkspaceLinks.CaseUrls(request), request.HttpContext.RequestAborted),
            "text/csv; charset=utf-8", WorkspaceLinks.FileName(collection.Title, ".csv"));
    }

    private static string Owner(ClaimsPrincipal user) =>
        WorkspaceLinks.UserId(user) ?? throw new InvalidOperationException("The route requires a signed-in user.");

    private static async ValueTask<object?> RefuseBadInput(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (WorkspaceInputException refused)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid input", refused.Message);
        }
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    private static IResult NoCollection() =>
        Problem(StatusCodes.Status404NotFound, "Collection not found", "You have no collection with that id.");

    private static IResult NoItem() =>
        Problem(StatusCodes.Status404NotFound, "Item not found", "Your collection has no item with that id.");

    private static IResult NoSavedSearch() =>
        Problem(StatusCodes.Status404NotFound, "Saved search not found", "You have no saved search with that id.");

    private static IResult NoSharedCollection() =>
        Problem(StatusCodes.Status404NotFound, "Shared collection not found", "No collection is shared under that link; it may have been revoked.");
}
