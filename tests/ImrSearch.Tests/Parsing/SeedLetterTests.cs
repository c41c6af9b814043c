using ImrSearch.Domain;

namespace ImrSearch.Tests.Parsing;

/// <summary>
/// Every field of every seed letter, against values read from the letters by hand: ten decided items, nine Upheld
/// and one Overturned (004's lumbar MRI).
/// </summary>
public class SeedLetterTests
{
    private static GuidelineCitation Ca(string source, string document, string? topic = null, string? pages = null, int? edition = null) =>
        new(source, document, topic, pages, CitedBy.ClaimsAdministrator, Edition: edition is { } year ? new GuidelineEdition(year, null) : null);

    private static GuidelineCitation Imr(string source, string document, string? topic = null, string? pages = null, int? edition = null) =>
        new(source, document, topic, pages, CitedBy.ImrOrganization, Edition: edition is { } year ? new GuidelineEdition(year, null) : null);

    [Fact]
    public void The_five_seeds_hold_ten_items_nine_upheld_one_overturned()
    {
        var items = SeedLetters.All.SelectMany(name => SeedLetters.Parse(name).Decisions).ToList();

        Assert.Equal(10, items.Count);
        Assert.Equal(9, items.Count(i => i.Decision == Decision.Upheld));
        Assert.Equal("MRI of the lumbar spine", Assert.Single(items, i => i.Decision == Decision.Overturned).Item);
    }

    [Fact]
    public void Seed_000_sentence_credentials_double_spaced_one_chiropractic_item()
    {
        var d = SeedLetters.Parse(SeedLetters.Letter000);

        Assert.Equal("000_f245a003faefca76", d.CaseId);
        Assert.Null(d.CaseNumber);
        Assert.Equal(SeedLetters.Letter000, d.Source);
        Assert.Equal(LetterDates.None, d.Dates);
        Assert.Null(d.DecisionYear);
        Assert.Equal(["Physical Medicine and Rehabilitation", "Interventional Spine"], d.Reviewer.Specialties);
        Assert.Equal(["California"], d.Reviewer.Licensure);
        Assert.Equal(
            "The expert reviewer is Board Certified in Physical Medicine and Rehabilitation, has a subspecialty in Interventional Spine and is licensed to practice in California.",
            d.Reviewer.Statement);
        Assert.Equal(new PatientFacts(49, "female", new DateOnly(1999, 7, 21)), d.Patient);
        Assert.StartsWith("The patient is a 49-year-old female with a date of injury of 07/21/1999. The listed diagnoses per are:1. Lumbosacral sprain/strain.2. Sacroiliac sprain/strain.According to progress report 09/10/2014,", d.Summary);
        Assert.EndsWith("Treatment reports from 02/05/2014 through 09/10/2014 were reviewed.", d.Summary);
        Assert.DoesNotContain("expert reviewer developed", d.Summary);

        var item = Assert.Single(d.Decisions);
        Assert.Equal(0, item.Index);
        Assert.Equal("Retrospective Review of one visit for Chiropractic Treatment for the Lower Back", item.Item);
        Assert.Null(item.Quantity);
        Assert.Equal("Chiropractic", item.Treatment);
        Assert.Equal("Lumbar spine", item.BodyRegion);
        Assert.Equal(Decision.Upheld, item.Decision);
        Assert.Equal(
            "The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation ACOEM https://www.acoempracguides.org/Low Back; Table 2 Summary of Recommendations, Low Back Disorders",
            item.ClaimsAdministratorGuideline);
        Assert.Equal("Decision based on MTUS Postsurgical Treatment Guidelines Page(s): 58-59.", item.ImrGuideline);
        Assert.Equal(
            [
                Ca("ACOEM", "ACOEM Low Back Disorders", "Table 2 Summary of Recommendations"),
                Imr("MTUS", "Postsurgical Treatment Guidelines", pages: "58-59"),
            ],
            item.Citations);
        Assert.StartsWith("This patient presents with a flare-up of low back, left sacroiliac, and left thigh pain. The treater is requesting \"Retrospective Review", item.Rationale);
        Assert.EndsWith("continued chiro visits for flare- ups are not supported. Recommendation is for denial.", item.Rationale);
    }

