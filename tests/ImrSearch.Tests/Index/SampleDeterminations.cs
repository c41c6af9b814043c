using ImrSearch.Domain;

namespace ImrSearch.Tests.Index;

/// <summary>Determinations written by hand after two seed letters (002 and 004), for index tests that need no parser.</summary>
internal static class SampleDeterminations
{
    public static Determination NeurologyPhysicalTherapy(string source = "002.txt") => new(
        CaseId: "CM14-0201234",
        CaseNumber: "CM14-0201234",
        Source: source,
        Dates: new LetterDates(DecisionDate: new DateOnly(2015, 1, 20), DateAssigned: new DateOnly(2014, 12, 10)),
        Reviewer: new ReviewerCredentials(["Neurology", "Neuromuscular Medicine"], ["New Jersey", "Michigan", "California"],
            "State(s) of Licensure: New Jersey, Michigan, California Certification(s)/Specialty: Neurology, Neuromuscular Medicine"),
        Patient: new PatientFacts(40, "male", new DateOnly(2014, 1, 31)),
        Summary: "The patient is a 40-year-old man who sustained a work-related injury on January 31, 2014. Prior treatments included: 4 sessions of physical therapy, medications, and chiropractic therapy.",
        Decisions:
        [
            new DecidedItem(0, "Physical therapy", 12m, "Physical therapy", "Lumbar spine", Decision.Upheld,
                "Decision based on MTUS ACOEM Chapter 12 Low Back Complaints.",
                "Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98.",
                [
                    new GuidelineCitation("ACOEM", "ACOEM Chapter 12 Low Back Complaints", null, null, CitedBy.ClaimsAdministrator),
                    new GuidelineCitation("MTUS", "Chronic Pain Medical Treatment Guidelines", "Physical Medicine", "98", CitedBy.ImrOrganization),
                ],
                "In this case, the patient underwent 4 sessions of physical therapy sessions without documentation of clear benefit. Therefore, physical Therapy 12 visits is not medically necessary."),
            new DecidedItem(1, "Chiropractic treatments", 12m, "Chiropractic", "Lumbar spine", Decision.Upheld,
                "Decision based on Non-MTUS Citation ODG Low Back.",
                "Decision based on MTUS Chronic Pain Treatment Guidelines Manual therapy & manipulation Page(s): 58-59.",
                [
                    new GuidelineCitation("ODG", "ODG Low Back", null, null, CitedBy.ClaimsAdministrator),
                    new GuidelineCitation("MTUS", "Chronic Pain Medical Treatment Guidelines", "Manual Therapy & Manipulation", "58-59", CitedBy.ImrOrganization),
                ],
                "Chiropractic manipulations are recommended for chronic pain caused by musculoskeletal conditions. The patient had prior chiropractic therapy without documented functional improvement."),
        ]);

    public static Determination PreventiveMedicineMri(string source = "004.txt") => new(
        CaseId: "CM15-0171234",
        CaseNumber: null,
        Source: source,
        Dates: LetterDates.None,
        Reviewer: new ReviewerCredentials(["Preventive Medicine", "Occupational Medicine"], ["Texas", "New York", "California"],
            "State(s) of Licensure: Texas, New York, California"),
        Patient: new PatientFacts(51, null, new DateOnly(2014, 5, 19)),
        Summary: "The applicant is a represented 51-year-old who has filed a claim for chronic low back pain (LBP). Epidural steroid injection therapy was sought. The applicant also received at least 12 prior sessions of PT.",
        Decisions:
        [
            new DecidedItem(0, "12 sessions of physical therapy", null, "Physical therapy", "Lumbar spine", Decision.Upheld,
                "Decision based on MTUS Chronic Pain Medical Treatment Guidelines.",
                "Decision based on MTUS Chronic Pain Medical Treatment Guidelines Physical Medicine Page(s): 99.",
                [new GuidelineCitation("MTUS", "Chronic Pain Medical Treatment Guidelines", "Physical Medicine", "99", CitedBy.ImrOrganization)],
                "No, the request for 12 sessions of PT was not medically necessary. The applicant was off work, on total temporary disability, and had already had 12 prior sessions."),
            new DecidedItem(1, "MRI of the lumbar spine", null, "MRI", "Lumbar spine", Decision.Overturned,
                "Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304.",
                "Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304.",
                [
                    new GuidelineCitation("ACOEM", "ACOEM Chapter 12 Low Back Complaints", null, "303-304", CitedBy.ClaimsAdministrator),
                    new GuidelineCitation("ACOEM", "ACOEM Chapter 12 Low Back Complaints", null, "304", CitedBy.ImrOrganization),
                ],
                "Yes, the request for MRI imaging of the lumbar spine was medically necessary. The attending provider, an orthopedic surgeon, is considering surgical intervention; the applicant's epidural steroid injections gave only minimal relief."),
        ]);
}
