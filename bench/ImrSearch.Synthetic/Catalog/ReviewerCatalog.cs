namespace ImrSearch.Synthetic.Catalog;

/// <summary>
/// The reviewer specialties IMR assigns, weighted so Physical Medicine &amp; Rehabilitation and Occupational
/// Medicine decide most cases, as the state's reports say; each matched to the items it usually reviews.
/// </summary>
public static class ReviewerCatalog
{
    private static readonly Subspecialty PainMedicine = new("Pain Medicine", "Pain Medicine");
    private static readonly Subspecialty PainManagement = new("Pain Medicine", "Pain Management");
    private static readonly Subspecialty InterventionalSpine = new("Interventional Spine", "Interventional Spine");
    private static readonly Subspecialty SportsMedicine = new("Sports Medicine", "Sports Medicine");
    private static readonly Subspecialty SpineSurgery = new("Spine Surgery", "Spine Surgery");
    private static readonly Subspecialty HandSurgery = new("Hand Surgery", "Hand Surgery");
    private static readonly Subspecialty Acupuncture = new("Acupuncture", "Acupuncture");
    private static readonly Subspecialty NeuromuscularMedicine = new("Neuromuscular Medicine", "Neuromuscular Medicine");
    private static readonly Subspecialty Electrodiagnostic = new("Clinical Neurophysiology", "Electrodiagnostic Medicine");
    private static readonly Subspecialty Rheumatology = new("Rheumatology", "Rheumatology");
    private static readonly Subspecialty ForensicPsychiatry = new("Forensic Psychiatry", "Forensic Psychiatry");
    private static readonly Subspecialty PreventiveMedicine = new("Preventive Medicine", "Preventive Medicine");

    public static readonly IReadOnlyList<ReviewerSpecialty> All =
    [
        new("Physical Medicine and Rehabilitation",
            ["Physical Medicine and Rehabilitation", "Physical Medicine & Rehabilitation"],
            ["Physical Medicine & Rehabilitation", "Physical Medicine and Rehabilitation"],
            Affinity(pharma: 30, physical: 30, diagnostic: 25, injection: 35, surgery: 3, equipment: 35, home: 30, psych: 2, program: 40),
            [InterventionalSpine, PainMedicine, SportsMedicine, Electrodiagnostic], 0.45),
        new("Occupational Medicine",
            ["Occupational Medicine"],
            ["Occupational Medicine"],
            Affinity(pharma: 28, physical: 22, diagnostic: 22, injection: 8, surgery: 4, equipment: 30, home: 20, psych: 3, program: 30),
            [PreventiveMedicine], 0.15),
        new("Orthopedic Surgery",
            ["Orthopedic Surgery", "Orthopaedic Surgery"],
            ["Orthopedic Surgery", "Orthopaedic Surgery"],
            Affinity(pharma: 5, physical: 12, diagnostic: 25, injection: 10, surgery: 75, equipment: 20, home: 5, psych: 0, program: 8),
            [SpineSurgery, HandSurgery, SportsMedicine], 0.35),
        new("Anesthesiology",
            ["Anesthesiology"],
            ["Anesthesiology"],
            Affinity(pharma: 15, physical: 3, diagnostic: 5, injection: 40, surgery: 2, equipment: 5, home: 3, psych: 0, program: 10),
            [PainMedicine, PainManagement], 0.75),
        new("Internal Medicine",
            ["Internal Medicine"],
            ["Internal Medicine"],
            Affinity(pharma: 12, physical: 3, diagnostic: 5, injection: 0, surgery: 4, equipment: 3, home: 25, psych: 2, program: 5),
            [Rheumatology], 0.15),
        new("Family Practice",
            ["Family Practice", "Family Medicine"],
            ["Family Practice", "Family Medicine"],
            Affinity(pharma: 10, physical: 6, diagnostic: 4, injection: 0, surgery: 0, equipment: 8, home: 15, psych: 2, program: 5),
            [SportsMedicine], 0.1),
        new("Psychiatry",
            ["Psychiatry"],
            ["Psychiatry"],
            Affinity(pharma: 2, physical: 0, diagnostic: 0, injection: 0, surgery: 0, equipment: 0, home: 0, psych: 50, program: 2),
            [ForensicPsychiatry], 0.1),
        new("Psychology",
            ["Psychology"],
            ["Psychologist", "Psychology"],
            Affinity(pharma: 0, physical: 0, diagnostic: 0, injection: 0, surgery: 0, equipment: 0, home: 0, psych: 40, program: 3),
            [], 0, "a Licensed Psychologist"),
        new("Chiropractic",
            ["Chiropractic"],
            ["Chiropractor", "Chiropractic"],
            Affinity(pharma: 0, physical: 22, diagnostic: 4, injection: 0, surgery: 0, equipment: 4, home: 0, psych: 0, program: 3),
            [Acupuncture], 0.3, "a Licensed Chiropractor"),
        new("Neurology",
            ["Neurology"],
            ["Neurology"],
            Affinity(pharma: 3, physical: 1, diagnostic: 8, injection: 1, surgery: 0, equipment: 1, home: 2, psych: 2, program: 1),
            [NeuromuscularMedicine, Electrodiagnostic], 0.35),
        new("Neurological Surgery",
            ["Neurological Surgery"],
            ["Neurological Surgery", "Neurosurgery"],
            Affinity(pharma: 0, physical: 0, diagnostic: 3, injection: 1, surgery: 15, equipment: 1, home: 0, psych: 0, program: 0),
            [SpineSurgery], 0.4),
        new("Emergency Medicine",
            ["Emergency Medicine"],
            ["Emergency Medicine"],
            Affinity(pharma: 2, physical: 1, diagnostic: 1, injection: 0, surgery: 0, equipment: 1, home: 1, psych: 0, program: 1),
            [], 0),
        new("Preventive Medicine",
            ["Preventive Medicine"],
            ["Preventive Medicine"],
            Affinity(pharma: 2, physical: 1, diagnostic: 1, injection: 0, surgery: 0, equipment: 1, home: 1, psych: 0, program: 1),
            [], 0),
    ];

