using static ImrSearch.Synthetic.Catalog.Guidelines;

namespace ImrSearch.Synthetic.Catalog;

/// <summary>Pharmaceutical requests: about 40% of disputed items, about 3 in 10 of them opioids.</summary>
public static class PharmaceuticalKinds
{
    private static readonly string[] DrugRequests =
    [
        "{drug} {dose} #{count}",
        "{drug} {dose} #{count}",
        "{drug} {dose}",
        "1 prescription of {drug} {dose} #{count}",
        "{drug} {dose}, {count} count",
        "Retrospective request for {drug} {dose} #{count} (DOS: {noteDate})",
        "{drug} {dose} [1 tab by mouth twice daily|one tablet every 8 hours as needed|1 by mouth daily] #{count}",
        "Prospective request for 1 prescription of {drug} {dose} #{count}",
    ];

    private static readonly string[] DrugNouns = ["{drug}", "{drug}", "the {drug}", "{drug} {dose}", "continued {drug}"];

    public static readonly TreatmentKind Opioids = new(
        "Opioids", TreatmentFamily.Pharmaceutical, 12.0, 0.06, RegionUse.None,
        [.. DrugRequests],
        [.. DrugNouns, "ongoing opioid therapy with {drug}", "the opioid {drug}"],
        QuantityProfile.Pills,
        [
            ChronicPain("Opioids, ongoing management", "78-80"),
            ChronicPain("Opioids, criteria for use", "76-80"),
            ChronicPain("Opioids", "74-96"),
            ChronicPain("Opioids for chronic pain", "80-81"),
            ChronicPain("Opioids, specific drug list", "91-94"),
            ChronicPain("Weaning of Medications", "124"),
        ],
        [
            Odg("Pain", "Opioids, criteria for use"),
            Odg("Pain", "Opioids for chronic pain"),
            Literature("Ballantyne JC, Mao J. Opioid therapy for chronic pain. N Engl J Med 2003;349:1943-53"),
        ],
        new RationaleProfile(
            [
                "MTUS Chronic Pain Medical Treatment Guidelines, pages 78-80, require documentation of the 4 A's for ongoing monitoring: analgesia, activities of daily living, adverse side effects, and aberrant drug-taking behaviors.",
                "As noted on page 80 of the MTUS Chronic Pain Medical Treatment Guidelines, the cardinal criteria for continuation of opioid therapy include evidence of successful return to work, improved functioning, and reduced pain achieved as a result of the same.",
                "The MTUS states that the lowest possible dose should be prescribed to improve pain and function, and that ongoing review should document pain relief, functional status, appropriate medication use, and side effects.",
                "Page 79 of the MTUS Chronic Pain Medical Treatment Guidelines recommends discontinuing opioids if there is no overall improvement in function, unless there are extenuating circumstances.",
                "According to the MTUS, a satisfactory response to treatment may be indicated by the patient's decreased pain, increased level of function, or improved quality of life.",
                "The MTUS further recommends the use of a pain treatment agreement, periodic urine drug screening, and a single prescribing physician and pharmacy in patients on long-term opioid therapy.",
                "MTUS guidelines on page 86 recommend that the total daily dose of opioids not exceed 120 mg oral morphine equivalents without a pain medicine consultation.",
                "For chronic back pain, MTUS notes that opioids appear to be efficacious but limited for short-term pain relief, and long-term efficacy is unclear beyond 16 weeks.",
                "The guidelines state [{q}Pain assessment should include: current pain; the least reported pain over the period since last assessment; average pain; intensity of pain after taking the opioid; how long it takes for pain relief; and how long pain relief lasts.{uq}|that pain assessment should include current pain, the least reported pain since the last assessment, average pain, and how long pain relief lasts.]",
                "Weaning, per page 124 of the MTUS, is recommended when there is no documented functional benefit, and should be accomplished gradually to avoid withdrawal symptoms.",
            ],
            [
                "In this case, {patient} has been using {drug} {months} without documentation of functional improvement.",
                "The treater does not provide before-and-after pain scales to denote a significant reduction in pain attributable to {drug}.",
                "There is no discussion of specific activities of daily living that have improved as a result of opioid use, and no validated instrument was used to measure function.",
                "No urine drug screen, CURES report, or opioid pain contract was provided for review.",
                "{Patient} remains {workStatus}, which argues against any meaningful functional benefit from ongoing opioid therapy.",
                "Pain scores of {pain} were reported at the most recent visit, essentially unchanged from earlier visits despite continued use of {drug}.",
                "The attending provider did not outline any quantifiable decrements in pain or material improvements in function achieved as a result of ongoing {drug} usage.",
                "Aberrant behavior was not addressed, and adverse effects such as constipation and sedation were not discussed.",
                "The request, furthermore, did not contain a frequency or duration of use, so that its appropriateness cannot be determined.",
                "The documentation shows that {patient} is also taking {meds}, and the combined regimen was not justified in the records.",
                "Given the lack of documented efficacy, the treater should consider a slow taper per guidelines rather than continued prescribing.",
            ],
            [
                "In this case, the treater documents a decrease in pain from {pain} to {painWith} with {drug}, and {patient} is able to perform household chores and walk for 30 minutes with the medication.",
                "A recent urine drug screen was consistent with the prescribed medications, a signed opioid agreement is on file, and there was no evidence of aberrant behavior.",
                "{Patient} has returned to {workStatus}, and the treater specifically attributes the ability to work to ongoing use of {drug}.",
                "No adverse side effects were reported, and the dosage is well under 120 mg oral morphine equivalents per day.",
                "The 4 A's have been adequately documented, and continued use at the current dose is reasonable.",
            ]),
        [
            new(["Norco", "Hydrocodone/APAP", "Hydrocodone/acetaminophen", "Norco (hydrocodone/acetaminophen)"], ["10/325mg", "10/325 mg", "7.5/325mg", "5/325mg"]),
            new(["Percocet", "Oxycodone/APAP", "Oxycodone/acetaminophen"], ["10/325mg", "5/325mg"]),
            new(["Oxycodone", "Oxycodone IR", "OxyContin"], ["15mg", "10mg", "30mg", "20mg"]),
            new(["Tramadol", "Ultram", "Tramadol HCL", "Tramadol ER", "Ultram ER"], ["50mg", "150mg", "100mg", "200mg"]),
            new(["MS Contin", "Morphine sulfate ER", "Morphine sulfate IR"], ["15mg", "30mg", "60mg"]),
            new(["Nucynta", "Nucynta ER", "Tapentadol"], ["50mg", "100mg", "150mg"]),
            new(["Fentanyl patch", "Duragesic patch"], ["25mcg/hr", "50mcg/hr"]),
            new(["Butrans patch", "Buprenorphine patch"], ["10mcg/hr", "5mcg/hr"]),
            new(["Tylenol #3", "Tylenol with Codeine #3", "Acetaminophen/codeine"], ["300/30mg"]),
        ]);

