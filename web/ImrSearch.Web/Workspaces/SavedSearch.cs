namespace ImrSearch.Web.Workspaces;

/// <summary>
/// A search a user named and keeps, as its URL query string. "New since last opened" counts matching decisions dated
/// after <see cref="SeenThrough"/>, the newest decision date among the matches when the user last opened it.
/// </summary>
public sealed class SavedSearch
{
    public const int MaxNameLength = 200;
    public const int MaxQueryStringLength = 4_096;

    public int Id { get; set; }

    public string OwnerId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The search's parameters as <c>?q=...&amp;treatment=...</c> (page and size left out), or empty.</summary>
    public string QueryString { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime LastOpenedAt { get; set; }

    /// <summary>Newest decision date seen when last opened; null when nothing dated matched then.</summary>
    public DateOnly? SeenThrough { get; set; }
}
