using ImrSearch.Domain;

namespace ImrSearch.Tests.Search;

/// <summary>
/// Determinations written for search tests: each sentence is there to be found (or not) by one rule.
/// </summary>
internal static class SearchSamples
{
    public static Determination ReturnToWork() => Letter(
        "CM15-0000001", "rtw.txt", new DateOnly(2015, 3, 2), ["Physical Medicine and Rehabilitation"], 52, "female",
        "The patient is a 52-year-old female with chronic low back pain. She is not working at present.",
        Item(0, "Chiropractic manipulation", "Chiropractic", "Lumbar spine", Decision.Upheld,
            "MTUS recommends a trial of 6 visits. For flare-ups, if return to work is achieved, then 1 to 2 visits every 4 to 6 months. The treater does not indicate that return to work is achieved; therefore continued visits are not supported."),
        Item(1, "Physical therapy 12 visits", "Physical therapy", "Lumbar spine", Decision.Overturned,
            "Prior PT produced functional improvement with objective gains. The requested therapy is medically necessary."));

    public static Determination WorkWithoutReturn() => Letter(
        "CM15-0000002", "work.txt", new DateOnly(2014, 7, 15), ["Occupational Medicine"], 44, "male",
        "The patient is a 44-year-old male injured at work; the knee was examined and found stable.",
        Item(0, "Acupuncture 8 sessions", "Acupuncture", "Knee", Decision.Upheld,
            "The patient wants to return to full duty. Work restrictions were unchanged after acupuncture. No functional improvement was documented, so more sessions are not indicated."),
        Item(1, "MRI of the knee", "MRI", "Knee", Decision.Upheld,
            "There are no red flags on examination. Imaging is not recommended before a period of conservative care."));

    public static Determination ScriptInLetter() => Letter(
        "CM16-0000003", "script.txt", new DateOnly(2016, 11, 30), ["Orthopedic Surgery"], 61, "female",
        "The patient is a 61-year-old female after shoulder surgery.",
        Item(0, "Post-operative physical therapy <script>alert('x')</script>", "Physical therapy", "Shoulder", Decision.Overturned,
            "Physical therapy after rotator cuff repair is supported. The note <script>alert('x')</script> was in the record & is shown as text."));

    public static Determination[] All() => [ReturnToWork(), WorkWithoutReturn(), ScriptInLetter()];

    private static DecidedItem Item(int index, string item, string treatment, string? region, Decision decision, string rationale) => new(
        index, item, null, treatment, region, decision,
        "Decision based on MTUS ACOEM Chapter 12 Low Back Complaints.",
        "Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Manual therapy & manipulation, pages 58-60.",
        [
            new GuidelineCitation("ACOEM", "ACOEM Chapter 12 Low Back Complaints", null, null, CitedBy.ClaimsAdministrator),
            new GuidelineCitation("MTUS", "Chronic Pain Medical Treatment Guidelines", "Manual Therapy & Manipulation", "58-60", CitedBy.ImrOrganization),
        ],
        rationale);

    private static Determination Letter(
        string caseId, string source, DateOnly decided, string[] specialties, int age, string sex, string summary, params DecidedItem[] items) => new(
        caseId,
        caseId,
        source,
        new LetterDates(DecisionDate: decided),
        new ReviewerCredentials(specialties, ["California"], "Board certified in " + string.Join(", ", specialties)),
        new PatientFacts(age, sex, new DateOnly(decided.Year - 2, 1, 15)),
        summary,
        items);
}
