using static ImrSearch.Synthetic.Catalog.Guidelines;

namespace ImrSearch.Synthetic.Catalog;

/// <summary>Therapy visits: physical therapy, chiropractic, acupuncture, massage, aquatic therapy, work hardening.</summary>
public static class PhysicalMedicineKinds
{
    private static readonly string[] VisitAgainst =
    [
        "In this case, {patient} has completed at least {prior} sessions of {noun} to date without documentation of objective functional improvement.",
        "The request for {count} additional sessions, when added to the prior treatment, exceeds the number of visits recommended by the guidelines.",
        "There is no indication why {patient} could not continue rehabilitation through a self-directed home exercise program at this point.",
        "{Patient} remains {workStatus}, which suggests a lack of functional improvement as defined in MTUS 9792.20e despite prior treatment.",
        "The progress notes do not document improvements in range of motion, strength, or activities of daily living attributable to the prior sessions.",
        "The treater does not explain why {patient} would benefit from more of the same treatment when earlier sessions did not produce lasting gains.",
        "The number of prior sessions completed and the response to them are not documented, so that the request cannot be evaluated against the guideline limits.",
    ];

    private static readonly string[] VisitFor =
    [
        "In this case, {patient} has not had any prior {noun} for the current flare of {complaint}, and a course within guideline limits is reasonable.",
        "The treater documents that {patient} returned to modified work after prior sessions, with improvement in range of motion and strength.",
        "The request for {count} sessions is within the number of visits the guidelines recommend, and objective deficits, including {finding}, are documented.",
        "{Patient} is being transitioned toward an independent home exercise program, and a short course of supervised treatment is appropriate for this purpose.",
    ];

