namespace ImrSearch.Precedents;

/// <summary>
/// One guideline citation as reviewers made it (source, document, topic, pages), how many decided items it was
/// cited for, and how those items were decided.
/// </summary>
public sealed record CitationUsage(string Source, string Document, string? Topic, string? Pages, long Items, long Upheld, long Overturned)
{
    public double OverturnRate => Items == 0 ? 0 : (double)Overturned / Items;
}
