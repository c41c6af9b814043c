using ImrSearch.Synthetic.Composition;

namespace ImrSearch.Synthetic.Catalog;

/// <summary>Surgical requests by injured region; every wording names the region so the truth can carry it.</summary>
public static class SurgicalProcedures
{
    private static readonly Dictionary<string, TextTemplate[]> Compiled = Wordings().ToDictionary(
        p => p.Key, p => p.Value.Select(w => new TextTemplate(w)).ToArray(), StringComparer.Ordinal);

    public static IReadOnlyList<TextTemplate> For(BodyRegionProfile region) => Compiled[region.Name];

    private static Dictionary<string, string[]> Wordings() => new(StringComparer.Ordinal)
    {
        [BodyRegionCatalog.Lumbar.Name] =
        [
            "Lumbar microdiscectomy at {level}",
            "Posterior lumbar interbody fusion at {level}",
            "Lumbar laminectomy and discectomy at {level}",
            "Anterior lumbar interbody fusion, {level}",
            "Lumbar decompression at {level}",
        ],
        [BodyRegionCatalog.Cervical.Name] =
        [
            "Anterior cervical discectomy and fusion at {level}",
            "Cervical disc arthroplasty at {level}",
            "Posterior cervical foraminotomy at {level}",
        ],
        [BodyRegionCatalog.Thoracic.Name] = ["Thoracic kyphoplasty at {level}"],
        [BodyRegionCatalog.Shoulder.Name] =
        [
            "{RegionStart} arthroscopy with subacromial decompression",
            "Arthroscopic rotator cuff repair, {regionItem}",
            "{RegionStart} arthroscopic distal clavicle excision",
            "{RegionStart} manipulation under anesthesia",
        ],
        [BodyRegionCatalog.Knee.Name] =
        [
            "{RegionStart} arthroscopy with partial medial meniscectomy",
            "{RegionStart} total knee arthroplasty",
            "Arthroscopic chondroplasty of the {regionItem}",
            "{RegionStart} anterior cruciate ligament reconstruction",
        ],
        [BodyRegionCatalog.WristHand.Name] =
        [
            "{RegionStart} carpal tunnel release",
            "Endoscopic carpal tunnel release, {regionItem}",
            "De Quervain's release, {regionItem}",
            "Trigger finger release, {regionItem}",
        ],
        [BodyRegionCatalog.Elbow.Name] =
        [
            "{RegionStart} lateral epicondyle release",
            "Ulnar nerve transposition at the {regionItem}",
        ],
        [BodyRegionCatalog.AnkleFoot.Name] =
        [
            "{RegionStart} arthroscopy with debridement",
            "Plantar fascia release, {regionItem}",
        ],
        [BodyRegionCatalog.Hip.Name] =
        [
            "{RegionStart} arthroscopy with labral repair",
            "{RegionStart} total hip arthroplasty",
        ],
        [BodyRegionCatalog.Head.Name] = [],
    };
}
