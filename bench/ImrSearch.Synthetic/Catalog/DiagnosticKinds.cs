using static ImrSearch.Synthetic.Catalog.Guidelines;

namespace ImrSearch.Synthetic.Catalog;

/// <summary>Diagnostics: MRI, x-ray, CT, electrodiagnostics, urine drug screens and laboratory tests.</summary>
public static class DiagnosticKinds
{
    private static readonly string[] ImagingAgainst =
    [
        "In this case, there was no mention of {patient} considering or contemplating an invasive procedure or surgical intervention involving the {regionName}.",
        "It was not clearly stated how (or if) the proposed study would influence the treatment plan.",
        "{Patient} has no focal neurologic compromise on examination, and no red-flag findings were documented.",
        "The records indicate that {patient} already had imaging of the {regionName} on {priorDate}, and there is no documentation of a significant change in symptoms or findings since then.",
        "The indication for this study is not explained in the records and none can be ascertained from review of the clinical information.",
        "{Patient} has a sprain/strain type injury, and there are no objective red-flag findings to support proceeding with this type of study.",
        "It is not clear what is being sought or ruled out.",
    ];

    private static readonly string[] ImagingFor =
    [
        "Here, the requesting provider, {specialist}, reported that the imaging was being sought for preoperative planning purposes.",
        "{Patient} has progressive neurologic findings, including {finding}, which have persisted despite more than six weeks of conservative care.",
        "The prior imaging was more than a year old and predates a clear change in the clinical picture, so that repeat imaging is indicated.",
        "The treater documents failure of conservative treatment including physical therapy, medications, and activity modification, and an invasive procedure is now being contemplated.",
    ];

    public static readonly TreatmentKind Mri = new(
        "MRI", TreatmentFamily.Diagnostic, 6.0, 0.10, RegionUse.Usually,
        [
            "MRI of the {regionItem}",
            "MRI {RegionItem}",
            "MRI of the {regionItem} without contrast",
            "Repeat MRI of the {regionItem}",
            "Magnetic resonance imaging (MRI) of the {regionItem}",
            "Retrospective MRI of the {regionItem} (DOS: {noteDate})",
            "MRI {RegionItem} without contrast",
        ],
        ["MRI imaging of the {regionName}", "the MRI of the {regionName}", "{regionName} MRI imaging", "the proposed MRI"],
        QuantityProfile.Single,
        [AcoemImaging(), AcoemImaging(), AcoemImaging(), OdgRegional("MRIs (magnetic resonance imaging)")],
        [OdgRegional("MRIs (magnetic resonance imaging)"), OdgRegional("Indications for imaging"), AcoemOnline()],
        new RationaleProfile(
            [
                "As noted in the MTUS-adopted ACOEM Guidelines in Chapter {acoemNumber}, imaging studies should be reserved for cases in which surgery is being considered or red-flag diagnoses are being evaluated.",
                "The MTUS Guideline in ACOEM Chapter {acoemNumber}, page {acoemImagingPages}, recommends MRI or CT imaging to help validate a diagnosis of nerve root compromise, based on clear history and physical exam findings, in preparation for an invasive procedure.",
                "Per ACOEM, unequivocal objective findings that identify specific nerve compromise on the neurologic examination are sufficient evidence to warrant imaging in patients who do not respond to treatment and who would consider surgery an option.",
                "ODG indicates that repeat MRI is not routinely recommended, and should be reserved for a significant change in symptoms and/or findings suggestive of significant pathology.",
                "ACOEM notes that indiscriminate imaging will result in false-positive findings, such as disk bulges, that are not the source of painful symptoms and do not warrant surgery.",
            ],
            [.. ImagingAgainst],
            [.. ImagingFor]));

