using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Workspaces;

// The JSON shapes of the workspace API. Item numbers are zero-based (itemIndex), as in /api/search hits.

public sealed record CollectionInput(string? Title, string? Description);

public sealed record CollectionItemInput(string? CaseId, int? ItemIndex, string? Note);

public sealed record NoteInput(string? Note);

public sealed record OrderInput(IReadOnlyList<int>? ItemIds);

/// <param name="Query">The search as a URL query string, e.g. <c>q=mri&amp;decision=Overturned</c> (a leading '?' is fine).</param>
public sealed record SavedSearchInput(string? Name, string? Query);

public sealed record TokenInput(string? Name);

public sealed record CollectionSummaryJson(int Id, string Title, int ItemCount, bool Shared, DateTime UpdatedAt);

public sealed record CollectionJson(
    int Id,
    string Title,
    string Description,
    string DescriptionHtml,
    string? ShareUrl,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyList<CollectionItemJson> Items)
{
    public static CollectionJson From(Collection collection, IReadOnlyList<CollectionEntry> entries, string? shareUrl, HttpContext context) => new(
        collection.Id,
        collection.Title,
        collection.Description,
        collection.Description.Length == 0 ? "" : UserMarkdown.ToHtml(collection.Description),
        shareUrl,
        collection.CreatedAt,
        collection.UpdatedAt,
        [.. entries.Select(entry => CollectionItemJson.From(entry, context))]);
}

public sealed record CollectionItemJson(
    int Id,
    int Position,
    string CaseId,
    int ItemIndex,
    string ItemText,
    string Decision,
    bool InIndex,
    string Note,
    string NoteHtml,
    string CaseUrl,
    DateTime AddedAt)
{
    public static CollectionItemJson From(CollectionEntry entry, HttpContext context) => new(
        entry.Saved.Id,
        entry.Saved.Position,
        entry.Saved.CaseId,
        entry.Saved.ItemIndex,
        entry.ItemText,
        entry.Decision,
        entry.InIndex,
        entry.Saved.Note,
        entry.NoteHtml,
        CaseLinks.CasePath(context, entry.Saved.CaseId, entry.Saved.ItemIndex),
        entry.Saved.AddedAt);
}

public sealed record SavedSearchJson(
    int Id,
    string Name,
    string Query,
    string SearchUrl,
    string FeedUrl,
    int NewSinceLastOpened,
    DateTime CreatedAt,
    DateTime LastOpenedAt)
{
    /// <param name="context">The request: the search and feed paths are made by routing.</param>
    public static SavedSearchJson From(SavedSearchStatus status, HttpContext context)
    {
        var links = context.RequestServices.GetRequiredService<LinkGenerator>();
        var parameters = SavedSearchStore.Parameters(status.Search);
        return new(
            status.Search.Id,
            status.Search.Name,
            status.Search.QueryString,
            links.SearchPath(context, parameters),
            links.GetPathByName(context, Feeds.FeedEndpoints.Name, Feeds.DecisionFeed.RouteValuesOf(parameters))
                ?? throw new InvalidOperationException("Routing has no URL for a search's feed."),
            status.NewCount,
            status.Search.CreatedAt,
            status.Search.LastOpenedAt);
    }
}

public sealed record TokenJson(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, string? Token = null)
{
    public static TokenJson From(ApiToken token, string? secret = null) =>
        new(token.Id, token.Name, token.Prefix, token.CreatedAt, token.LastUsedAt, secret);
}
