using ImrSearch.Domain;

namespace ImrSearch.Precedents;

/// <summary>
/// One guideline citation as reviewers made it (source, document, topic, pages, and the edition the lines name, null
/// when they name none), how many decided items it was cited for, and how those items were decided.
/// </summary>
public sealed record CitationUsage(
    string Source,
    string Document,
    string? Topic,
    string? Pages,
    GuidelineEdition? Edition,
    long Items,
    long Upheld,
    long Overturned)
{
    public double OverturnRate => Items == 0 ? 0 : (double)Overturned / Items;
}
