using static ImrSearch.Synthetic.Catalog.Guidelines;

namespace ImrSearch.Synthetic.Catalog;

/// <summary>Durable medical equipment: TENS and H-wave units, braces, hot/cold units, walkers, orthotics, exercise kits.</summary>
public static class EquipmentKinds
{
    public static readonly TreatmentKind Tens = new(
        "TENS unit", TreatmentFamily.DurableEquipment, 2.0, 0.06, RegionUse.Sometimes,
        ["TENS unit", "TENS unit purchase", "TENS unit rental for 30 days", "Transcutaneous electrical nerve stimulation (TENS) unit for the {regionItem}", "TENS unit with supplies", "Purchase of a TENS unit and electrodes"],
        ["the TENS unit", "a TENS unit", "transcutaneous electrical nerve stimulation"],
        QuantityProfile.Single,
        [ChronicPain("Transcutaneous electrotherapy", "114-116"), ChronicPain("TENS, chronic pain (transcutaneous electrical nerve stimulation)", "114-116"), ChronicPain("TENS for chronic pain", "114-116")],
        [Odg("Pain", "TENS (transcutaneous electrical nerve stimulation)")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, pages 114-116, do not recommend TENS as a primary treatment modality, but a one-month home-based TENS trial may be considered as a noninvasive conservative option if used as an adjunct to a program of evidence-based functional restoration.",
                "Per the MTUS, criteria for the use of TENS include documentation of pain of at least three months' duration, evidence that other appropriate pain modalities have been tried (including medication) and failed, and a one-month trial period documenting how often the unit was used as well as outcomes in terms of pain relief and function.",
                "The MTUS notes that TENS may be appropriate for neuropathic pain, CRPS, phantom limb pain, spasticity, and multiple sclerosis.",
                "A treatment plan including the specific short-term and long-term goals of treatment with the TENS unit should be submitted, per the guidelines.",
            ],
            [
                "In this case, there is no documentation of a successful one-month home trial of the TENS unit, with the frequency of use and the outcomes in pain relief and function.",
                "The request is for purchase of the unit, and the guidelines support purchase only after a successful trial.",
                "The treater does not provide a treatment plan with short-term and long-term goals, and there is no indication that the unit will be used as an adjunct to a functional restoration program.",
                "{Patient} has mechanical {complaint}, which is not among the conditions for which TENS is indicated.",
            ],
            [
                "In this case, {patient} completed a one-month home trial with documented use five times a week, a reduction in pain from {pain} to {painWith}, and decreased medication use.",
                "The unit will be used as an adjunct to an ongoing home exercise program, and specific goals were documented.",
            ]));

    public static readonly TreatmentKind HWave = new(
        "H-wave unit", TreatmentFamily.DurableEquipment, 0.6, 0.05, RegionUse.None,
        ["H-wave unit", "Home H-wave device purchase", "H-wave unit rental for 30 days"],
        ["the H-wave unit", "H-wave stimulation"],
        QuantityProfile.Single,
        [ChronicPain("H-wave stimulation (HWT)", "117-118")],
        [Odg("Pain", "H-wave stimulation (HWT)")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, pages 117-118, do not recommend H-wave stimulation as an isolated intervention, but a one-month home-based trial may be considered for diabetic neuropathic pain or chronic soft tissue inflammation if used as an adjunct to a program of evidence-based functional restoration.",
                "Per the MTUS, H-wave is indicated only following failure of initially recommended conservative care, including physical therapy, medications, and a TENS unit.",
            ],
            [
                "In this case, there is no documentation that {patient} failed a trial of TENS before the H-wave device was requested.",
                "The records do not document a one-month trial with objective functional improvement.",
            ],
            [
                "In this case, {patient} failed a TENS trial and completed a one-month H-wave trial with documented improvement in function and reduced medication use.",
            ]));

    public static readonly TreatmentKind Brace = new(
        "Brace or support", TreatmentFamily.DurableEquipment, 1.5, 0.08, RegionUse.Usually,
        ["{RegionStart} brace", "Brace for the {regionItem}", "{RegionItem} support brace (DME)", "Purchase of a {regionAdj} orthosis", "Custom-fitted brace, {regionItem}"],
        ["the brace", "a supportive brace", "the orthosis"],
        QuantityProfile.Single,
        [AcoemTreatment("Initial Care"), AcoemChapter(12, "Low Back Complaints", "Initial Care", "301"), AcoemChapter(13, "Knee Complaints", "Initial Care", "340")],
        [OdgRegional("Knee brace"), OdgRegional("Lumbar supports"), OdgRegional("Splints")],
        new RationaleProfile(
            [
                "ACOEM Chapter 12, page 301, states that lumbar supports have not been shown to have any lasting benefit beyond the acute phase of symptom relief.",
                "ACOEM Chapter 13, page 340, states that a brace can be used for patellar instability, anterior cruciate ligament tear, or medial collateral ligament instability, although its benefits may be more emotional than medical.",
                "For the wrist, ACOEM supports splinting as first-line conservative treatment for carpal tunnel syndrome, de Quervain's, and strains.",
                "ODG notes that prefabricated braces are adequate for most patients and that custom-fabricated braces are reserved for abnormal limb contour or a specific deformity.",
            ],
            [
                "In this case, {patient} is well beyond the acute phase of injury, and lumbar supports have no lasting benefit beyond that phase.",
                "There is no documentation of ligamentous instability or another indication for a brace.",
                "The treater does not explain why a prefabricated brace would be inadequate and a custom brace is required.",
            ],
            [
                "In this case, {patient} has documented instability on examination, and a brace is indicated to permit participation in rehabilitation.",
                "The brace is requested for a recent flare, consistent with its use during the acute phase.",
            ]));

    public static readonly TreatmentKind HotColdTherapy = new(
        "Cold therapy unit", TreatmentFamily.DurableEquipment, 0.8, 0.08, RegionUse.Sometimes,
        ["Cold therapy unit", "Post-operative cold therapy unit rental for the {regionItem}", "Hot/cold therapy unit", "Continuous-flow cryotherapy unit, 7 day rental"],
        ["the cold therapy unit", "continuous-flow cryotherapy", "the hot/cold unit"],
        QuantityProfile.Single,
        [AcoemTreatment("Initial Care"), OdgRegional("Continuous-flow cryotherapy")],
        [OdgRegional("Continuous-flow cryotherapy"), OdgRegional("Cold/heat packs")],
        new RationaleProfile(
            [
                "ODG recommends continuous-flow cryotherapy as an option after surgery, but not for nonsurgical treatment, and states that postoperative use generally may be up to 7 days, including home use.",
                "The MTUS-adopted ACOEM Guidelines recommend at-home local applications of heat or cold as a self-care measure, and do not support high-tech devices for this purpose.",
                "ODG notes that there is minimal evidence to support the added benefit of combined heat and compression units over simple heat or cold packs.",
            ],
            [
                "In this case, there is no surgery certified for {patient}, and cryotherapy units are not recommended for nonsurgical treatment.",
                "The request does not specify a duration, and the guidelines support use for up to 7 days postoperatively only.",
                "Simple hot and cold packs could provide the same benefit at home.",
            ],
            [
                "In this case, {patient} underwent surgery, and the request is for a 7-day postoperative rental, which is within guidelines.",
            ]));

    public static readonly TreatmentKind Walker = new(
        "Mobility aid", TreatmentFamily.DurableEquipment, 0.4, 0.12, RegionUse.None,
        ["Front-wheeled walker", "Four-wheeled walker with seat", "Single-point cane", "Purchase of a walker"],
        ["the walker", "a walking aid"],
        QuantityProfile.Single,
        [Odg("Knee & Leg", "Walking aids (canes, crutches, braces, orthoses, & walkers)")],
        [Odg("Knee & Leg", "Durable medical equipment (DME)")],
        new RationaleProfile(
            [
                "The MTUS does not address walking aids; ODG recommends them for patients with conditions causing impaired ambulation, when there is a potential for ambulation with these devices.",
                "ODG notes that almost half of patients with knee pain possess a walking aid, and that disability, pain, and age-related impairments seem to determine the need for one.",
            ],
            [
                "In this case, {patient} ambulates independently with a normal gait, and no balance deficit was documented.",
            ],
            [
                "In this case, {patient} has an antalgic gait with documented falls, and a walking aid is appropriate.",
            ]));

    public static readonly TreatmentKind Orthotics = new(
        "Orthotics", TreatmentFamily.DurableEquipment, 0.4, 0.10, RegionUse.Sometimes,
        ["Custom orthotics", "Custom foot orthotics for the {regionItem}", "Orthopedic shoes and inserts"],
        ["the custom orthotics", "orthotic devices"],
        QuantityProfile.Single,
        [AcoemChapter(14, "Ankle and Foot Complaints", "Initial Care", "370-371")],
        [Odg("Ankle & Foot", "Orthotic devices")],
        new RationaleProfile(
            [
                "ACOEM Chapter 14, page 371, states that rigid orthotics (full-shoe-length inserts made to realign within the foot and from foot to leg) may reduce pain experienced during walking and may reduce more global measures of pain and disability for patients with plantar fasciitis and metatarsalgia.",
                "ODG recommends orthotic devices for plantar fasciitis and for foot pain in rheumatoid arthritis.",
            ],
            [
                "In this case, {patient} does not carry a diagnosis of plantar fasciitis or metatarsalgia.",
                "The records do not document a trial of prefabricated inserts before custom orthotics were requested.",
            ],
            [
                "In this case, {patient} has plantar fasciitis that has persisted despite stretching and prefabricated inserts.",
            ]),
        Regions: [BodyRegionCatalog.AnkleFoot]);

    public static readonly TreatmentKind HomeExerciseKit = new(
        "Home exercise kit", TreatmentFamily.DurableEquipment, 0.3, 0.08, RegionUse.None,
        ["Home exercise kit", "Home exercise kit for the {regionItem}", "Purchase of a home exercise kit"],
        ["the home exercise kit", "the home equipment"],
        QuantityProfile.Single,
        [ChronicPain("Exercise", "46-47")],
        [OdgRegional("Exercise equipment")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, pages 46-47, recommend exercise, but state that there is no sufficient evidence to support the recommendation of any particular exercise regimen over any other.",
                "ODG considers exercise equipment not primarily medical in nature and therefore not durable medical equipment.",
            ],
            [
                "In this case, the treater does not explain what the kit contains or why the exercises cannot be performed without special equipment.",
            ],
            [
                "In this case, the kit consists of resistance bands prescribed by the therapist as part of a structured transition to home exercise.",
            ]));

    public static readonly IReadOnlyList<TreatmentKind> All = [Tens, HWave, Brace, HotColdTherapy, Walker, Orthotics, HomeExerciseKit];
}
