using ImrSearch.Highlighting;
using ImrSearch.Search;

namespace ImrSearch.Web.Workspaces;

/// <summary>A saved item beside what the index holds for it now (null: no longer in the index).</summary>
public sealed record CollectionEntry(CollectionItem Saved, IndexedItem? Current)
{
    public const int OpeningLength = 300;

    public bool InIndex => Current is not null;

    /// <summary>The note as HTML (Markdig, raw HTML off, as the case pages).</summary>
    public string NoteHtml => Saved.Note.Length == 0 ? "" : UserMarkdown.ToHtml(Saved.Note);

    public string ItemText => Current?.Item.Item ?? Saved.ItemText;

    public string Decision => Current?.Item.Decision.ToString() ?? Saved.Decision;

    /// <summary>The item as a search hit (no query: the rationale's opening stands as its passage), for briefs and CSV.</summary>
    public SearchHit? AsHit()
    {
        if (Current is not { } current)
        {
            return null;
        }
        var item = current.Item;
        var opening = item.Rationale.Length <= OpeningLength ? item.Rationale : item.Rationale[..OpeningLength].TrimEnd() + "…";
        return new SearchHit(
            current.Case.CaseId, item.Index, item.Item, item.Decision, item.Treatment, item.BodyRegion,
            current.Case.Reviewer.Specialties, item.Citations, 0, opening.Length > 0 ? [MarkedText.Plain(opening)] : [],
            MarkedText.Plain(item.Item), null, current.Case.DecisionYear);
    }

    public static IReadOnlyList<CollectionEntry> Resolve(Collection collection, IndexedItems index) =>
        [.. collection.Items.OrderBy(i => i.Position).ThenBy(i => i.Id).Select(i => new CollectionEntry(i, index.Find(i.CaseId, i.ItemIndex)))];
}
