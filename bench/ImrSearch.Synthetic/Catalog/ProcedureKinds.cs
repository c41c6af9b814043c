using static ImrSearch.Synthetic.Catalog.Guidelines;

namespace ImrSearch.Synthetic.Catalog;

/// <summary>Injections and surgery, with the items around surgery (clearance, post-operative therapy).</summary>
public static class ProcedureKinds
{
    private static readonly BodyRegionProfile[] Spine = [BodyRegionCatalog.Lumbar, BodyRegionCatalog.Cervical];

    public static readonly TreatmentKind EpiduralSteroidInjection = new(
        "Epidural steroid injection", TreatmentFamily.Injection, 3.5, 0.10, RegionUse.Usually,
        [
            "{RegionAdj} epidural steroid injection at {level}",
            "Epidural steroid injection (ESI) at {level}, {regionItem}",
            "{Side} {level} transforaminal epidural steroid injection, {regionItem}",
            "Epidural steroid injection for the {regionItem}",
            "ESI {RegionItem} {level}",
            "Interlaminar epidural steroid injection, {regionItem}, {level}",
        ],
        ["the epidural steroid injection", "epidural steroid injection therapy", "the proposed ESI", "a repeat epidural injection"],
        QuantityProfile.Single,
        [ChronicPain("Epidural steroid injections (ESIs)", "46"), ChronicPain("Epidural Steroid Injections", "46")],
        [OdgRegional("Epidural steroid injections (ESIs), therapeutic"), AcoemTreatment("Injections")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, page 46, recommend epidural steroid injections as an option for treatment of radicular pain, defined as pain in a dermatomal distribution with corroborative findings of radiculopathy.",
                "Per the MTUS criteria, radiculopathy must be documented by physical examination and corroborated by imaging studies and/or electrodiagnostic testing, and the patient must be initially unresponsive to conservative treatment (exercises, physical methods, NSAIDs and muscle relaxants).",
                "For repeat blocks, the MTUS requires continued objective documented pain and functional improvement, including at least 50% pain relief with associated reduction of medication use for six to eight weeks.",
                "The MTUS states that no more than two nerve root levels should be injected using transforaminal blocks, and no more than one interlaminar level should be injected at one session.",
                "The purpose of an epidural steroid injection, per the guidelines, is to reduce pain and inflammation, restoring range of motion and thereby facilitating progress in more active treatment programs.",
            ],
            [
                "In this case, the examination does not document dermatomal sensory loss, motor weakness, or reflex changes consistent with radiculopathy at {level}.",
                "There is no imaging or electrodiagnostic study corroborating nerve root compromise at the requested level.",
                "{Patient} had a prior epidural steroid injection on {priorDate} with only minimal relief, and there is no documentation of at least 50% pain relief lasting six to eight weeks or of reduced medication use.",
                "The request does not specify the level or the approach, so its consistency with the guidelines cannot be determined.",
                "The records do not show that {patient} has failed conservative care, as there is no documentation of recent physical therapy or a home exercise program.",
            ],
            [
                "In this case, {patient} has radicular pain with {finding}, corroborated by MRI showing a disc protrusion with nerve root impingement at {level}.",
                "{Patient} has failed more than three months of conservative care, including physical therapy, NSAIDs, and activity modification.",
                "The prior injection provided 60% pain relief for ten weeks, with a documented reduction in opioid use and improved walking tolerance.",
            ]),
        Regions: Spine);

    public static readonly TreatmentKind FacetInjection = new(
        "Facet injection", TreatmentFamily.Injection, 1.5, 0.10, RegionUse.Usually,
        [
            "Bilateral {level} {regionAdj} facet joint injections",
            "Medial branch block at {level} of the {regionItem}",
            "{RegionItem} facet injections at {level}",
            "Diagnostic medial branch blocks, {regionItem}",
        ],
        ["facet joint injections", "the medial branch blocks", "the diagnostic facet blocks"],
        QuantityProfile.Single,
        [AcoemTreatment("Injections"), AcoemChapter(12, "Low Back Complaints", "Physical Methods", "300")],
        [OdgRegional("Facet joint diagnostic blocks (injections)"), OdgRegional("Facet joint intra-articular injections (therapeutic blocks)")],
        new RationaleProfile(
            [
                "ACOEM Chapter 12, page 300, states that invasive techniques (e.g., local injections and facet-joint injections of cortisone and lidocaine) are of questionable merit.",
                "ODG criteria for diagnostic blocks for facet-mediated pain limit them to patients with low back pain that is non-radicular and at no more than two levels bilaterally, with documentation of failure of conservative treatment for at least 4-6 weeks.",
                "Per ODG, one set of diagnostic medial branch blocks is required with a response of at least 70%, and diagnostic blocks should not be performed in patients in whom a surgical procedure is anticipated.",
                "ODG notes that intra-articular facet injections are not recommended, and that if used, no more than one therapeutic intra-articular block is suggested.",
            ],
            [
                "In this case, {patient} has radicular findings, including {finding}, which is an exclusion for facet-mediated pain under the guidelines.",
                "The request is for more than two levels, which exceeds the guideline criteria.",
                "There is no documentation of facet tenderness or pain on extension and rotation to suggest a facet source of pain.",
            ],
            [
                "In this case, {patient} has non-radicular axial pain with tenderness over the facet joints and pain on extension-rotation, and has failed six weeks of conservative care.",
                "The request is limited to two levels, consistent with the guideline criteria for diagnostic blocks.",
            ]),
        Regions: Spine);

    public static readonly TreatmentKind RadiofrequencyAblation = new(
        "Radiofrequency ablation", TreatmentFamily.Injection, 0.8, 0.11, RegionUse.Usually,
        ["{RegionAdj} radiofrequency ablation at {level}", "{RegionItem} radiofrequency rhizotomy at {level}", "Bilateral {level} {regionAdj} radiofrequency neurotomy"],
        ["radiofrequency ablation", "the proposed rhizotomy", "facet joint radiofrequency neurotomy"],
        QuantityProfile.Single,
        [AcoemTreatment("Injections"), AcoemChapter(12, "Low Back Complaints", "Physical Methods", "300-301")],
        [OdgRegional("Facet joint radiofrequency neurotomy")],
        new RationaleProfile(
            [
                "ACOEM Chapter 12, pages 300-301, states that there is good quality medical literature demonstrating that radiofrequency neurotomy of facet joint nerves in the cervical spine provides good temporary relief of pain, while similar quality literature does not exist for the lumbar region.",
                "ODG requires a diagnosis of facet joint pain using a medial branch block with a response of at least 70%, and states that repeat neurotomies should not occur at an interval of less than 6 months from the first procedure.",
                "Per ODG, approval of repeat neurotomies depends on variables such as evidence of adequate diagnostic blocks, documented improvement in VAS score, decreased medications, and documented improvement in function.",
            ],
            [
                "In this case, there is no documentation of a positive diagnostic medial branch block with at least 70% relief.",
                "The prior neurotomy was performed less than six months ago, and the duration and degree of relief were not documented.",
            ],
            [
                "In this case, {patient} had 80% relief with diagnostic medial branch blocks at {level}, and the treater documents a formal plan of additional evidence-based activity in addition to the procedure.",
            ]),
        Regions: Spine);

    public static readonly TreatmentKind TriggerPointInjection = new(
        "Trigger point injection", TreatmentFamily.Injection, 1.0, 0.06, RegionUse.Sometimes,
        ["Trigger point injections", "Trigger point injections to the {regionItem}", "Trigger point injections x {count}", "Retrospective trigger point injection (DOS: {noteDate})"],
        ["trigger point injections", "the trigger point injections"],
        QuantityProfile.Few,
        [ChronicPain("Trigger point injections", "122")],
        [Odg("Pain", "Trigger point injections")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, page 122, recommend trigger point injections only for myofascial pain syndrome, with documentation of circumscribed trigger points with evidence upon palpation of a twitch response as well as referred pain.",
                "Per the MTUS criteria, symptoms must have persisted for more than three months, medical management therapies such as ongoing stretching exercises, physical therapy, NSAIDs and muscle relaxants must have failed, and radiculopathy must not be present.",
                "The MTUS states that no repeat injections are to be done unless greater than 50% pain relief is obtained for six weeks after an injection and there is documented evidence of functional improvement.",
            ],
            [
                "In this case, the examination does not document circumscribed trigger points with a twitch response and referred pain.",
                "{Patient} has radicular symptoms, and radiculopathy is an exclusion for trigger point injections under the MTUS.",
                "Prior trigger point injections were given without documentation of greater than 50% relief lasting six weeks or of functional improvement.",
            ],
            [
                "In this case, the treater documents discrete trigger points with a twitch response and referred pain, and symptoms have persisted for more than three months despite stretching, physical therapy and medications.",
            ]),
        Regions: [BodyRegionCatalog.Lumbar, BodyRegionCatalog.Cervical, BodyRegionCatalog.Thoracic, BodyRegionCatalog.Shoulder]);

    public static readonly TreatmentKind JointInjection = new(
        "Joint injection", TreatmentFamily.Injection, 1.2, 0.14, RegionUse.Usually,
        [
            "{RegionStart} cortisone injection",
            "Corticosteroid injection to the {regionItem}",
            "Hyaluronic acid injections (Synvisc) for the {regionItem}",
            "Series of three Supartz injections to the {regionItem}",
            "Platelet-rich plasma (PRP) injection, {regionItem}",
            "Ultrasound-guided steroid injection of the {regionItem}",
        ],
        ["the injection", "the proposed injection", "the viscosupplementation injections", "the corticosteroid injection"],
        QuantityProfile.Few,
        [AcoemTreatment("Injections"), OdgRegional("Hyaluronic acid injections"), OdgRegional("Platelet-rich plasma (PRP)")],
        [OdgRegional("Corticosteroid injections"), OdgRegional("Hyaluronic acid injections")],
        new RationaleProfile(
            [
                "The MTUS-adopted ACOEM Guidelines note that invasive techniques, such as needle aspiration of effusions or prepatellar bursal fluid and cortisone injections, are not routinely indicated.",
                "ODG recommends hyaluronic acid injections as a possible option for severe osteoarthritis for patients who have not responded adequately to recommended conservative treatments (exercise, NSAIDs or acetaminophen), to potentially delay total knee replacement.",
                "ODG states that platelet-rich plasma injections are under study, with insufficient evidence to recommend them.",
                "For the shoulder, ACOEM page 204 states that two or three subacromial injections of local anesthetic and cortisone preparation over an extended period may be indicated as part of an exercise rehabilitation program.",
            ],
            [
                "In this case, there is no imaging evidence of severe osteoarthritis, and {patient} has not failed a course of conservative treatment.",
                "{Patient} received a prior injection on {priorDate} without documentation of the degree or duration of relief.",
                "The requested injectate is not supported by the guidelines for the documented diagnosis of {diagnosis}.",
            ],
            [
                "In this case, {patient} has severe osteoarthritis on standing radiographs and has failed exercise, NSAIDs and bracing, and the injection is intended to delay arthroplasty.",
                "The injection is part of an active rehabilitation program, and prior injections provided several months of relief.",
            ]),
        Regions: [BodyRegionCatalog.Knee, BodyRegionCatalog.Shoulder, BodyRegionCatalog.Hip]);

    public static readonly TreatmentKind Surgery = new(
        "Surgery", TreatmentFamily.Surgery, 3.2, 0.16, RegionUse.Usually,
        ["{Procedure}", "{Procedure}", "Outpatient {procedure}", "Retrospective {procedure} (DOS: {noteDate})"],
        ["the proposed surgery", "the requested surgery", "surgical intervention", "the procedure"],
        QuantityProfile.Single,
        [AcoemSurgery(), AcoemSurgery(), OdgRegional("Indications for surgery"), Postsurgical("Postsurgical Treatment Guidelines", null)],
        [OdgRegional("Indications for surgery"), OdgRegional("Surgery"), AcoemOnline()],
        new RationaleProfile(
            [
                "ACOEM Chapter {acoemNumber}, pages {acoemSurgeryPages}, states that referral for surgical consultation is indicated for patients who have activity limitation for more than one month and clear clinical and imaging evidence of a lesion that has been shown to benefit from surgical repair in both the short and long term.",
                "Per ACOEM, surgery is indicated after failure of exercise programs to increase range of motion and strength, and unequivocal evidence of a surgical lesion should be present on imaging.",
                "ODG indications for surgery require conservative care, including physical therapy, medications, and activity modification, for at least three to six months, plus subjective clinical findings and objective clinical findings consistent with imaging.",
                "ACOEM notes that the efficacy of surgery in the absence of a clear surgical lesion is not established, and that psychological screening should precede spinal surgery where psychosocial factors are present.",
            ],
            [
                "In this case, the imaging does not demonstrate a lesion that correlates with the examination findings.",
                "{Patient} has not completed an adequate course of conservative care; the records show only {prior} sessions of physical therapy.",
                "There is no documentation of instability, progressive neurologic deficit, or another clear indication for surgery.",
                "A psychological evaluation was not performed despite documented depression and chronic pain behaviors.",
            ],
            [
                "In this case, the MRI demonstrates a lesion that correlates with the examination findings, including {finding}, and {patient} has failed more than six months of conservative care.",
                "The requesting provider, {specialist}, documents progressive weakness and activity limitation, which are clear indications for surgical intervention.",
                "{Patient} has completed physical therapy, injections, and medications without lasting improvement, and the surgical plan is consistent with the guideline criteria.",
            ]));

    public static readonly TreatmentKind PreoperativeClearance = new(
        "Pre-operative clearance", TreatmentFamily.Surgery, 0.6, 0.14, RegionUse.None,
        ["Preoperative medical clearance", "Pre-op clearance", "Preoperative evaluation"],
        ["preoperative clearance", "the preoperative evaluation"],
        QuantityProfile.Single,
        [AcoemChapter(7, "Independent Medical Examinations and Consultations", "Consultation", "127")],
        [Odg("Low Back", "Preoperative testing, general")],
        new RationaleProfile(
            [
                "ODG states that preoperative testing should be guided by the patient's clinical history, comorbidities, and physical examination findings, and that routine testing in healthy patients is not recommended.",
                "The ACOEM Guidelines, Chapter 7, page 127, state that the occupational health practitioner may refer to other specialists if a diagnosis is uncertain or extremely complex, or when the plan or course of care may benefit from additional expertise.",
            ],
            [
                "In this case, the associated surgical procedure was not certified, so the preoperative clearance is likewise not necessary.",
                "{Patient} is a healthy individual without documented comorbidities that would require a formal preoperative medical evaluation.",
            ],
            [
                "In this case, the surgery has been certified, and {patient} has hypertension and diabetes, so that a preoperative medical evaluation is appropriate.",
            ]));

    public static readonly TreatmentKind PostoperativeTherapy = new(
        "Physical therapy", TreatmentFamily.PhysicalMedicine, 1.0, 0.14, RegionUse.Usually,
        ["Post-operative physical therapy {plan} for the {regionItem}", "Postoperative physical therapy for the {regionItem}", "{count} sessions of post-op physical therapy, {regionItem}"],
        ["postoperative physical therapy", "post-operative therapy"],
        QuantityProfile.Visits,
        [Postsurgical("Postsurgical Treatment Guidelines", null), Postsurgical("Knee", "24-25"), Postsurgical("Shoulder", "26-27"), Postsurgical("Low Back", "25-26")],
        [OdgRegional("Physical therapy")],
        new RationaleProfile(
            [
                "The MTUS Postsurgical Treatment Guidelines recommend an initial course of therapy of one half of the number of visits specified in the general course of therapy for the specific surgery.",
                "Per the MTUS Postsurgical Treatment Guidelines, after arthroscopic partial meniscectomy 12 visits over 12 weeks are supported, after rotator cuff repair 24 visits over 14 weeks, and after lumbar fusion 34 visits over 16 weeks.",
                "With documentation of functional improvement, a subsequent course of therapy may be prescribed within the parameters of the general course of therapy applicable to the specific surgery.",
            ],
            [
                "In this case, {patient} has already completed {prior} postoperative sessions, and the request would exceed the general course of therapy recommended for this surgery.",
                "There is no documentation of functional improvement with the postoperative therapy completed so far.",
            ],
            [
                "In this case, {patient} recently underwent surgery, and the request is within the initial course of postoperative therapy recommended by the guidelines.",
                "The treater documents steady gains in range of motion and strength with the postoperative therapy to date.",
            ]));

    public static readonly IReadOnlyList<TreatmentKind> All =
        [EpiduralSteroidInjection, FacetInjection, RadiofrequencyAblation, TriggerPointInjection, JointInjection, Surgery, PreoperativeClearance, PostoperativeTherapy];
}