    public static readonly TreatmentKind PhysicalTherapy = new(
        "Physical therapy", TreatmentFamily.PhysicalMedicine, 8.0, 0.09, RegionUse.Usually,
        [
            "Physical therapy {plan} for the {regionItem}",
            "Physical therapy for the {regionItem}",
            "{count} sessions of physical therapy for the {regionItem}",
            "Physical therapy",
            "Physical therapy {plan} {RegionItem}",
            "Additional physical therapy {plan} for the {regionItem}",
            "Physical therapy {count} visits for the {regionItem}",
            "Outpatient physical therapy two times a week for {weeks} weeks for the {regionItem}",
            "Physical therapy (PT) for the {regionItem}",
        ],
        ["physical therapy", "additional physical therapy", "physical therapy for the {regionName}", "the {count} sessions of physical therapy"],
        QuantityProfile.Visits,
        [
            ChronicPain("Physical Medicine", "98-99"),
            ChronicPain("Physical Medicine", "98-99"),
            ChronicPain("Introduction", "8-9"),
            AcoemTreatment("Physical Methods"),
            Postsurgical("Postsurgical Treatment Guidelines", null),
        ],
        [Odg("Low Back", "Physical therapy (PT)"), OdgRegional("Physical therapy")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, pages 98-99, recommend 9-10 visits over 8 weeks for myalgia and myositis, and 8-10 visits over 4 weeks for neuralgia, neuritis, and radiculitis.",
                "Per the MTUS, passive therapy can provide short-term relief during the early phases of pain treatment, whereas active therapy is based on the philosophy that therapeutic exercise and/or activity are beneficial for restoring flexibility, strength, endurance, function, and range of motion.",
                "The MTUS allows for fading of treatment frequency (from up to 3 visits per week to 1 or less), plus active self-directed home physical medicine.",
                "Page 8 of the MTUS Chronic Pain Medical Treatment Guidelines states that demonstration of functional improvement is necessary at various milestones in the treatment program in order to justify continued treatment.",
                "{q}Patients are instructed and expected to continue active therapies at home as an extension of the treatment process in order to maintain improvement levels.{uq}",
                "The use of active treatment modalities instead of passive treatments is associated with substantially better clinical outcomes, per the guidelines.",
                "MTUS 9792.20e defines functional improvement as a clinically significant improvement in activities of daily living or a reduction in work restrictions, and a reduction in the dependency on continued medical treatment.",
            ],
            [.. VisitAgainst],
            [.. VisitFor]));

    public static readonly TreatmentKind Chiropractic = new(
        "Chiropractic", TreatmentFamily.PhysicalMedicine, 4.0, 0.08, RegionUse.Usually,
        [
            "Chiropractic treatment {plan} for the {regionItem}",
            "Chiropractic treatments",
            "Chirocare {plan}",
            "Chiropractic manipulative therapy for the {regionItem}",
            "{count} sessions of chiropractic care for the {regionItem}",
            "Retrospective Review of one visit for Chiropractic Treatment for the {RegionItem}",
            "Chiropractic therapy {plan} for the {regionItem}",
        ],
        ["chiropractic treatment", "chiropractic manipulation", "chiropractic care", "manipulative therapy"],
        QuantityProfile.Visits,
        [
            ChronicPain("Manual Therapy & Manipulation", "58-60"),
            ChronicPain("Manual therapy and manipulation", "58-59"),
            ChronicPain("Manual Therapy & Manipulation", "58"),
            AcoemTreatment("Physical Methods"),
        ],
        [Odg("Low Back", "Manipulation"), Odg("Neck and Upper Back", "Manipulation"), OdgRegional("Chiropractic Guidelines")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, pages 58-59, recommend manual therapy and manipulation for chronic pain if caused by musculoskeletal conditions.",
                "For the low back, the MTUS recommends a trial of 6 visits over 2 weeks, with evidence of objective functional improvement, for a total of up to 18 visits over 6-8 weeks.",
                "Per the MTUS, elective or maintenance care is not medically necessary, and for recurrences or flare-ups the need to reevaluate treatment success applies; if return to work is achieved, then 1-2 visits every 4-6 months.",
                "As noted on page 58, the time to produce effect following introduction of manual therapy and manipulation is {q}four to six treatments.{uq}",
                "The intended goal or effect of manual medicine is the achievement of positive symptomatic or objective measurable gains in functional improvement that facilitate progression in the patient's therapeutic exercise program and return to productive activities.",
                "The MTUS does not recommend manipulation for the ankle and foot, carpal tunnel syndrome, the forearm, wrist and hand, or the knee.",
            ],
            [.. VisitAgainst, "The request for {count} sessions also exceeds the initial trial of 6 visits recommended by the MTUS."],
            [.. VisitFor, "The request is for an initial trial of 6 visits, consistent with the MTUS, after documented failure of physical therapy and medications."]),
        Regions: [BodyRegionCatalog.Lumbar, BodyRegionCatalog.Cervical, BodyRegionCatalog.Thoracic]);

    public static readonly TreatmentKind Acupuncture = new(
        "Acupuncture", TreatmentFamily.PhysicalMedicine, 4.0, 0.10, RegionUse.Usually,
        [
            "Acupuncture {plan} for the {regionItem}",
            "Acupuncture two times a week for three weeks for the {regionItem}",
            "Acupuncture",
            "{count} sessions of acupuncture for the {regionItem}",
            "Additional acupuncture {plan}",
            "Acupuncture with electrical stimulation {plan} for the {regionItem}",
        ],
        ["acupuncture", "additional acupuncture", "acupuncture for the {regionName}"],
        QuantityProfile.Visits,
        [Acupuncture(), Acupuncture(), ChronicPain("Physical Medicine", "98-99")],
        [Odg("Pain", "Acupuncture"), OdgRegional("Acupuncture")],
        new RationaleProfile(
            [
                "The MTUS Acupuncture Medical Treatment Guidelines state that acupuncture is used as an option when pain medication is reduced or not tolerated, and it may be used as an adjunct to physical rehabilitation and/or surgical intervention to hasten functional recovery.",
                "Per the MTUS, the time to produce functional improvement is 3 to 6 treatments, with a frequency of 1 to 3 times per week and an optimum duration of 1 to 2 months.",
                "Acupuncture treatments may be extended, per MTUS 9792.24.1, if functional improvement is documented as defined in section 9792.20(e).",
                "{q}Acupuncture{uq} is defined by the MTUS as the insertion and removal of filiform needles to stimulate acupoints, and it is not a standalone treatment.",
            ],
            [
                .. VisitAgainst,
                "There is no indication that {patient} has been unable to tolerate medications or that pain medication has been reduced.",
                "Acupuncture is expected to be accompanied by active exercise, and there is no mention of an ongoing exercise program.",
            ],
            [
                .. VisitFor,
                "The request is for an initial trial within the 3 to 6 treatments the MTUS allows, and medications have been reduced because of side effects.",
            ]));

    public static readonly TreatmentKind Massage = new(
        "Massage therapy", TreatmentFamily.PhysicalMedicine, 0.7, 0.05, RegionUse.Usually,
        ["Massage therapy {plan} for the {regionItem}", "Massage therapy", "{count} sessions of massage therapy for the {regionItem}"],
        ["massage therapy", "massage"],
        QuantityProfile.Visits,
        [ChronicPain("Massage therapy", "60")],
        [OdgRegional("Massage")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, page 60, recommend massage therapy as an option as an adjunct to other recommended treatment (e.g., exercise), and state it should be limited to 4-6 visits in most cases.",
                "Per the MTUS, massage is a passive intervention and treatment dependence should be avoided; the beneficial effects are registered only during treatment.",
            ],
            [.. VisitAgainst, "Massage is a passive modality, and there is no indication that it will be used as an adjunct to an active exercise program."],
            [.. VisitFor]));

    public static readonly TreatmentKind AquaticTherapy = new(
        "Aquatic therapy", TreatmentFamily.PhysicalMedicine, 0.8, 0.07, RegionUse.Sometimes,
        ["Aquatic therapy {plan}", "Aquatic therapy for the {regionItem}", "{count} sessions of aquatic therapy", "Pool therapy {plan} for the {regionItem}"],
        ["aquatic therapy", "pool therapy"],
        QuantityProfile.Visits,
        [ChronicPain("Aquatic therapy", "22"), ChronicPain("Physical Medicine", "98-99")],
        [OdgRegional("Aquatic therapy")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, page 22, recommend aquatic therapy as an optional form of exercise therapy, where available, as an alternative to land-based physical therapy.",
                "Per the MTUS, aquatic therapy can minimize the effects of gravity, so it is specifically recommended where reduced weight bearing is desirable, for example extreme obesity.",
                "For the recommended number of supervised visits, the MTUS refers to the physical medicine guidelines on pages 98-99.",
            ],
            [.. VisitAgainst, "There is no documentation that reduced weight bearing is desirable or that {patient} cannot tolerate land-based therapy."],
            [.. VisitFor, "{Patient} is morbidly obese and cannot tolerate land-based exercise, so that reduced weight bearing is clearly desirable."]));

    public static readonly TreatmentKind WorkHardening = new(
        "Work hardening", TreatmentFamily.PhysicalMedicine, 0.5, 0.10, RegionUse.None,
        ["Work hardening program {plan}", "Work conditioning {count} sessions", "Work hardening"],
        ["work hardening", "a work conditioning program"],
        QuantityProfile.Visits,
        [ChronicPain("Work conditioning, work hardening", "125")],
        [Odg("Pain", "Work conditioning, work hardening")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, page 125, recommend work conditioning as an option depending on the availability of quality programs, for patients with a work-related musculoskeletal condition with functional limitations precluding the ability to safely achieve current job demands.",
                "Per the MTUS, admission criteria include a defined return-to-work goal agreed to by the employer and employee, a specific job to return to, and a functional capacity evaluation.",
                "The MTUS states that work conditioning programs should be completed in 4 weeks consecutively or less, and that upon completion a rehabilitation program (e.g., work hardening) is not indicated.",
            ],
            [
                "In this case, there is no documentation of a specific job to return to or a return-to-work goal agreed to by the employer.",
                "No functional capacity evaluation was provided to establish the need for the program.",
                "{Patient} is more than two years past the date of injury, and the guidelines state that workers who have not returned to work within two years are not likely to benefit.",
            ],
            [
                "In this case, {patient} has a job offer from the employer, has plateaued with conventional therapy, and a functional capacity evaluation shows a gap between current abilities and the job's physical demands.",
            ]));

    public static readonly IReadOnlyList<TreatmentKind> All = [PhysicalTherapy, Chiropractic, Acupuncture, Massage, AquaticTherapy, WorkHardening];
}
