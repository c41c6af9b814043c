namespace ImrSearch.Web.Workspaces;

/// <summary>An entry as its page lists it: where it stands, and whether the reader may change it (the owner) or only read.</summary>
public sealed record CollectionEntryView(CollectionEntry Entry, int Index, int Count, bool Editable)
{
    public int Number => Index + 1;

    public bool IsFirst => Index == 0;

    public bool IsLast => Index == Count - 1;

    public string Anchor => "entry-" + Entry.Saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
