using ImrSearch.Domain;

namespace ImrSearch.Precedents;

/// <summary>
/// Two decided items, or the upheld and the overturned items of one search, side by side: what each asked for, the
/// guidelines each side cited, the terms that distinguish one side's rationales from the other's
/// (<see cref="DistinguishingTerms"/>) and a few sentences showing them.
/// </summary>
/// <param name="IsGroups">Whether the sides are a search's upheld and overturned items (else two single items).</param>
/// <param name="Notes">What the user should know about the search read (a query taken literally...).</param>
public sealed record SideBySide(ComparedSide First, ComparedSide Second, bool IsGroups, IReadOnlyList<string> Notes)
{
    /// <summary>
    /// A search's groups are its best-ranked items of each outcome, at most this many: enough for the statistic to
    /// see what a kind of decision turns on, bounded so a broad search costs the same as a narrow one.
    /// </summary>
    public const int GroupSize = 50;
}

/// <summary>One side of a comparison.</summary>
/// <param name="Label">"Upheld", "Overturned", or the item ("MRI Lumbar Spine").</param>
/// <param name="Items">The items compared, in the search's order (one for an item).</param>
/// <param name="Matching">How many items of this side the search matched; more than <paramref name="Items"/> when the sample is cut.</param>
/// <param name="Treatments">Treatment categories of the items, most common first.</param>
/// <param name="BodyRegions">Body regions of the items, most common first (items without one are not counted).</param>
/// <param name="Citations">Guideline sections the items cited, by whom, most cited first.</param>
/// <param name="Terms">The terms distinguishing this side's rationales from the other side's, strongest first.</param>
/// <param name="Passages">Sentences of this side's rationales that use those terms, marked.</param>
/// <param name="Words">How many terms of its rationales were counted (the statistic's denominator).</param>
public sealed record ComparedSide(
    string Label,
    IReadOnlyList<ComparedItem> Items,
    long Matching,
    IReadOnlyList<ValueCount> Treatments,
    IReadOnlyList<ValueCount> BodyRegions,
    IReadOnlyList<CitedGuideline> Citations,
    IReadOnlyList<DistinguishingTerm> Terms,
    IReadOnlyList<ComparisonPassage> Passages,
    int Words)
{
    public bool IsSample => Matching > Items.Count;
}

/// <summary>What one compared item asked for and how it was decided. <paramref name="ItemIndex"/> counts from 0.</summary>
public sealed record ComparedItem(
    string CaseId,
    int ItemIndex,
    string Item,
    decimal? Quantity,
    string Treatment,
    string? BodyRegion,
    Decision Decision)
{
    public static ComparedItem Of(string caseId, DecidedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(caseId, item.Index, item.Item, item.Quantity, item.Treatment, item.BodyRegion, item.Decision);
    }
}

/// <summary>A value and how many of a side's items have it.</summary>
public sealed record ValueCount(string Value, int Items);

/// <summary>A guideline section a side's items cited, and by whom: the claims administrator or the IMR reviewer.</summary>
/// <param name="Pages">The pages most of those items cited, or null.</param>
/// <param name="Items">How many of the side's items cited it.</param>
public sealed record CitedGuideline(CitedBy CitedBy, string Source, string Document, string? Topic, string? Pages, int Items)
{
    /// <summary>"MTUS Chronic Pain Medical Treatment Guidelines, Opioids, p. 78-80".</summary>
    public string Describe() => new GuidelineCitation(Source, Document, Topic, Pages, CitedBy).Describe();
}