    public static readonly TreatmentKind Nsaids = new(
        "NSAIDs", TreatmentFamily.Pharmaceutical, 6.0, 0.11, RegionUse.None,
        [.. DrugRequests],
        [.. DrugNouns, "the NSAID {drug}", "ongoing NSAID therapy with {drug}"],
        QuantityProfile.Pills,
        [
            ChronicPain("NSAIDs (non-steroidal anti-inflammatory drugs)", "67-73"),
            ChronicPain("NSAIDs, specific drug list & adverse effects", "70-73"),
            ChronicPain("Anti-inflammatory medications", "22"),
        ],
        [Odg("Pain", "NSAIDs"), Odg("Pain", "Non-steroidal anti-inflammatory drugs")],
        new RationaleProfile(
            [
                "MTUS Chronic Pain Medical Treatment Guidelines, page 22, state that anti-inflammatory medications are the traditional first line of treatment to reduce pain so activity and functional restoration can resume, but long-term use may not be warranted.",
                "For chronic low back pain, the MTUS on pages 67-68 recommends NSAIDs as an option for short-term symptomatic relief, and notes that NSAIDs were no more effective than other drugs such as acetaminophen, narcotic analgesics, and muscle relaxants.",
                "The MTUS recommends NSAIDs at the lowest dose for the shortest period in patients with moderate to severe pain from osteoarthritis.",
                "Page 60 of the MTUS requires a record of pain and function with the medications used for chronic pain.",
                "Per page 70 of the MTUS, routine suggested monitoring for patients on NSAIDs includes periodic lab monitoring of a CBC and chemistry profile, including liver and renal function tests.",
                "The MTUS recognizes that all NSAIDs carry a risk of gastrointestinal complications and cardiovascular and renovascular adverse effects with long-term use.",
            ],
            [
                "In this case, {patient} has been taking {drug} {months}, and the treater does not document any significant decrease in pain or increase in function attributable to its use.",
                "The records do not reflect that laboratory monitoring has been performed despite long-term NSAID use.",
                "{Patient} reported ongoing {complaint} rated {pain}, and there is no indication that the medication has reduced reliance on other analgesics.",
                "The treater also noted gastrointestinal upset, which raises concern regarding continued NSAID use without reassessment.",
                "Chronic, long-term use of NSAIDs is not supported by the guidelines, and the request does not reflect a short-term trial.",
                "The request is for continuation of {drug}, but the progress reports do not discuss its efficacy at all.",
            ],
            [
                "In this case, {patient} reports that {drug} reduces pain from {pain} to {painWith} and allows {patient} to perform activities of daily living.",
                "This is a first-time request following a recent flare of {complaint}, and a short course of an anti-inflammatory medication is consistent with guidelines.",
                "There is no history of gastrointestinal, renal, or cardiovascular contraindications documented in the records.",
                "The treater documents improved tolerance to walking and standing with the medication.",
            ]),
        [
            new(["Naproxen sodium", "Anaprox DS", "Naproxen"], ["550mg", "500mg"]),
            new(["Ibuprofen", "Motrin"], ["800mg", "600mg"]),
            new(["Meloxicam", "Mobic"], ["15mg", "7.5mg"]),
            new(["Diclofenac sodium ER", "Diclofenac", "Voltaren XR"], ["100mg", "75mg"]),
            new(["Celebrex", "Celecoxib"], ["200mg", "100mg"]),
            new(["Nabumetone", "Relafen"], ["750mg", "500mg"]),
            new(["Etodolac"], ["400mg", "300mg"]),
        ]);

