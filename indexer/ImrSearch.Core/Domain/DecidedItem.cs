namespace ImrSearch.Domain;

/// <summary>One disputed item/service and the reviewer's decision on it.</summary>
/// <param name="Index">Zero-based position of the item in its letter.</param>
/// <param name="Item">The item as requested, without its QTY suffix ("Physical therapy").</param>
/// <param name="Quantity">The QTY value when the letter gives one.</param>
/// <param name="Treatment">Normalized treatment category from the vocabulary ("Chiropractic", "MRI"), or "Other".</param>
/// <param name="BodyRegion">Normalized body region from the vocabulary ("Lumbar spine"), or null when none applies.</param>
/// <param name="ClaimsAdministratorGuideline">The claims administrator's guideline paragraph as written (cleaned).</param>
/// <param name="ImrGuideline">The IMR organization's (e.g. MAXIMUS) guideline paragraph as written (cleaned).</param>
/// <param name="Citations">Citations parsed from both guideline paragraphs, claims administrator's first.</param>
public sealed record DecidedItem(
    int Index,
    string Item,
    decimal? Quantity,
    string Treatment,
    string? BodyRegion,
    Decision Decision,
    string ClaimsAdministratorGuideline,
    string ImrGuideline,
    IReadOnlyList<GuidelineCitation> Citations,
    string Rationale);

/// <summary>The outcome for one item. Upheld: the UR denial stands. Overturned: the item is medically necessary.</summary>
public enum Decision
{
    Upheld,
    Overturned,
}
