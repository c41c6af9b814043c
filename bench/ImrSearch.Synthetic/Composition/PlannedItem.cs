using ImrSearch.Domain;
using ImrSearch.Synthetic.Catalog;

namespace ImrSearch.Synthetic.Composition;

/// <summary>A disputed item decided before its text is written: kind, region, wording, quantity and decision.</summary>
/// <param name="Region">The region the item concerns (for its rationale), named in the request or not.</param>
/// <param name="TruthRegion">The normalized region the request's words name, or null when they name none.</param>
/// <param name="Request">The item as the letter writes it, without the QTY suffix.</param>
/// <param name="Quantity">The QTY suffix value, when the letter writes one.</param>
public sealed record PlannedItem(
    TreatmentKind Kind,
    BodyRegionProfile Region,
    string? TruthRegion,
    string Request,
    decimal? Quantity,
    Decision Decision,
    string Noun,
    TemplateSlots Slots);