    public static readonly TreatmentKind MuscleRelaxants = new(
        "Muscle relaxants", TreatmentFamily.Pharmaceutical, 6.0, 0.04, RegionUse.None,
        [.. DrugRequests],
        [.. DrugNouns, "the muscle relaxant {drug}"],
        QuantityProfile.Pills,
        [
            ChronicPain("Muscle relaxants (for pain)", "63-66"),
            ChronicPain("Cyclobenzaprine (Flexeril)", "41-42"),
            ChronicPain("Carisoprodol (Soma)", "29"),
            ChronicPain("Muscle relaxants", "63-66"),
        ],
        [Odg("Pain", "Muscle relaxants (for pain)"), Odg("Pain", "Cyclobenzaprine")],
        new RationaleProfile(
            [
                "MTUS Chronic Pain Medical Treatment Guidelines, pages 63-66, recommend non-sedating muscle relaxants with caution as a second-line option for short-term treatment of acute exacerbations in patients with chronic low back pain.",
                "The MTUS notes that muscle relaxants may be effective in reducing pain and muscle tension and increasing mobility, but in most low back pain cases they show no benefit beyond NSAIDs, and efficacy appears to diminish over time.",
                "As noted on page 41 of the MTUS Chronic Pain Medical Treatment Guidelines, cyclobenzaprine is recommended for a short course of therapy, with the greatest effect in the first 4 days of treatment, and is not recommended to be used for longer than 2-3 weeks.",
                "Page 29 of the MTUS states that carisoprodol is not recommended and is not indicated for long-term use; its primary active metabolite is meprobamate, a schedule IV controlled substance.",
                "The MTUS further notes that the addition of cyclobenzaprine to other agents is not recommended.",
                "Prolonged use of some medications in this class may lead to dependence.",
            ],
            [
                "In this case, {patient} has been prescribed {drug} {months}, well beyond the short-term use recommended by the guidelines.",
                "The request for #{count} tablets implies chronic, long-term use, which is not supported.",
                "The treater does not document muscle spasm on the most recent examination, nor an acute exacerbation of {complaint}.",
                "{Patient} is also using {meds}, and the addition of a muscle relaxant to this regimen was not justified.",
                "There is no documentation of functional improvement with prior use of {drug}.",
            ],
            [
                "In this case, the treater documents an acute flare of {complaint} with palpable paraspinal muscle spasm, and the request is for a short course of the medication.",
                "This is the first prescription of a muscle relaxant in this case, and the quantity requested is consistent with a course of two to three weeks.",
                "{Patient} reports improved sleep and reduced spasm with the medication, and no sedation was reported.",
            ]),
        [
            new(["Cyclobenzaprine", "Flexeril", "Fexmid"], ["7.5mg", "10mg", "5mg"]),
            new(["Tizanidine", "Zanaflex"], ["4mg", "2mg"]),
            new(["Carisoprodol", "Soma"], ["350mg"]),
            new(["Orphenadrine ER", "Orphenadrine citrate", "Norflex"], ["100mg"]),
            new(["Methocarbamol", "Robaxin"], ["750mg", "500mg"]),
            new(["Baclofen"], ["10mg", "20mg"]),
        ]);

