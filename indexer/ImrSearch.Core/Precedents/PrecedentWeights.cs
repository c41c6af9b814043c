namespace ImrSearch.Precedents;

/// <summary>
/// How much each kind of match counts when ranking prior decided items as precedents for a request: the one place to
/// tune the ranking. Every part scores 0 to 1 (text: the item's text similarity as a share of the best in the pool),
/// and an item's rank is the weighted sum. The judged set (bench eval) is the test of any change.
/// </summary>
/// <param name="Text">Text similarity (MoreLikeThis over item and rationale). It carries the clinical situation and
/// the argument, and decides among items asking for the same thing; at 1 the best-worded item of another request
/// cannot beat a same-request item that is also similar in wording.</param>
/// <param name="Treatment">The same treatment category (1), or only the same group, e.g. another pharmaceutical (0.3).
/// A reviewer's first question: is this the same kind of request. Equal to text: first set at 0.6, it let a CBT item
/// worded like a psychotherapy draft outrank the psychotherapy items (judged set, "other care" below the baseline).</param>
/// <param name="Named">Share of the draft's named words (the drug or procedure itself) the item names: ketoprofen
/// cream is a closer precedent for ketoprofen cream than a lidocaine patch, though both are topical analgesics.</param>
/// <param name="BodyRegion">The same region (1), or the item names none (0.4: it may well be the same; chiropractic
/// "treatments" of an unstated region are less sure a match than those "for the lower back"). Equal to text: an MRI of
/// the neck is not a precedent for an MRI of the low back however alike the wording (0.5 let wording win; judged set
/// 0.966 -> 0.978 nDCG@5 at 1, and a region the user corrects then decides).</param>
/// <param name="Guideline">Share of the guideline documents the draft cites that the item's reviewer cited too.
/// Small: most items cite the same few documents, so it mostly breaks ties.</param>
/// <param name="Quantity">The same quantity (1) or within a factor of two (0.5). Smallest: twelve visits and eight
/// visits are decided on the same criteria.</param>
public sealed record PrecedentWeights(double Text, double Treatment, double Named, double BodyRegion, double Guideline, double Quantity)
{
    public static PrecedentWeights Default { get; } = new(Text: 1.0, Treatment: 1.0, Named: 0.6, BodyRegion: 1.0, Guideline: 0.15, Quantity: 0.1);

    /// <summary>Text similarity alone: how the explorer ranked before it read requests.</summary>
    public static PrecedentWeights TextOnly { get; } = new(1, 0, 0, 0, 0, 0);

    /// <summary>Credit for a candidate in the same treatment group but another category.</summary>
    public const double SameGroup = 0.3;

    /// <summary>Credit for a candidate that names no body region when the draft names one.</summary>
    public const double RegionUnstated = 0.4;

    /// <summary>Credit for a quantity within a factor of two of the draft's.</summary>
    public const double QuantityNear = 0.5;
}