    public static readonly TreatmentKind XRay = new(
        "X-ray", TreatmentFamily.Diagnostic, 2.0, 0.13, RegionUse.Usually,
        ["X-ray of the {regionItem}", "X-rays of the {regionItem}", "{RegionItem} x-ray", "X-ray {RegionItem}, 3 views", "Radiographs of the {regionItem}"],
        ["x-rays of the {regionName}", "the x-ray", "radiographs of the {regionName}"],
        QuantityProfile.Single,
        [AcoemImaging(), AcoemImaging(), OdgRegional("Radiography (x-rays)")],
        [OdgRegional("Radiography (x-rays)"), OdgRegional("Indications for imaging")],
        new RationaleProfile(
            [
                "The MTUS state {q}lumbar spine x rays should not be recommended in patients with low back pain in the absence of red flags for serious spinal pathology, even if the pain has persisted for at least six weeks. However, it may be appropriate when the physician believes it would aid in patient management.{uq}",
                "ACOEM Chapter {acoemNumber} recommends plain-film radiography when there are red flags for fracture, tumor, or infection, or when the patient fails to progress in a strengthening program intended to avoid surgery.",
                "ODG supports radiographs after trauma or when there is a suspicion of instability, and notes that routine repeat x-rays are not recommended.",
            ],
            [.. ImagingAgainst],
            [
                .. ImagingFor,
                "{Patient} sustained a fall with new point tenderness, and plain films are indicated to rule out a fracture.",
            ]));

    public static readonly TreatmentKind Ct = new(
        "CT", TreatmentFamily.Diagnostic, 1.0, 0.12, RegionUse.Usually,
        ["CT scan of the {regionItem}", "CT {RegionItem}", "CT scan of the {regionItem} without contrast"],
        ["CT imaging of the {regionName}", "the CT scan"],
        QuantityProfile.Single,
        [AcoemImaging(), OdgRegional("Computed tomography (CT)")],
        [OdgRegional("Computed tomography (CT)")],
        new RationaleProfile(
            [
                "ACOEM Chapter {acoemNumber} recommends CT imaging to validate a diagnosis of nerve root compromise or to evaluate bony anatomy in preparation for an invasive procedure, or when MRI is contraindicated.",
                "ODG states that CT is indicated for suspected fracture with negative plain films, for evaluation of pseudarthrosis after fusion, and for patients who cannot undergo MRI.",
            ],
            [.. ImagingAgainst],
            [.. ImagingFor, "{Patient} has a cardiac pacemaker that precludes MRI, so CT is the appropriate study."]));

    public static readonly TreatmentKind Electrodiagnostics = new(
        "EMG/NCS", TreatmentFamily.Diagnostic, 3.0, 0.12, RegionUse.Usually,
        [
            "EMG/NCS of the {limbs}",
            "EMG/NCV of the {limbs}",
            "Electromyography (EMG) of the {limbs}",
            "Nerve conduction studies (NCS) of the {limbs}",
            "EMG/NCS {Limbs}",
        ],
        ["electrodiagnostic testing", "the EMG/NCS", "electrodiagnostic studies of the {regionName}"],
        QuantityProfile.Single,
        [AcoemElectrodiagnostics(), AcoemElectrodiagnostics(), OdgRegional("Electromyography (EMG)")],
        [OdgRegional("Electromyography (EMG)"), OdgRegional("Nerve conduction studies (NCS)")],
        new RationaleProfile(
            [
                "The MTUS-adopted ACOEM Guidelines, page 303, state that electromyography, including H-reflex tests, may be useful to identify subtle, focal neurologic dysfunction in patients with low back symptoms lasting more than three or four weeks.",
                "Per ACOEM Chapter 8, page 178, electromyography and nerve conduction velocities may help identify subtle focal neurologic dysfunction in patients with neck or arm symptoms, or both, lasting more than three or four weeks.",
                "ODG states that nerve conduction studies are not recommended for the low back when a patient is presumed to have symptoms on the basis of radiculopathy.",
                "ACOEM Chapter 11, page 261, recommends electrodiagnostic studies to help differentiate carpal tunnel syndrome from other conditions such as cervical radiculopathy.",
            ],
            [
                "In this case, {patient} has already been diagnosed with clinically obvious radiculopathy, so that electrodiagnostic testing would not change the treatment plan.",
                "There are no subjective or objective neurologic findings, such as numbness, tingling, weakness, or reflex changes, documented in the records.",
                "The records indicate prior electrodiagnostic studies were performed, and no interval change was documented.",
                "The request for studies of both the upper and lower extremities is not supported when symptoms are confined to one region.",
            ],
            [
                "In this case, {patient} has persistent paresthesias with {finding} lasting more than four weeks, and the etiology remains unclear despite imaging.",
                "The studies are requested to differentiate between a peripheral entrapment neuropathy and cervical radiculopathy, which is consistent with guidelines.",
            ]),
        Regions: [BodyRegionCatalog.Lumbar, BodyRegionCatalog.Cervical, BodyRegionCatalog.WristHand]);