    public static readonly TreatmentKind Anticonvulsants = new(
        "Anticonvulsants", TreatmentFamily.Pharmaceutical, 3.5, 0.13, RegionUse.None,
        [.. DrugRequests],
        [.. DrugNouns, "the anticonvulsant {drug}"],
        QuantityProfile.Pills,
        [
            ChronicPain("Antiepilepsy drugs (AEDs)", "16-22"),
            ChronicPain("Gabapentin (Neurontin)", "18-19"),
            ChronicPain("Pregabalin (Lyrica)", "19-20"),
            ChronicPain("Anti-epilepsy drugs (AEDs) for pain", "16-17"),
        ],
        [Odg("Pain", "Anti-epilepsy drugs (AEDs) for pain")],
        new RationaleProfile(
            [
                "MTUS Chronic Pain Medical Treatment Guidelines, pages 16-17, recommend antiepilepsy drugs for neuropathic pain (pain due to nerve damage), but state there is a lack of expert consensus on the treatment of neuropathic pain in general due to heterogeneous etiologies, symptoms, and physical signs.",
                "Per page 18 of the MTUS, gabapentin has been shown to be effective for treatment of diabetic painful neuropathy and postherpetic neuralgia and has been considered a first-line treatment for neuropathic pain.",
                "The MTUS defines a good response to the use of AEDs as a 50% reduction in pain and a moderate response as a 30% reduction, and states that a lack of at least a 30% response should prompt a switch to a different first-line agent.",
                "After initiation of treatment, the MTUS calls for documentation of pain relief and improvement in function as well as the side effects incurred with use.",
                "Pregabalin, per page 19 of the MTUS, has been documented to be effective in treatment of diabetic neuropathy and postherpetic neuralgia and is FDA approved for fibromyalgia.",
            ],
            [
                "In this case, there is no clear evidence of neuropathic pain on examination; {patient} has mechanical {complaint} without radicular findings.",
                "{Patient} has been using {drug} {months}, and the treater does not document at least a 30% reduction in pain or any functional improvement.",
                "The records note side effects of dizziness and somnolence, which were not addressed.",
                "The diagnoses listed, {diagnosis}, do not include a neuropathic pain condition for which the medication is indicated.",
            ],
            [
                "In this case, {patient} has radicular symptoms with {finding}, consistent with neuropathic pain.",
                "The treater documents a reduction in burning and tingling pain from {pain} to {painWith} with {drug}, and improved sleep.",
                "The medication is being titrated appropriately, and no adverse effects were reported.",
            ]),
        [
            new(["Gabapentin", "Neurontin"], ["600mg", "300mg", "800mg"]),
            new(["Lyrica", "Pregabalin"], ["75mg", "50mg", "150mg"]),
            new(["Topiramate", "Topamax"], ["25mg", "50mg"]),
        ]);

