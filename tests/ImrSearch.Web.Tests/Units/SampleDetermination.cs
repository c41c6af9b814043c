using ImrSearch.Domain;

namespace ImrSearch.Web.Tests.Units;

/// <summary>A determination written out by hand for tests that need one without an index.</summary>
internal static class SampleDetermination
{
    public static Determination Create(string rationale = "Recommendation is for denial of <b>manual</b> therapy.") => new(
        "CM13-0012345",
        "CM13-0012345",
        "000_sample.txt",
        new LetterDates(new DateOnly(2014, 11, 5), null, new DateOnly(2014, 10, 22), null),
        new ReviewerCredentials(["Physical Medicine and Rehabilitation", "Interventional Spine"], ["California"],
            "The expert reviewer is Board Certified in Physical Medicine and Rehabilitation."),
        new PatientFacts(49, "female", new DateOnly(1999, 7, 21)),
        "The patient is a 49-year-old female.\n\n# Not a heading: a second paragraph.",
        [
            new DecidedItem(0, "Chirocare 2x4-6", null, "Chiropractic", "Lumbar spine", Decision.Upheld,
                "Decision based on MTUS ACOEM Page(s): 298-301.",
                "Decision based on MTUS Chronic Pain Treatment Guidelines Manual Therapy and Manipulation topic Page(s): 58.",
                [new GuidelineCitation("MTUS", "Chronic Pain Medical Treatment Guidelines", "Manual Therapy & Manipulation", "58", CitedBy.ImrOrganization)],
                rationale),
            new DecidedItem(1, "MRI Lumbar Spine", 1m, "MRI", "Lumbar spine", Decision.Overturned,
                "Decision based on MTUS ACOEM Page(s): 303-304.",
                "Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304.",
                [],
                "Imaging is supported when red-flag diagnoses are being evaluated."),
        ]);
}
