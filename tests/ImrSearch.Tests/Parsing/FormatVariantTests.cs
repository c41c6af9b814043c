using ImrSearch.Domain;
using ImrSearch.Parsing;

namespace ImrSearch.Tests.Parsing;

/// <summary>The layouts beyond the seeds: header blocks, and the older section names.</summary>
public class FormatVariantTests
{
    private static Determination Parsed(string text)
    {
        var result = DeterminationParser.Parse(text, "variant.txt");
        Assert.True(result.IsParsed, result.Error);
        return result.Determination!;
    }

    [Fact]
    public void A_header_block_gives_the_case_number_and_its_dates()
    {
        const string Header = "Case Number: CM14-0123456  Date Assigned: 10/30/2014\n\nDate of Injury: 07/21/1999  Decision Date: 11/20/2014\n\n"
            + "UR Denial Date: 10/22/2014  Priority: Standard\n\nApplication Received: 10/28/2014\n\n \n\n";

        var d = Parsed(Header + SeedLetters.Text(SeedLetters.Letter000));

        Assert.Equal("CM14-0123456", d.CaseId);
        Assert.Equal("CM14-0123456", d.CaseNumber);
        Assert.Equal(new LetterDates(new DateOnly(2014, 11, 20), new DateOnly(2014, 10, 30), new DateOnly(2014, 10, 22), new DateOnly(2014, 10, 28)), d.Dates);
        Assert.Equal(2014, d.DecisionYear);
        Assert.Equal(new DateOnly(1999, 7, 21), d.Patient.DateOfInjury);
        Assert.Single(d.Decisions);
    }

    [Fact]
    public void Header_labels_and_values_on_separate_and_wrapped_lines()
    {
        const string Header = "Case Number:\nCM13-0012345\nDate Assigned:\n\n08/01/2013\nDate of\nInjury:\n05/05/2010\nDecision Date:\n09/25/2013\nUR Denial\nDate:\n07/15/2013\n\n";

        var d = Parsed(Header + SeedLetters.Text(SeedLetters.Letter002));

        Assert.Equal("CM13-0012345", d.CaseId);
        Assert.Equal(new DateOnly(2013, 9, 25), d.Dates.DecisionDate);
        Assert.Equal(new DateOnly(2013, 8, 1), d.Dates.DateAssigned);
        Assert.Equal(new DateOnly(2013, 7, 15), d.Dates.UrDenialDate);
        Assert.Null(d.Dates.ApplicationReceived);
        Assert.Equal(2013, d.DecisionYear);
        // The header's date of injury wins over the summary's (January 31, 2014).
        Assert.Equal(new DateOnly(2010, 5, 5), d.Patient.DateOfInjury);
    }

    [Fact]
    public void A_header_table_with_labels_before_values()
    {
        const string Header = "Case Number: Date Assigned: Date of Injury: Decision Date: UR Denial Date:\nCM15-0201234 08/20/2015 05/19/2014 10/02/2015 08/11/2015\n\n";

        var d = Parsed(Header + SeedLetters.Text(SeedLetters.Letter004));

        Assert.Equal("CM15-0201234", d.CaseNumber);
        Assert.Equal(new LetterDates(new DateOnly(2015, 10, 2), new DateOnly(2015, 8, 20), new DateOnly(2015, 8, 11), null), d.Dates);
        Assert.Equal(new DateOnly(2014, 5, 19), d.Patient.DateOfInjury);
    }

    [Fact]
    public void Assignment_date_gives_the_decision_year_when_no_decision_date_is_stated()
    {
        var d = Parsed("Case Number: CM16-0000001\nDate Assigned: 01/04/2016\n\n" + SeedLetters.Text(SeedLetters.Letter003));

        Assert.Null(d.Dates.DecisionDate);
        Assert.Equal(2016, d.DecisionYear);
    }