    public static readonly TreatmentKind UrineDrugScreen = new(
        "Urine drug screen", TreatmentFamily.Diagnostic, 1.5, 0.14, RegionUse.None,
        ["Urine drug screen", "Urine drug screen (UDS)", "Retrospective urine drug screen (DOS: {noteDate})", "Urine toxicology screen", "Quantitative urine drug testing"],
        ["urine drug testing", "the urine drug screen", "drug testing"],
        QuantityProfile.Few,
        [ChronicPain("Drug testing", "43"), ChronicPain("Opioids, steps to avoid misuse/addiction", "94-95"), ChronicPain("Opioids, criteria for use", "77-78")],
        [Odg("Pain", "Urine drug testing (UDT)")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, page 43, recommend drug testing as an option, using a urine drug screen to assess for the use or the presence of illegal drugs.",
                "Per pages 94-95 of the MTUS, frequent random urine toxicology screens are among the steps to avoid misuse of opioids, particularly for those at high risk of abuse.",
                "ODG recommends that patients at low risk of addiction or aberrant behavior be tested within six months of initiation of therapy and on a yearly basis thereafter.",
                "ODG does not recommend confirmatory or quantitative testing unless the screen is positive for non-prescribed medications or illicit drugs, or negative for prescribed medications.",
            ],
            [
                "In this case, {patient} had a urine drug screen on {priorDate} that was consistent with prescribed medications, and there is no documentation of aberrant behavior or of a high risk of abuse.",
                "The treater does not document a risk stratification to justify testing more frequently than the guidelines allow.",
                "{Patient} is not currently prescribed opioids, and the rationale for drug testing was not provided.",
            ],
            [
                "In this case, {patient} is on chronic opioid therapy with {drug}, and there is no record of a drug screen in the past year.",
                "The treater documents an early refill request, which is an indication for testing under the guidelines.",
            ]));

    public static readonly TreatmentKind LabTests = new(
        "Lab tests", TreatmentFamily.Diagnostic, 0.5, 0.16, RegionUse.None,
        ["Complete blood count (CBC) and comprehensive metabolic panel", "Lab work: CBC, CMP", "Hepatic panel and renal function tests"],
        ["laboratory testing", "the laboratory studies", "the lab panel"],
        QuantityProfile.Single,
        [ChronicPain("NSAIDs, specific drug list & adverse effects", "70"), ChronicPain("NSAIDs (non-steroidal anti-inflammatory drugs)", "67-73")],
        [Odg("Low Back", "Preoperative lab testing")],
        new RationaleProfile(
            [
                "Per page 70 of the MTUS Chronic Pain Medical Treatment Guidelines, routine suggested monitoring for patients taking NSAIDs includes periodic lab monitoring of a CBC and chemistry profile (including liver and renal function tests).",
                "ODG states that preoperative laboratory testing should be guided by the patient's clinical history, comorbidities, and physical examination findings.",
            ],
            [
                "In this case, the records do not document long-term NSAID use or another indication for laboratory monitoring.",
                "There is no surgery certified for {patient}, and so preoperative testing is not indicated.",
            ],
            [
                "In this case, {patient} has taken NSAIDs for more than a year without laboratory monitoring, and periodic testing is recommended by the guidelines.",
            ]));

    public static readonly IReadOnlyList<TreatmentKind> All = [Mri, XRay, Ct, Electrodiagnostics, UrineDrugScreen, LabTests];
}
