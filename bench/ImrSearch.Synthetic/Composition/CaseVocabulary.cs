namespace ImrSearch.Synthetic.Composition;

/// <summary>The everyday words of workers' compensation case files: jobs, mechanisms of injury, work status, providers.</summary>
public static class CaseVocabulary
{
    public static readonly string[] Occupations =
    [
        "warehouse worker", "truck driver", "registered nurse", "correctional officer", "office worker", "janitor",
        "firefighter", "grocery clerk", "machine operator", "home health aide", "police officer", "teacher",
        "construction laborer", "farm worker", "bus driver", "custodian", "certified nursing assistant", "cashier",
        "delivery driver", "forklift operator", "electrician", "carpenter", "food service worker", "mechanic",
        "hotel housekeeper", "security guard", "medical assistant", "welder", "landscaper", "stocker",
    ];

    public static readonly string[] Mechanisms =
    [
        "lifting a heavy box", "pulling a loaded pallet jack", "slipping on a wet floor", "falling from a ladder",
        "restraining a combative patient", "performing repetitive keyboarding", "unloading a truck",
        "being rear-ended while driving a company vehicle", "transferring a patient from a bed to a wheelchair",
        "carrying roofing materials", "tripping over a hose", "pushing a heavy cart", "stepping off a loading dock",
        "reaching overhead to stock shelves", "being struck by a falling object",
    ];

    public static readonly string[] WorkStatuses =
    [
        "off of work, on total temporary disability", "working modified duty", "not working",
        "working full duty", "off work", "working with a 25-pound lifting limitation", "on light duty",
        "permanent and stationary and not working",
    ];

    public static readonly string[] Specialists =
    [
        "an orthopedic spine surgeon", "a pain management physician", "the primary treating physician",
        "an orthopedic surgeon", "a physiatrist", "a chiropractor", "the treating neurologist",
        "an occupational medicine physician",
    ];

    public static readonly string[] PriorTreatments =
    [
        "physical therapy", "chiropractic manipulation", "acupuncture", "medications", "epidural steroid injections",
        "a home exercise program", "activity modification", "a TENS unit", "trigger point injections", "bracing",
        "massage therapy", "cognitive behavioral therapy",
    ];

    public static readonly string[] Medications =
    [
        "Norco", "tramadol", "naproxen", "ibuprofen", "cyclobenzaprine", "gabapentin", "Lyrica", "omeprazole",
        "meloxicam", "Lidoderm patches", "tizanidine", "Ambien", "Cymbalta", "topical compounds", "Percocet",
        "Celebrex", "Soma", "OxyContin",
    ];

    public static readonly string[] Durations =
    [
        "since at least 2013", "for several months", "for over a year", "on a long-term basis",
        "for an extended period", "chronically", "for at least six months", "since the date of injury",
    ];

    public static readonly string[] UrReasons =
    [
        "there was no documentation of functional improvement",
        "the request exceeded guideline recommendations",
        "the clinical information submitted did not support the request",
        "the medical necessity had not been established",
        "the request was not supported by the MTUS",
    ];

    public static readonly string[] PatientTermsPatient = ["the patient", "the patient", "the injured worker"];

    public static readonly string[] PainScores = ["9/10", "8/10", "7/10", "6/10", "8-9/10", "7-8/10"];

    public static readonly string[] ReducedPainScores = ["3/10", "4/10", "5/10", "2-3/10", "4-5/10"];
}
