namespace ImrSearch.Web.Workspaces;

/// <summary>
/// A decided item in a collection, keyed as the index keys it (case id and zero-based item number), so it survives
/// an index rebuild. The item's text and decision are kept as they were when added, to name an item that has since
/// left the index.
/// </summary>
public sealed class CollectionItem
{
    public const int MaxNoteLength = 20_000;
    public const int MaxCaseIdLength = 100;
    public const int MaxItemTextLength = 500;

    public int Id { get; set; }

    public int CollectionId { get; set; }

    public Collection? Collection { get; set; }

    public string CaseId { get; set; } = "";

    public int ItemIndex { get; set; }

    /// <summary>Order within the collection, from 0.</summary>
    public int Position { get; set; }

    /// <summary>Markdown, rendered with raw HTML off.</summary>
    public string Note { get; set; } = "";

    public string ItemText { get; set; } = "";

    public string Decision { get; set; } = "";

    public DateTime AddedAt { get; set; }
}
