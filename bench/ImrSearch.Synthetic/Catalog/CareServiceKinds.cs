using static ImrSearch.Synthetic.Catalog.Guidelines;

namespace ImrSearch.Synthetic.Catalog;

/// <summary>Home health, psychological care, programs and services (functional restoration, consultations, visits).</summary>
public static class CareServiceKinds
{
    public static readonly TreatmentKind HomeHealth = new(
        "Home health", TreatmentFamily.HomeHealth, 1.5, 0.07, RegionUse.None,
        ["Home health care {perWeek} hours per day, 7 days a week", "Home health aide {plan}", "Home health services", "Home health nursing evaluation", "Home care assistance 4 hours per day x 6 weeks"],
        ["home health care", "the home health services", "home health assistance"],
        QuantityProfile.Visits,
        [ChronicPain("Home health services", "51")],
        [Odg("Low Back", "Home health services")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, page 51, recommend home health services only for otherwise recommended medical treatment for patients who are homebound, on a part-time or intermittent basis, generally up to no more than 35 hours per week.",
                "Per the MTUS, medical treatment does not include homemaker services like shopping, cleaning, and laundry, and personal care given by home health aides like bathing, dressing, and using the bathroom when this is the only care needed.",
            ],
            [
                "In this case, there is no documentation that {patient} is homebound; {patient} attended the most recent office visit without assistance.",
                "The services requested appear to be homemaker and personal care services, which are not considered medical treatment under the guidelines.",
                "The request exceeds 35 hours per week, which is beyond the guideline limit.",
            ],
            [
                "In this case, {patient} is homebound following surgery, and the services requested are skilled nursing and wound care on an intermittent basis.",
            ]));

    private static readonly string[] PsychAgainst =
    [
        "In this case, {patient} has already completed {prior} sessions of psychotherapy without documentation of objective functional improvement.",
        "There is no psychological evaluation on file establishing a diagnosis and a treatment plan with measurable goals.",
        "The progress notes do not include standardized measures, such as the BDI or BAI, to track the response to treatment.",
        "The number of sessions requested exceeds the initial trial recommended by the guidelines.",
    ];

    private static readonly string[] PsychFor =
    [
        "In this case, {patient} has a documented diagnosis of major depressive disorder related to chronic pain, and a psychological evaluation recommended a course of treatment with specific goals.",
        "{Patient} completed an initial trial of sessions with documented improvement in BDI scores and in daily functioning, which supports additional sessions.",
        "The treater documents that pain-related fear and avoidance are barriers to participation in rehabilitation.",
    ];

    public static readonly TreatmentKind Psychotherapy = new(
        "Psychotherapy", TreatmentFamily.Psychological, 1.6, 0.13, RegionUse.None,
        ["Psychotherapy {plan}", "{count} sessions of psychotherapy", "Individual psychotherapy once a week for {weeks} weeks", "Psychological treatment", "Psychotherapy sessions"],
        ["psychotherapy", "the psychotherapy sessions", "psychological treatment"],
        QuantityProfile.Visits,
        [ChronicPain("Psychological treatment", "101-102"), ChronicPain("Behavioral interventions", "23"), AcoemChapter(15, "Stress Related Conditions", "Treatment", "398, 405")],
        [Odg("Mental Illness & Stress", "Psychotherapy guidelines"), Odg("Mental Illness & Stress", "Cognitive therapy for depression")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, pages 101-102, recommend psychological treatment for appropriately identified patients during treatment for chronic pain.",
                "Per page 23 of the MTUS, behavioral interventions are recommended, with an initial trial of 3-4 psychotherapy visits over 2 weeks and, with evidence of objective functional improvement, a total of up to 6-10 visits over 5-6 weeks.",
                "ODG psychotherapy guidelines allow up to 13-20 visits over 7-20 weeks if progress is being made, and note that the provider should evaluate symptom improvement during the process so that treatment failures can be identified early.",
                "ACOEM Chapter 15, page 405, states that the frequency of follow-up visits may be determined by the severity of symptoms, whether the patient was referred for further testing and/or psychotherapy, and whether the patient is missing work.",
            ],
            [.. PsychAgainst],
            [.. PsychFor]));

    public static readonly TreatmentKind CognitiveBehavioralTherapy = new(
        "Cognitive behavioral therapy", TreatmentFamily.Psychological, 1.0, 0.11, RegionUse.None,
        ["Cognitive behavioral therapy {plan}", "Cognitive behavioral therapy (CBT) {count} sessions", "CBT sessions", "Pain psychology CBT {plan}"],
        ["cognitive behavioral therapy", "CBT", "the CBT sessions"],
        QuantityProfile.Visits,
        [ChronicPain("Behavioral interventions", "23"), ChronicPain("Cognitive behavioral therapy (CBT)", "23")],
        [Odg("Mental Illness & Stress", "Cognitive therapy for depression")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, page 23, recommend screening for patients with risk factors for delayed recovery, including fear avoidance beliefs, and an initial therapy referral for these patients to physical medicine for exercise instruction, using a cognitive motivational approach to physical medicine.",
                "Per the MTUS, separate psychotherapy CBT referral should be considered after 4 weeks if there is a lack of progress from physical medicine alone, with an initial trial of 3-4 visits over 2 weeks.",
            ],
            [.. PsychAgainst],
            [.. PsychFor]));

    public static readonly TreatmentKind Biofeedback = new(
        "Biofeedback", TreatmentFamily.Psychological, 0.6, 0.06, RegionUse.None,
        ["Biofeedback {plan}", "Biofeedback therapy {count} sessions", "Biofeedback sessions"],
        ["biofeedback", "the biofeedback sessions"],
        QuantityProfile.Visits,
        [ChronicPain("Biofeedback", "24-25")],
        [Odg("Pain", "Biofeedback")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, pages 24-25, do not recommend biofeedback as a stand-alone treatment, but recommend it as an option in a cognitive behavioral therapy program to facilitate exercise therapy and return to activity.",
                "Per the MTUS biofeedback therapy guidelines, an initial trial of 3-4 psychotherapy visits over 2 weeks is recommended, with up to 6-10 visits over 5-6 weeks with evidence of objective functional improvement.",
            ],
            [
                .. PsychAgainst,
                "The biofeedback is not requested as part of a cognitive behavioral therapy program, and as a stand-alone treatment it is not recommended.",
            ],
            [.. PsychFor]));

    public static readonly TreatmentKind PsychiatricConsultation = new(
        "Psychological evaluation", TreatmentFamily.Psychological, 0.8, 0.24, RegionUse.None,
        ["Psychiatric consultation", "Psychological evaluation", "Psychiatric evaluation", "Psychological evaluation and testing"],
        ["the psychiatric consultation", "the psychological evaluation", "psychiatric referral"],
        QuantityProfile.Single,
        [ChronicPain("Psychological evaluations", "100-101"), AcoemChapter(15, "Stress Related Conditions", "Referral", "398"), AcoemChapter(7, "Independent Medical Examinations and Consultations", "Consultation", "127")],
        [Odg("Mental Illness & Stress", "Office visits")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, pages 100-101, recommend psychological evaluations, noting they are generally accepted, well-established diagnostic procedures not only with selected use in pain problems but also with more widespread use in chronic pain populations.",
                "ACOEM Chapter 15, page 398, states that specialty referral may be necessary when patients have significant psychopathology or serious medical comorbidities.",
                "ACOEM Chapter 7, page 127, states that the occupational health practitioner may refer to other specialists if a diagnosis is uncertain or extremely complex, when psychosocial factors are present, or when the plan or course of care may benefit from additional expertise.",
            ],
            [
                "In this case, the treater does not document psychological symptoms or a clinical question that the consultation would answer.",
                "{Patient} is already under the care of a psychologist, and the reason for an additional evaluation was not explained.",
            ],
            [
                "In this case, {patient} reports depressed mood, poor sleep and passive suicidal ideation, and the treating physician is uncomfortable managing these symptoms.",
                "The diagnosis is uncertain and psychosocial factors are clearly impeding recovery, which is precisely when ACOEM supports referral.",
            ]));

    public static readonly TreatmentKind FunctionalRestoration = new(
        "Functional restoration program", TreatmentFamily.ProgramOrService, 1.0, 0.14, RegionUse.None,
        ["Functional restoration program {count} days", "Functional restoration program evaluation", "Functional restoration program (FRP) x 80 hours", "Multidisciplinary functional restoration program"],
        ["the functional restoration program", "the FRP", "the multidisciplinary program"],
        QuantityProfile.Visits,
        [ChronicPain("Functional restoration programs (FRPs)", "30-34"), ChronicPain("Chronic pain programs (functional restoration programs)", "30-34"), ChronicPain("Functional restoration programs (FRPs)", "49")],
        [Odg("Pain", "Functional restoration programs (FRPs)")],
        new RationaleProfile(
            [
                "The MTUS Chronic Pain Medical Treatment Guidelines, pages 30-34, recommend functional restoration programs where there is access to programs with proven successful outcomes, for patients with conditions that put them at risk of delayed recovery.",
                "Per the MTUS, criteria include an adequate and thorough evaluation with baseline functional testing, failure of previous methods of treating chronic pain, a significant loss of the ability to function independently, the patient not being a candidate for surgery, motivation to change, and negative predictors of success having been addressed.",
                "The MTUS states that treatment is not suggested for longer than 2 weeks without evidence of demonstrated efficacy as documented by subjective and objective gains.",
            ],
            [
                "In this case, there is no baseline functional testing, and the negative predictors of success, including the length of time off work, were not addressed.",
                "{Patient} is still being considered for surgery, which is an exclusion for a functional restoration program.",
                "The request for a full program exceeds the initial 2-week trial recommended by the guidelines.",
            ],
            [
                "In this case, {patient} completed a thorough multidisciplinary evaluation, is not a surgical candidate, has failed conservative care, and is motivated to return to work.",
            ]));

    public static readonly TreatmentKind GymMembership = new(
        "Gym membership", TreatmentFamily.ProgramOrService, 0.5, 0.02, RegionUse.None,
        ["Gym membership for 6 months", "Gym membership with pool access", "12-month gym membership"],
        ["the gym membership", "a gym membership"],
        QuantityProfile.Single,
        [Odg("Low Back", "Gym memberships")],
        [Odg("Low Back", "Gym memberships"), Odg("Knee & Leg", "Gym memberships")],
        new RationaleProfile(
            [
                "The MTUS does not address gym memberships; ODG does not recommend them as a medical prescription unless a documented home exercise program with periodic assessment and revision has not been effective and there is a need for equipment.",
                "ODG further states that treatment needs to be monitored and administered by medical professionals, and that with unsupervised programs there is no information flow back to the provider.",
            ],
            [
                "In this case, there is no documentation that a home exercise program has been ineffective or that special equipment is needed.",
                "The gym program would be unsupervised, with no medical oversight or information flow back to the treater.",
            ],
            [
                "In this case, a supervised home exercise program failed and the therapist documents a specific need for pool access.",
            ]));

    public static readonly TreatmentKind WeightLoss = new(
        "Weight loss program", TreatmentFamily.ProgramOrService, 0.4, 0.06, RegionUse.None,
        ["Weight loss program", "Medically supervised weight loss program (LA Weight Loss) x 10 weeks", "Weight Watchers program"],
        ["the weight loss program", "a weight loss program"],
        QuantityProfile.Single,
        [Literature("Tsai AG, Wadden TA. Systematic review: an evaluation of major commercial weight loss programs in the United States. Ann Intern Med. 2005;142(1):56-66")],
        [Odg("Diabetes", "Lifestyle (diet & exercise) modifications")],
        new RationaleProfile(
            [
                "The MTUS and ODG are silent regarding weight loss programs; the literature indicates that the evidence to support the use of major commercial weight loss programs in the United States is suboptimal.",
                "Per the literature, physician-directed weight loss programs are appropriate when a patient has failed to lose weight through caloric restriction and increased physical activity.",
            ],
            [
                "In this case, there is no documentation of failed attempts at weight loss through diet and exercise, nor of {patient}'s current body mass index.",
            ],
            [
                "In this case, {patient}'s body mass index exceeds 35, documented attempts at diet and exercise have failed, and weight loss is a prerequisite for the planned surgery.",
            ]));

    public static readonly TreatmentKind Transportation = new(
        "Transportation", TreatmentFamily.ProgramOrService, 0.3, 0.08, RegionUse.None,
        ["Transportation to and from medical appointments", "Round-trip medical transportation"],
        ["transportation", "the transportation services"],
        QuantityProfile.Few,
        [Odg("Knee & Leg", "Transportation (to & from appointments)")],
        [Odg("Knee & Leg", "Transportation (to & from appointments)")],
        new RationaleProfile(
            [
                "ODG recommends transportation to and from appointments as medically necessary for patients with disabilities preventing them from self-transport.",
            ],
            [
                "In this case, {patient} drove to the most recent office visit, and no disability preventing self-transport was documented.",
            ],
            [
                "In this case, {patient} is restricted from driving after surgery and has no other means of reaching appointments.",
            ]));

    public static readonly TreatmentKind Consultation = new(
        "Consultation", TreatmentFamily.ProgramOrService, 0.8, 0.28, RegionUse.Sometimes,
        ["Pain management consultation", "Orthopedic consultation for the {regionItem}", "Spine surgery consultation", "Consultation with a neurologist", "Referral to a pain management specialist"],
        ["the consultation", "the referral", "specialist consultation"],
        QuantityProfile.Single,
        [AcoemChapter(7, "Independent Medical Examinations and Consultations", "Consultation", "127"), AcoemSurgery()],
        [Odg("Pain", "Office visits")],
        new RationaleProfile(
            [
                "ACOEM Chapter 7, page 127, states that the occupational health practitioner may refer to other specialists if a diagnosis is uncertain or extremely complex, when psychosocial factors are present, or when the plan or course of care may benefit from additional expertise.",
                "ODG states that the need for a clinical office visit with a health care provider is individualized based upon a review of the patient concerns, signs and symptoms, clinical stability, and reasonable physician judgment.",
            ],
            [
                "In this case, the treater does not explain the clinical question the consultation is meant to answer.",
                "{Patient} is not a surgical candidate and has no surgical lesion on imaging, so that a surgical consultation would not change the plan of care.",
            ],
            [
                "In this case, {patient} has persistent {complaint} despite months of conservative care, and the diagnosis remains uncertain, which supports referral to a specialist.",
                "{Patient} has been on escalating opioid doses, and a pain management consultation would benefit the plan of care.",
            ]));

    public static readonly TreatmentKind OfficeVisits = new(
        "Office visit", TreatmentFamily.ProgramOrService, 0.5, 0.32, RegionUse.None,
        ["Follow-up visits", "Monthly follow-up visits x 6", "Follow-up visit with the primary treating physician", "Office visit every 4-6 weeks"],
        ["the follow-up visits", "the office visits"],
        QuantityProfile.Few,
        [AcoemChapter(7, "Independent Medical Examinations and Consultations", "Consultation", "127")],
        [Odg("Pain", "Office visits")],
        new RationaleProfile(
            [
                "ODG states that the need for a clinical office visit is individualized based upon a review of the patient concerns, signs and symptoms, clinical stability, and reasonable physician judgment, and that the determination is based on what medications the patient is taking.",
                "The ACOEM Guidelines note that frequency of follow-up visits may be determined by the severity of symptoms and whether the patient is missing work.",
            ],
            [
                "In this case, the request is for an open-ended number of visits, which does not allow for reassessment of need.",
            ],
            [
                "In this case, {patient} is on medications that require monitoring, and periodic follow-up is reasonable.",
            ]));

    public static readonly IReadOnlyList<TreatmentKind> All =
        [HomeHealth, Psychotherapy, CognitiveBehavioralTherapy, Biofeedback, PsychiatricConsultation, FunctionalRestoration, GymMembership, WeightLoss, Transportation, Consultation, OfficeVisits];
}