    [Fact]
    public void Seed_001_three_items_and_a_paragraph_split_by_a_page_break()
    {
        var d = SeedLetters.Parse(SeedLetters.Letter001);

        Assert.Equal("001_a2d9d1ce07a723b3", d.CaseId);
        Assert.Null(d.CaseNumber);
        Assert.Equal(LetterDates.None, d.Dates);
        Assert.Equal(["Occupational Medicine"], d.Reviewer.Specialties);
        Assert.Equal(["California"], d.Reviewer.Licensure);
        Assert.Equal("The expert reviewer is Board Certified in Occupational Medicine and is licensed to practice in California.", d.Reviewer.Statement);
        Assert.Equal(new PatientFacts(null, null, new DateOnly(2013, 5, 21)), d.Patient);
        Assert.StartsWith("The applicant is a represented employee who has filed a claim for neck and low back pain reportedly associated with an industrial injury of May 21, 2013.", d.Summary);
        Assert.EndsWith("The applicant was described as having intact sensorium about the upper and lower extremities.", d.Summary);

        Assert.Equal(3, d.Decisions.Count);
        var chiro = d.Decisions[0];
        Assert.Equal((0, "Chirocare 2x4-6", (decimal?)null, "Chiropractic", (string?)null, Decision.Upheld),
            (chiro.Index, chiro.Item, chiro.Quantity, chiro.Treatment, chiro.BodyRegion, chiro.Decision));
        Assert.Equal("Decision based on MTUS ACOEM Page(s): 298-301. Decision based on Non-MTUS Citation ODG Chiropractic Guidelines", chiro.ClaimsAdministratorGuideline);
        Assert.Equal("Decision based on MTUS Chronic Pain Treatment Guidelines Manual Therapy and Manipulation topic Page(s): 58.", chiro.ImrGuideline);
        Assert.Equal(
            [
                Ca("MTUS", "ACOEM Practice Guidelines (2004)", pages: "298-301"),
                Ca("ODG", "Official Disability Guidelines", "Chiropractic"),
                Imr("MTUS", "Chronic Pain Medical Treatment Guidelines", "Manual Therapy and Manipulation", "58"),
            ],
            chiro.Citations);
        Assert.StartsWith("As noted on page 58 of the MTUS Chronic Pain Medical Treatment Guidelines,", chiro.Rationale);
        Assert.EndsWith("Therefore, the request is not medically necessary.", chiro.Rationale);

        var cervical = d.Decisions[1];
        Assert.Equal((1, "MRI Cervical Spine", (decimal?)null, "MRI", "Cervical spine", Decision.Upheld),
            (cervical.Index, cervical.Item, cervical.Quantity, cervical.Treatment, cervical.BodyRegion, cervical.Decision));
        // "303-\n\n304" in the letter: the hyphenated page range is rejoined.
        Assert.Equal("Decision based on MTUS ACOEM Page(s): 177-178, 303-304. Decision based on Non-MTUS Citation ODG (http://www.odg-twc.com/neck.htm", cervical.ClaimsAdministratorGuideline);
        Assert.Equal("Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): Table 8-8, 182.", cervical.ImrGuideline);
        Assert.Equal(
            [
                Ca("MTUS", "ACOEM Practice Guidelines (2004)", pages: "177-178, 303-304"),
                Ca("ODG", "ODG Neck and Upper Back Chapter"),
                Imr("MTUS", "ACOEM Chapter 8 Neck and Upper Back Complaints", pages: "Table 8-8, 182"),
            ],
            cervical.Citations);
        Assert.StartsWith("While the MTUS Guideline in ACOEM Chapter 8, Table 8-8, page 182 does recommend MRI", cervical.Rationale);
        Assert.EndsWith("which would compel the cervical MRI in question. Therefore, the request is not medically necessary.", cervical.Rationale);

        var lumbar = d.Decisions[2];
        Assert.Equal((2, "MRI Lumbar Spine", (decimal?)null, "MRI", "Lumbar spine", Decision.Upheld),
            (lumbar.Index, lumbar.Item, lumbar.Quantity, lumbar.Treatment, lumbar.BodyRegion, lumbar.Decision));
        Assert.Equal(cervical.ClaimsAdministratorGuideline, lumbar.ClaimsAdministratorGuideline);
        Assert.Equal("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304.", lumbar.ImrGuideline);
        Assert.Equal(
            [
                Ca("MTUS", "ACOEM Practice Guidelines (2004)", pages: "177-178, 303-304"),
                Ca("ODG", "ODG Neck and Upper Back Chapter"),
                Imr("MTUS", "ACOEM Chapter 12 Low Back Complaints", pages: "304"),
            ],
            lumbar.Citations);
        // "red-\n\nflag" rejoins; the page-break gap after "no mention" joins the sentence, one paragraph.
        Assert.Equal(
            "As noted in the MTUS-adopted ACOEM Guidelines in Chapter 12, page 304, imaging studies should be reserved for cases in which surgery is being considered or red-flag diagnoses are being evaluated. In this case, as with the cervical spine, there was no mention of the applicant's considering or contemplating any kind of surgical remedy or invasive procedure involving the lumbar spine. It was not clearly stated how (or if) the proposed lumbar MRI would influence the treatment plant. Therefore, the request is not medically necessary.",
            lumbar.Rationale);
    }