    public static readonly TreatmentKind TopicalAnalgesics = new(
        "Topical analgesics", TreatmentFamily.Pharmaceutical, 4.5, 0.02, RegionUse.Sometimes,
        [
            "{drug} {dose} #{count}",
            "{drug} {dose}",
            "Compound cream: {drug} {dose}",
            "{drug} {dose} for the {regionItem}",
            "Retrospective {drug} {dose} (DOS: {noteDate})",
            "{drug} {dose}, {count} count",
        ],
        ["the topical {drug}", "{drug}", "the compounded topical", "the topical compound"],
        QuantityProfile.Patches,
        [
            ChronicPain("Topical Analgesics", "111-113"),
            ChronicPain("Lidoderm (lidocaine patch)", "56-57"),
            ChronicPain("Topical analgesics, compounded", "111-113"),
            ChronicPain("Capsaicin, topical", "28-29"),
        ],
        [Odg("Pain", "Compound drugs"), Odg("Pain", "Topical analgesics"), Odg("Pain", "Lidoderm (lidocaine patch)")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, pages 111-113, state that topical analgesics are largely experimental in use with few randomized controlled trials to determine efficacy or safety.",
                "Per page 111 of the MTUS, any compounded product that contains at least one drug (or drug class) that is not recommended is not recommended.",
                "The MTUS recommends topical analgesics primarily for neuropathic pain when trials of antidepressants and anticonvulsants have failed.",
                "Pages 56-57 of the MTUS state that topical lidocaine may be recommended for localized peripheral pain after there has been evidence of a trial of first-line therapy (tricyclic or SNRI antidepressants or an AED such as gabapentin or Lyrica).",
                "The MTUS further states that topical muscle relaxants and topical gabapentin are not recommended, as there is no peer-reviewed literature to support their use.",
                "Topical NSAIDs, per page 112, are indicated for osteoarthritis and tendinitis in joints amenable to topical treatment, such as the knee and elbow, and are not recommended for neuropathic pain or for the spine, hip, or shoulder.",
                "Capsaicin is recommended only as an option in patients who have not responded or are intolerant to other treatments.",
            ],
            [
                "In this case, the requested compound contains at least one ingredient that is not recommended for topical use; therefore, the entire compound is not recommended.",
                "There is no documentation that {patient} has failed trials of first-line oral antidepressants or anticonvulsants.",
                "The treater does not specify the body part to which the topical is to be applied, nor the frequency of application.",
                "{Patient} has axial {complaint}, which is not a localized peripheral neuropathic condition.",
                "The records do not establish intolerance of oral medications; {patient} is, in fact, using {meds} without reported difficulty.",
                "No functional benefit from prior use of topical agents was documented.",
            ],
            [
                "In this case, {patient} has localized peripheral neuropathic pain, and prior trials of gabapentin and amitriptyline were documented as not tolerated.",
                "The treater documents improved tolerance to activity and a reduction in oral medication use with the patch.",
                "The topical is to be applied to a clearly defined area, and the quantity requested is appropriate for a one-month supply.",
            ]),
        [
            new(["Lidoderm patch", "Lidoderm", "Lidocaine patch"], ["5%"]),
            new(["Flurbiprofen/Lidocaine cream", "Flurbiprofen 20% cream"], ["20%/5% 180gm", "180gm"]),
            new(["Ketoprofen cream", "Ketoprofen 20% cream"], ["20% 120gm", "120gm"]),
            new(["Capsaicin cream", "Capsaicin"], ["0.075%", "0.025%"]),
            new(["Terocin"], ["patches", "lotion 120ml"]),
            new(["Flurbiprofen/Cyclobenzaprine/Menthol cream", "Gabapentin/Amitriptyline/Bupivacaine cream", "Tramadol/Gabapentin/Camphor/Menthol cream"], ["180gm", "240gm", "30gm"]),
            new(["Voltaren gel", "Diclofenac gel"], ["1% 100gm", "1%"]),
        ]);

    public static readonly TreatmentKind ProtonPumpInhibitors = new(
        "Proton pump inhibitors", TreatmentFamily.Pharmaceutical, 2.5, 0.08, RegionUse.None,
        [.. DrugRequests],
        ["{drug}", "the proton pump inhibitor {drug}", "{drug} {dose}"],
        QuantityProfile.Pills,
        [
            ChronicPain("NSAIDs, GI symptoms & cardiovascular risk", "68-69"),
            ChronicPain("NSAIDs, GI symptoms and cardiovascular risk", "68-69"),
        ],
        [Odg("Pain", "Proton pump inhibitors (PPIs)")],
        new RationaleProfile(
            [
                "MTUS Chronic Pain Medical Treatment Guidelines, pages 68-69, support the use of a proton pump inhibitor in patients taking NSAIDs who are at intermediate or high risk for gastrointestinal events.",
                "Per the MTUS, risk factors for gastrointestinal events include age over 65 years; a history of peptic ulcer, GI bleeding, or perforation; concurrent use of ASA, corticosteroids, and/or an anticoagulant; or high-dose or multiple NSAID use.",
                "The MTUS notes that long-term PPI use (more than 1 year) has been shown to increase the risk of hip fracture.",
                "Prophylactic use of a PPI is not recommended in patients at no or low risk of gastrointestinal events.",
            ],
            [
                "In this case, there is no documentation of dyspepsia, a history of peptic ulcer disease, or gastrointestinal bleeding.",
                "{Patient} is under 65 years of age and is not taking aspirin, corticosteroids, or anticoagulants.",
                "The records indicate that NSAIDs have been discontinued, so that the stated rationale for gastric protection no longer applies.",
                "The treater did not document any gastrointestinal risk assessment before prescribing {drug}.",
            ],
            [
                "In this case, {patient} reports NSAID-induced dyspepsia and has a documented history of gastritis.",
                "{Patient} is taking high-dose NSAIDs concurrently with low-dose aspirin, which places {patient} at intermediate risk for gastrointestinal events.",
                "The treater documents that the gastrointestinal symptoms resolved with the medication.",
            ]),
        [
            new(["Omeprazole", "Prilosec"], ["20mg", "40mg"]),
            new(["Pantoprazole", "Protonix"], ["20mg", "40mg"]),
            new(["Esomeprazole", "Nexium"], ["40mg"]),
            new(["Lansoprazole"], ["30mg"]),
        ]);

    public static readonly TreatmentKind Antidepressants = new(
        "Antidepressants", TreatmentFamily.Pharmaceutical, 1.5, 0.18, RegionUse.None,
        [.. DrugRequests],
        ["{drug}", "the antidepressant {drug}", "{drug} {dose}"],
        QuantityProfile.Pills,
        [
            ChronicPain("Antidepressants for chronic pain", "13-16"),
            ChronicPain("Duloxetine (Cymbalta)", "43-44"),
            AcoemChapter(15, "Stress Related Conditions", "Treatment", "402"),
        ],
        [Odg("Mental Illness & Stress", "Antidepressants for treatment of MDD"), Odg("Pain", "Antidepressants for chronic pain")],
        new RationaleProfile(
            [
                "MTUS Chronic Pain Medical Treatment Guidelines, pages 13-16, recommend antidepressants as a first-line option for neuropathic pain and as a possibility for non-neuropathic pain.",
                "The MTUS states that tricyclics are generally considered a first-line agent unless they are ineffective, poorly tolerated, or contraindicated.",
                "Assessment of treatment efficacy, per the MTUS, should include not only pain outcomes but also an evaluation of function, changes in use of other analgesic medication, sleep quality and duration, and psychological assessment.",
                "Per page 402 of ACOEM Chapter 15, the use of antidepressants for depression is appropriate, although it may take weeks for a positive effect to occur.",
            ],
            [
                "In this case, the records do not document any improvement in pain, function, sleep, or mood with {drug}.",
                "There is no psychological assessment on file, and no diagnosis of depression or neuropathic pain was established.",
                "The treater does not discuss the efficacy of {drug} in any of the progress reports reviewed.",
            ],
            [
                "In this case, {patient} carries a diagnosis of depression secondary to chronic pain, and the treater documents improved mood and sleep with {drug}.",
                "{Patient} has neuropathic symptoms with {finding}, and {drug} is a first-line option for this condition.",
                "The treater notes a reduction in the use of opioid medication since {drug} was started.",
            ]),
        [
            new(["Duloxetine", "Cymbalta"], ["60mg", "30mg"]),
            new(["Amitriptyline", "Elavil"], ["25mg", "10mg"]),
            new(["Nortriptyline"], ["25mg"]),
            new(["Sertraline", "Zoloft"], ["50mg", "100mg"]),
            new(["Trazodone"], ["50mg", "100mg"]),
        ]);

    public static readonly TreatmentKind Benzodiazepines = new(
        "Benzodiazepines", TreatmentFamily.Pharmaceutical, 1.0, 0.02, RegionUse.None,
        [.. DrugRequests],
        ["{drug}", "the benzodiazepine {drug}", "{drug} {dose}"],
        QuantityProfile.Pills,
        [ChronicPain("Benzodiazepines", "24"), ChronicPain("Weaning of Medications", "124")],
        [Odg("Pain", "Benzodiazepines"), Odg("Mental Illness & Stress", "Benzodiazepines")],
        new RationaleProfile(
            [
                "MTUS Chronic Pain Medical Treatment Guidelines, page 24, state that benzodiazepines are not recommended for long-term use because long-term efficacy is unproven and there is a risk of dependence.",
                "The MTUS limits use of benzodiazepines to 4 weeks, noting that tolerance to hypnotic effects develops rapidly and tolerance to anxiolytic effects occurs within months.",
                "Per the MTUS, chronic benzodiazepines are the treatment of choice in very few conditions, and long-term use may actually increase anxiety.",
                "A more appropriate treatment for anxiety disorder, according to the MTUS, is an antidepressant.",
            ],
            [
                "In this case, {patient} has been prescribed {drug} {months}, far in excess of the 4-week limit recommended by the guidelines.",
                "The treater does not document the rationale for continued use or any attempt at tapering.",
                "{Patient} is also taking opioids, and the concurrent use of benzodiazepines and opioids increases the risk of respiratory depression.",
            ],
            [
                "In this case, the request is for a limited supply to allow a gradual taper, as abrupt discontinuation after long-term use carries a risk of withdrawal seizures.",
                "The treater documents a plan to wean {drug} over the next several weeks.",
            ]),
        [
            new(["Alprazolam", "Xanax"], ["0.5mg", "1mg"]),
            new(["Clonazepam", "Klonopin"], ["0.5mg", "1mg"]),
            new(["Lorazepam", "Ativan"], ["1mg", "0.5mg"]),
            new(["Diazepam", "Valium"], ["5mg", "10mg"]),
            new(["Temazepam", "Restoril"], ["15mg", "30mg"]),
        ]);

    public static readonly TreatmentKind SleepAids = new(
        "Sleep aids", TreatmentFamily.Pharmaceutical, 1.0, 0.04, RegionUse.None,
        [.. DrugRequests],
        ["{drug}", "the sleep aid {drug}", "{drug} {dose}"],
        QuantityProfile.Pills,
        [ChronicPain("Insomnia treatment", "123"), ChronicPain("Weaning of Medications", "124")],
        [Odg("Pain", "Zolpidem (Ambien)"), Odg("Pain", "Insomnia treatment"), Odg("Mental Illness & Stress", "Insomnia treatment")],
        new RationaleProfile(
            [
                "The MTUS does not address zolpidem; therefore, the Official Disability Guidelines were consulted.",
                "ODG states that zolpidem is a prescription short-acting non-benzodiazepine hypnotic, approved for the short-term (usually two to six weeks) treatment of insomnia.",
                "ODG notes that proper sleep hygiene is critical to the individual with chronic pain and that pain specialists rarely, if ever, recommend sleep medications for long-term use.",
                "Per ODG, pharmacological agents should only be used after careful evaluation of potential causes of sleep disturbance.",
                "ODG further indicates that treatment of insomnia should be based on the etiology and that the specific component of insomnia should be addressed: sleep onset, sleep maintenance, sleep quality, and next-day functioning.",
            ],
            [
                "In this case, {patient} has been using {drug} {months}, well beyond the short-term use supported by the guidelines.",
                "There is no documentation of a sleep evaluation, of sleep hygiene measures, or of the specific components of insomnia being treated.",
                "The treater does not document any improvement in sleep onset, sleep maintenance, or next-day functioning with {drug}.",
            ],
            [
                "In this case, {patient} has new-onset insomnia after a recent surgery, and the request is for a short course consistent with guidelines.",
                "The treater documents a sleep hygiene program and a plan to discontinue the medication within four weeks.",
            ]),
        [
            new(["Zolpidem", "Ambien", "Ambien CR", "Zolpidem tartrate"], ["10mg", "5mg", "12.5mg"]),
            new(["Eszopiclone", "Lunesta"], ["2mg", "3mg"]),
        ]);

    public static readonly TreatmentKind MedicalFoods = new(
        "Medical foods", TreatmentFamily.Pharmaceutical, 1.5, 0.01, RegionUse.None,
        ["{drug} #{count}", "{drug}", "{drug} capsules #{count}", "Retrospective {drug} #{count} (DOS: {noteDate})"],
        ["{drug}", "the medical food {drug}", "{drug}, a medical food"],
        QuantityProfile.Pills,
        [Odg("Pain", "Medical food")],
        [Odg("Pain", "Medical food"), Literature("FDA Guidance for Industry: Frequently Asked Questions About Medical Foods")],
        new RationaleProfile(
            [
                "The MTUS is silent on the use of medical foods; therefore, ODG was referenced.",
                "ODG states that a medical food is a food formulated to be consumed or administered enterally under the supervision of a physician, intended for the specific dietary management of a disease or condition for which distinctive nutritional requirements exist.",
                "Per ODG, to be considered a medical food the product must, at a minimum, meet the requirement that it be for a patient with limited or impaired capacity to ingest, digest, absorb, or metabolize ordinary foodstuffs.",
                "ODG does not recommend medical foods for the treatment of chronic pain, as they have not been shown to produce meaningful benefits or improvements in functional outcomes.",
            ],
            [
                "In this case, there is no documentation of a disease or condition with distinctive nutritional requirements.",
                "The records do not describe any deficiency that {drug} is intended to correct.",
                "The treater does not explain why {patient} cannot meet nutritional needs with a normal diet.",
            ],
            [
                "In this case, the treater documents a specific nutritional deficiency with laboratory confirmation.",
            ]),
        [
            new(["Theramine", "Sentra PM", "Sentra AM", "Trepadone", "Gabadone"], ["capsules"]),
        ]);

    public static readonly IReadOnlyList<TreatmentKind> All =
        [Opioids, Nsaids, MuscleRelaxants, Anticonvulsants, TopicalAnalgesics, ProtonPumpInhibitors, Antidepressants, Benzodiazepines, SleepAids, MedicalFoods];
}
