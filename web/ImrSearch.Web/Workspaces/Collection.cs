namespace ImrSearch.Web.Workspaces;

/// <summary>A user's named, ordered list of decided items with notes; readable by others only through its share link.</summary>
public sealed class Collection
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 20_000;
    public const int MaxItems = 1_000;

    public int Id { get; set; }

    public string OwnerId { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Markdown, rendered with raw HTML off.</summary>
    public string Description { get; set; } = "";

    /// <summary>The unguessable token of the read-only share link; null when not shared (revoking clears it).</summary>
    public string? ShareToken { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<CollectionItem> Items { get; set; } = [];
}