    [Fact]
    public void Seed_002_block_credentials_single_spaced_qty_suffixes_and_curly_quotes()
    {
        var d = SeedLetters.Parse(SeedLetters.Letter002);

        Assert.Equal("002_4a2d757b333d288b", d.CaseId);
        Assert.Null(d.CaseNumber);
        Assert.Equal(LetterDates.None, d.Dates);
        Assert.Equal(["Neurology", "Neuromuscular Medicine"], d.Reviewer.Specialties);
        Assert.Equal(["New Jersey", "Michigan", "California"], d.Reviewer.Licensure);
        Assert.Equal("State(s) of Licensure: New Jersey, Michigan, California\nCertification(s)/Specialty: Neurology, Neuromuscular Medicine", d.Reviewer.Statement);
        Assert.Equal(new PatientFacts(40, "male", new DateOnly(2014, 1, 31)), d.Patient);
        Assert.StartsWith("The patient is a 40-year-old man who sustained a work-related injury on January 31, 2014. Subsequently,", d.Summary);
        Assert.EndsWith("The provider requested authorization for physical therapy and chiropractic treatment.", d.Summary);

        Assert.Equal(2, d.Decisions.Count);
        var pt = d.Decisions[0];
        Assert.Equal((0, "Physical therapy", (decimal?)12m, "Physical therapy", (string?)null, Decision.Upheld),
            (pt.Index, pt.Item, pt.Quantity, pt.Treatment, pt.BodyRegion, pt.Decision));
        Assert.Equal(
            "Decision based on MTUS ACOEM Chapter 12 Low Back Complaints. Decision based on Non-MTUS Citation Official Disability Guidelines - Work Loss Data Institute, ODG Treatment in Workers Compensation",
            pt.ClaimsAdministratorGuideline);
        Assert.Equal("Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98.", pt.ImrGuideline);
        Assert.Equal(
            [
                Ca("MTUS", "ACOEM Chapter 12 Low Back Complaints"),
                Ca("ODG", "Official Disability Guidelines"),
                Imr("MTUS", "Chronic Pain Medical Treatment Guidelines", "Physical Medicine", "98"),
            ],
            pt.Citations);
        Assert.StartsWith("According to MTUS guidelines, Physical Medicine is \u201CRecommended as indicated below.", pt.Rationale);
        Assert.Contains("(Fritz, 2007)\u201D In this case,", pt.Rationale);
        Assert.EndsWith("Therefore, physical Therapy 12 visits is not medically necessary.", pt.Rationale);

        var chiro = d.Decisions[1];
        Assert.Equal((1, "Chiropractic treatments", (decimal?)12m, "Chiropractic", (string?)null, Decision.Upheld),
            (chiro.Index, chiro.Item, chiro.Quantity, chiro.Treatment, chiro.BodyRegion, chiro.Decision));
        Assert.Equal("Decision based on MTUS Chronic Pain Treatment Guidelines Manual Therapy & Manipulation Page(s): 58-60.", chiro.ClaimsAdministratorGuideline);
        Assert.Equal("Decision based on MTUS Chronic Pain Treatment Guidelines Manual therapy & manipulation Page(s): 58.", chiro.ImrGuideline);
        Assert.Equal(
            [
                Ca("MTUS", "Chronic Pain Medical Treatment Guidelines", "Manual Therapy & Manipulation", "58-60"),
                Imr("MTUS", "Chronic Pain Medical Treatment Guidelines", "Manual therapy & manipulation", "58"),
            ],
            chiro.Citations);
        Assert.StartsWith("According to MTUS guidelines, Manual therapy & manipulationRecommended for chronic pain", chiro.Rationale);
        Assert.Contains("a certain number of chiropractic sessions without any indication of the number of sessions", chiro.Rationale);
        Assert.EndsWith("Therefore, the request for Chiropractic treatment is not medically necessary.", chiro.Rationale);
    }