    private const string OlderLayout = """
        Case Number: CM13-0004567     Date Assigned: 08/05/2013
        Date of Injury: 03/02/2011    Decision Date: 10/01/2013
        UR Denial Date: 07/10/2013    Priority: Standard

        DOCUMENTS REVIEWED
        1. Utilization Review Determination dated 07/10/2013
        2. Medical Records from the treating physician, 01/2013 through 06/2013

        HOW THE IMR FINAL DETERMINATION WAS MADE
        MAXIMUS Federal Services sent the complete case file to an expert reviewer. The expert reviewer is Board
        Certified in Orthopaedic Surgery and is licensed to practice in California and Nevada.

        CLINICAL CASE SUMMARY
        The patient is a 52 year old woman who reported an industrial injury on 03/02/2011 to her right knee.
        She has had arthroscopy and physical therapy.

        IMR DECISION(S) AND RATIONALE(S)
        The Final Determination was based on decisions for the disputed items/services set forth below:

        1. Post-op physical therapy for the right knee, 12 sessions is not medically necessary and appropriate.

        The Claims Administrator based its decision on the MTUS Postsurgical Treatment Guidelines, Knee, page 24,
        which is part of the MTUS.

        The Expert Reviewer based his/her decision on the MTUS Postsurgical Treatment Guidelines, Knee, pages 24-25,
        which is part of the MTUS.

        Rationale for the Decision:
        The guidelines allow 12 visits over 12 weeks after meniscectomy. The patient has completed 24 visits.
        The request is not medically necessary.

        2. The request for Norco 10/325mg #60 is medically necessary and appropriate.

        The Claims Administrator based its decision on the Official Disability Guidelines, Pain Chapter, Opioids.

        The Expert Reviewer based his/her decision on the MTUS Chronic Pain Medical Treatment Guidelines, Opioids,
        pages 78-80, which is part of the MTUS.

        Rationale for the Decision:
        The records document pain relief and functional improvement with the medication and a signed opioid agreement.
        The request is medically necessary.
        """;

    [Fact]
    public void The_older_layout_with_numbered_items_and_based_its_decision_sentences()
    {
        var d = Parsed(OlderLayout);

        Assert.Equal("CM13-0004567", d.CaseId);
        Assert.Equal(new DateOnly(2013, 10, 1), d.Dates.DecisionDate);
        Assert.Equal(["Orthopedic Surgery"], d.Reviewer.Specialties);
        Assert.Equal(["California", "Nevada"], d.Reviewer.Licensure);
        Assert.Equal(new PatientFacts(52, "female", new DateOnly(2011, 3, 2)), d.Patient);
        Assert.StartsWith("The patient is a 52 year old woman", d.Summary);

        Assert.Equal(2, d.Decisions.Count);
        var pt = d.Decisions[0];
        Assert.Equal("Post-op physical therapy for the right knee, 12 sessions", pt.Item);
        Assert.Equal(("Physical therapy", "Knee", Decision.Upheld), (pt.Treatment, pt.BodyRegion, pt.Decision));
        Assert.StartsWith("The Claims Administrator based its decision on the MTUS Postsurgical", pt.ClaimsAdministratorGuideline);
        Assert.Equal(
            [
                new GuidelineCitation("MTUS", "Postsurgical Treatment Guidelines", "Knee", "24", CitedBy.ClaimsAdministrator),
                new GuidelineCitation("MTUS", "Postsurgical Treatment Guidelines", "Knee", "24-25", CitedBy.ImrOrganization),
            ],
            pt.Citations);
        Assert.Equal("The guidelines allow 12 visits over 12 weeks after meniscectomy. The patient has completed 24 visits. The request is not medically necessary.", pt.Rationale);

        var norco = d.Decisions[1];
        Assert.Equal("Norco 10/325mg #60", norco.Item);
        Assert.Equal(("Opioids", (string?)null, Decision.Overturned), (norco.Treatment, norco.BodyRegion, norco.Decision));
        Assert.Equal(
            [
                new GuidelineCitation("ODG", "ODG Pain Chapter", "Opioids", null, CitedBy.ClaimsAdministrator),
                new GuidelineCitation("MTUS", "Chronic Pain Medical Treatment Guidelines", "Opioids", "78-80", CitedBy.ImrOrganization),
            ],
            norco.Citations);
    }

