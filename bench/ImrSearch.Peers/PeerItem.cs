using System.Globalization;
using ImrSearch.Domain;
using ImrSearch.Index;

namespace ImrSearch.Peers;

/// <summary>
/// One decided item as the peers index it: the four text fields ImrSearch searches by default, the dates its ranges
/// and sorts use, and every facet dimension's values (as <see cref="FacetValues"/> gives them to ImrSearch's index).
/// </summary>
/// <param name="DecisionDateSort">Decision date as yyyymmdd, 0 when unknown (ImrSearch's "newest" sort key).</param>
/// <param name="Facets">Dimension name to its display values; a dimension the letter says nothing about is absent.</param>
public sealed record PeerItem(
    string CaseId,
    int ItemIndex,
    long DecisionDateSort,
    int? Year,
    int? DecidedDate,
    int? InjuredDate,
    int? ReceivedDate,
    string Item,
    string Rationale,
    string Summary,
    string GuidelineText,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Facets)
{
    /// <summary>The item as ImrSearch's item document holds it (DeterminationDocuments.CreateItem), field for field.</summary>
    public static PeerItem From(Determination determination, DecidedItem item) => new(
        determination.CaseId,
        item.Index,
        DeterminationDocuments.DecisionDateSortValue(determination),
        determination.DecisionYear,
        Key(determination.DecidedOn),
        Key(determination.Patient.DateOfInjury),
        Key(determination.ReceivedOn),
        item.Item,
        item.Rationale,
        determination.Summary,
        item.ClaimsAdministratorGuideline + "\n\n" + item.ImrGuideline,
        FacetValues.Of(determination, item)
            .GroupBy(p => p.Dimension.Name)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Value).ToList()));

    /// <summary>Every dimension the peers count, in ImrSearch's order.</summary>
    public static IReadOnlyList<string> Dimensions { get; } = [.. IndexSchema.FacetDimensions.Select(d => d.Name)];

    private static int? Key(DateOnly? date) => date is { } known ? DateKey.Of(known) : null;

    internal static string Format(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