    [Fact]
    public void Seed_003_sex_from_how_the_worker_was_hurt_and_two_digit_year()
    {
        var d = SeedLetters.Parse(SeedLetters.Letter003);

        Assert.Equal("003_4e69937d73cbfe0f", d.CaseId);
        Assert.Null(d.CaseNumber);
        Assert.Equal(LetterDates.None, d.Dates);
        Assert.Equal(["Occupational Medicine"], d.Reviewer.Specialties);
        Assert.Equal(["California"], d.Reviewer.Licensure);
        Assert.Equal(new PatientFacts(null, "male", new DateOnly(2014, 5, 24)), d.Patient);
        Assert.StartsWith("The claimant injured his low back on 05/24/14. Acupuncture and x-rays of the lumbar spine are under review.", d.Summary);
        Assert.EndsWith("A Medrol dosepak was ordered.", d.Summary);

        Assert.Equal(2, d.Decisions.Count);
        var acupuncture = d.Decisions[0];
        Assert.Equal((0, "Acupuncture two times a week for three weeks for the lower back", (decimal?)null, "Acupuncture", "Lumbar spine", Decision.Upheld),
            (acupuncture.Index, acupuncture.Item, acupuncture.Quantity, acupuncture.Treatment, acupuncture.BodyRegion, acupuncture.Decision));
        Assert.Equal("Decision based on MTUS Acupuncture Treatment Guidelines.", acupuncture.ClaimsAdministratorGuideline);
        Assert.Equal("Decision based on MTUS Acupuncture Treatment Guidelines.", acupuncture.ImrGuideline);
        Assert.Equal(
            [
                Ca("MTUS", "Acupuncture Medical Treatment Guidelines"),
                Imr("MTUS", "Acupuncture Medical Treatment Guidelines"),
            ],
            acupuncture.Citations);
        Assert.StartsWith("The history and documentation do not objectively support the request for 6 sessions of acupuncture for the low back.", acupuncture.Rationale);
        Assert.EndsWith("acupuncture 2 x 3 weeks for the low back has not been clearly demonstrated.", acupuncture.Rationale);

        var xray = d.Decisions[1];
        Assert.Equal((1, "X-ray of the lumbar spine", (decimal?)null, "X-ray", "Lumbar spine", Decision.Upheld),
            (xray.Index, xray.Item, xray.Quantity, xray.Treatment, xray.BodyRegion, xray.Decision));
        Assert.Equal(
            "The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines: Indications for imaging",
            xray.ClaimsAdministratorGuideline);
        Assert.Equal("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints.", xray.ImrGuideline);
        Assert.Equal(
            [
                Ca("ODG", "Official Disability Guidelines", "Indications for imaging"),
                Imr("MTUS", "ACOEM Chapter 12 Low Back Complaints"),
            ],
            xray.Citations);
        Assert.StartsWith("The history and documentation do not objectively support the request for an x-ray of the lumbar spine.", xray.Rationale);
        Assert.EndsWith("request for an x-rays of the lumbar spine has not been clearly demonstrated.", xray.Rationale);
    }