    private static readonly Dictionary<TreatmentFamily, WeightedChoice<ReviewerSpecialty>> ByFamily =
        Enum.GetValues<TreatmentFamily>().ToDictionary(
            f => f,
            f => new WeightedChoice<ReviewerSpecialty>(All.Select(s => (s, s.Affinity[f]))));

    /// <summary>States other than California that IMR reviewers are often also licensed in.</summary>
    public static readonly string[] OtherStates =
    [
        "New York", "Texas", "Florida", "Illinois", "Pennsylvania", "New Jersey", "Michigan", "Ohio", "Arizona",
        "Nevada", "Oregon", "Washington", "Colorado", "Massachusetts", "Maryland", "Georgia", "Virginia",
        "North Carolina", "Minnesota", "Wisconsin", "Missouri", "Connecticut", "Utah", "Hawaii",
    ];

    /// <summary>A reviewer specialty suited to the family of the letter's first disputed item.</summary>
    public static ReviewerSpecialty For(TreatmentFamily family, LetterRandom random) => ByFamily[family].Pick(random);

    private static Dictionary<TreatmentFamily, double> Affinity(
        double pharma, double physical, double diagnostic, double injection, double surgery,
        double equipment, double home, double psych, double program) => new()
        {
            [TreatmentFamily.Pharmaceutical] = pharma,
            [TreatmentFamily.PhysicalMedicine] = physical,
            [TreatmentFamily.Diagnostic] = diagnostic,
            [TreatmentFamily.Injection] = injection,
            [TreatmentFamily.Surgery] = surgery,
            [TreatmentFamily.DurableEquipment] = equipment,
            [TreatmentFamily.HomeHealth] = home,
            [TreatmentFamily.Psychological] = psych,
            [TreatmentFamily.ProgramOrService] = program,
        };
}
