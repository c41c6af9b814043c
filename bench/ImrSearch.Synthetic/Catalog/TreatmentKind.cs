using ImrSearch.Synthetic.Composition;

namespace ImrSearch.Synthetic.Catalog;

/// <summary>The broad groups the state's IMR reports count requests in.</summary>
public enum TreatmentFamily
{
    Pharmaceutical,
    PhysicalMedicine,
    Diagnostic,
    Injection,
    Surgery,
    DurableEquipment,
    HomeHealth,
    Psychological,
    ProgramOrService,
}

/// <summary>Whether a request names a body region.</summary>
public enum RegionUse
{
    /// <summary>Never (systemic drugs, psychotherapy).</summary>
    None,

    /// <summary>Some wordings do ("Lidoderm patches for the low back"), most do not.</summary>
    Sometimes,

    /// <summary>Nearly always ("MRI of the lumbar spine").</summary>
    Usually,
}

/// <summary>
/// One kind of disputed item: its normalized category (the expected parser value), how often it is disputed and
/// overturned, how requests word it, which guidelines govern it, and what reviewers write about it.
/// </summary>
/// <param name="Category">Normalized treatment category (the expected parser value).</param>
/// <param name="Weight">Share of all disputed items, in percent.</param>
/// <param name="OverturnRate">Probability that the reviewer overturns the denial.</param>
/// <param name="Requests">Item wordings; region slots appear only at the top level so the truth knows whether a region was named.</param>
/// <param name="Nouns">How the summary and the rationale name the item ("physical therapy", "the TENS unit").</param>
/// <param name="ImrCitations">What the IMR organization's reviewer cites.</param>
/// <param name="ClaimsCitations">What utilization review cites besides those.</param>
/// <param name="Regions">Regions the item can concern, or null for any injured region.</param>
public sealed record TreatmentKind(
    string Category,
    TreatmentFamily Family,
    double Weight,
    double OverturnRate,
    RegionUse Region,
    TextTemplate[] Requests,
    TextTemplate[] Nouns,
    QuantityProfile Quantity,
    Func<BodyRegionProfile?, GuidelineTopic?>[] ImrCitations,
    Func<BodyRegionProfile?, GuidelineTopic?>[] ClaimsCitations,
    RationaleProfile Rationale,
    DrugProduct[]? Drugs = null,
    BodyRegionProfile[]? Regions = null)
{
    /// <summary>Slots that put the item's body region into the request's words.</summary>
    public static readonly IReadOnlySet<string> RegionSlots = new HashSet<string>(StringComparer.Ordinal)
    {
        "regionItem", "RegionItem", "RegionStart", "regionAdj", "RegionAdj", "limbs", "Limbs", "procedure", "Procedure",
    };

    public static bool NamesRegion(TextTemplate request) => request.SlotNames.Any(RegionSlots.Contains);

    /// <summary>Electrodiagnostic requests name the limbs ("bilateral lower extremities") rather than the spine.</summary>
    public static bool NamesLimbs(TextTemplate request) => request.SlotNames.Any(s => s is "limbs" or "Limbs");

    public static bool CountsInText(TextTemplate request) => request.SlotNames.Any(s => s is "count" or "plan" or "weeks");
}

/// <summary>How many of the item are requested: pill counts, visit plans (times a week × weeks), or single units.</summary>
public sealed record QuantityProfile(int[] Counts, (int PerWeek, int Weeks)[] Plans)
{
    public static QuantityProfile Pills { get; } = new([30, 60, 60, 90, 90, 120, 180], []);

    public static QuantityProfile Patches { get; } = new([10, 30, 30, 60], []);

    public static QuantityProfile Tubes { get; } = new([1, 1, 2, 3], []);

    public static QuantityProfile Visits { get; } = new([], [(2, 3), (2, 4), (2, 6), (3, 4), (1, 6), (3, 6), (2, 4), (2, 6)]);

    public static QuantityProfile Single { get; } = new([1], []);

    public static QuantityProfile Few { get; } = new([1, 1, 2, 3, 4, 6], []);
}

/// <summary>A drug as prescriptions name it: brand and generic spellings and the usual strengths.</summary>
public sealed record DrugProduct(string[] Names, string[] Doses);

/// <summary>The sentences a reviewer writes about one kind of item.</summary>
/// <param name="Guidance">What the guideline says (paraphrase or quotation).</param>
/// <param name="AgainstFindings">Case facts that leave the item unsupported (for Upheld).</param>
/// <param name="ForFindings">Case facts that support the item (for Overturned).</param>
public sealed record RationaleProfile(TextTemplate[] Guidance, TextTemplate[] AgainstFindings, TextTemplate[] ForFindings);