    [Fact]
    public void Seed_004_block_credentials_and_the_one_overturned_item()
    {
        var d = SeedLetters.Parse(SeedLetters.Letter004);

        Assert.Equal("004_0ee5ec402ea739f4", d.CaseId);
        Assert.Null(d.CaseNumber);
        Assert.Equal(LetterDates.None, d.Dates);
        Assert.Equal(["Preventive Medicine", "Occupational Medicine"], d.Reviewer.Specialties);
        Assert.Equal(["Texas", "New York", "California"], d.Reviewer.Licensure);
        Assert.Equal("State(s) of Licensure: Texas, New York, California\nCertification(s)/Specialty: Preventive Medicine, Occupational Medicine", d.Reviewer.Statement);
        // "a represented 51-year-old who has filed a claim": no sex is stated.
        Assert.Equal(new PatientFacts(51, null, new DateOnly(2014, 5, 19)), d.Patient);
        Assert.StartsWith("The applicant is a represented 51-year-old who has filed a claim for chronic low back pain (LBP), reportedly associated with an industrial injury of May 19, 2014.", d.Summary);
        Assert.EndsWith("secondary to neuroforaminal stenosis apparently noted on historical lumbar MRI imaging.", d.Summary);

        Assert.Equal(2, d.Decisions.Count);
        var pt = d.Decisions[0];
        Assert.Equal((0, "Physical therapy for the lumbar spine", (decimal?)12m, "Physical therapy", "Lumbar spine", Decision.Upheld),
            (pt.Index, pt.Item, pt.Quantity, pt.Treatment, pt.BodyRegion, pt.Decision));
        Assert.Equal("Decision based on MTUS Chronic Pain Medical Treatment 2009.", pt.ClaimsAdministratorGuideline);
        Assert.Equal("Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Introduction, Physical Medicine.", pt.ImrGuideline);
        Assert.Equal(
            [
                // "Chronic Pain Medical Treatment 2009" names the 2009 edition.
                Ca("MTUS", "Chronic Pain Medical Treatment Guidelines", edition: 2009),
                Imr("MTUS", "Chronic Pain Medical Treatment Guidelines", "Introduction, Physical Medicine", edition: 2009),
            ],
            pt.Citations);
        Assert.StartsWith("No, the request for 12 sessions of physical therapy for the lumbar spine was not medically necessary,", pt.Rationale);
        Assert.EndsWith("Therefore, the request for 12 additional sessions of physical therapy was not medically necessary.", pt.Rationale);

        var mri = d.Decisions[1];
        Assert.Equal((1, "MRI of the lumbar spine", (decimal?)null, "MRI", "Lumbar spine", Decision.Overturned),
            (mri.Index, mri.Item, mri.Quantity, mri.Treatment, mri.BodyRegion, mri.Decision));
        Assert.Equal(
            "Decision based on MTUS Low Back Complaints 2004. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back Chapter.",
            mri.ClaimsAdministratorGuideline);
        Assert.Equal("Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.", mri.ImrGuideline);
        Assert.Equal(
            [
                Ca("MTUS", "ACOEM Chapter 12 Low Back Complaints", edition: 2004),
                Ca("ODG", "ODG Low Back Chapter"),
                Imr("MTUS", "ACOEM Chapter 12 Low Back Complaints", "Special Studies", edition: 2004),
            ],
            mri.Citations);
        Assert.StartsWith("Conversely, the request for lumbar MRI imaging of the lumbar spine was medically necessary,", mri.Rationale);
        Assert.EndsWith("Therefore, the request was medically necessary.", mri.Rationale);
    }

    [Theory]
    [InlineData(SeedLetters.Letter000)]
    [InlineData(SeedLetters.Letter001)]
    [InlineData(SeedLetters.Letter002)]
    [InlineData(SeedLetters.Letter003)]
    [InlineData(SeedLetters.Letter004)]
    public void No_seed_text_keeps_pdf_debris(string name)
    {
        var d = SeedLetters.Parse(name);
        var texts = new[] { d.Summary }
            .Concat(d.Decisions.SelectMany(i => new[] { i.Item, i.ClaimsAdministratorGuideline, i.ImrGuideline, i.Rationale }));

        foreach (var text in texts)
        {
            Assert.DoesNotContain("  ", text);
            Assert.DoesNotContain("\n", text);
            Assert.Equal(text.Trim(), text);
        }
    }
}