    private const string SingleIssueLayout = """
        Case Number: CM13-0001234
        Decision Date: 09/12/2013

        ISSUE AT DISPUTE:
        Lumbar epidural steroid injection at L4-5

        CASE SUMMARY:
        The applicant is a 45-year-old male with a date of injury of 01/15/2012 and chronic low back pain radiating to
        the left leg.

        MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
        MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections (ESIs), page 46. The guideline
        requires radiculopathy documented by examination and corroborated by imaging.

        RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
        There is no documented radiculopathy on examination and no imaging was provided.

        MEDICAL REVIEWER QUALIFICATIONS:
        The physician reviewer is Board Certified in Anesthesiology, has a subspecialty in Pain Medicine and is
        licensed to practice in California.
        """;

    [Fact]
    public void The_single_issue_layout()
    {
        var d = Parsed(SingleIssueLayout);

        Assert.Equal("CM13-0001234", d.CaseId);
        Assert.Equal(2013, d.DecisionYear);
        Assert.Equal(["Anesthesiology", "Pain Medicine"], d.Reviewer.Specialties);
        Assert.Equal(["California"], d.Reviewer.Licensure);
        Assert.Equal(new PatientFacts(45, "male", new DateOnly(2012, 1, 15)), d.Patient);

        var item = Assert.Single(d.Decisions);
        Assert.Equal("Lumbar epidural steroid injection at L4-5", item.Item);
        Assert.Equal(("Epidural steroid injection", "Lumbar spine", Decision.Upheld), (item.Treatment, item.BodyRegion, item.Decision));
        Assert.Equal("", item.ClaimsAdministratorGuideline);
        Assert.StartsWith("MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections (ESIs), page 46.", item.ImrGuideline);
        Assert.Equal(
            [new GuidelineCitation("MTUS", "Chronic Pain Medical Treatment Guidelines", "Epidural steroid injections (ESIs)", "46", CitedBy.ImrOrganization)],
            item.Citations);
        Assert.Equal("There is no documented radiculopathy on examination and no imaging was provided.", item.Rationale);
    }

    [Fact]
    public void A_single_issue_letter_whose_rationale_heading_says_medically_necessary_is_overturned()
    {
        var text = SingleIssueLayout.Replace("IS/WAS NOT MEDICALLY NECESSARY", "IS/WAS MEDICALLY NECESSARY");

        Assert.Equal(Decision.Overturned, Assert.Single(Parsed(text).Decisions).Decision);
    }

    [Fact]
    public void A_single_issue_letter_without_its_rationale_is_rejected_naming_the_section()
    {
        var text = SingleIssueLayout[..SingleIssueLayout.IndexOf("RATIONALE FOR WHY", StringComparison.Ordinal)];

        var result = DeterminationParser.Parse(text, "cut.txt");

        Assert.False(result.IsParsed);
        Assert.Contains("RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE", result.Error);
        Assert.Contains("Lumbar epidural steroid injection at L4-5", result.Error);
    }

    [Fact]
    public void An_item_header_wrapped_onto_a_second_line()
    {
        var text = SeedLetters.Text(SeedLetters.Letter000).Replace(
            "for the Lower Back:  Upheld",
            "for the \n\nLower Back:  Upheld");

        Assert.Equal("Retrospective Review of one visit for Chiropractic Treatment for the Lower Back", Assert.Single(Parsed(text).Decisions).Item);
    }

    [Fact]
    public void Crlf_line_ends_and_form_feed_page_breaks_parse_the_same()
    {
        var text = SeedLetters.Text(SeedLetters.Letter001);
        var windows = text.Replace("\n", "\r\n").Replace("there was no mention \r\n\r\n", "there was no mention \r\n\f");

        Assert.Equal(
            DeterminationJson.Serialize(Parsed(text)),
            DeterminationJson.Serialize(Parsed(windows)));
    }

    [Fact]
    public void An_unknown_layout_is_rejected_naming_the_sections_looked_for()
    {
        var result = DeterminationParser.Parse("Dear Sir,\n\nPlease find enclosed the records you asked for.\n\nRegards", "memo.txt");

        Assert.False(result.IsParsed);
        Assert.Contains("not an IMR determination letter", result.Error);
        Assert.Contains("IMR ISSUES, DECISIONS AND RATIONALES", result.Error);
    }
}
