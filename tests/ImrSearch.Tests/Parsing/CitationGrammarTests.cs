using ImrSearch.Domain;
using ImrSearch.Parsing;
using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Parsing;

/// <summary>
/// Citation lines read as a grammar: the regulation, the named edition and the page total are fields of their own, and
/// each "Page(s): ..." closes one topic. The forms are those of the shared domain notes and issue 19.
/// </summary>
public class CitationGrammarTests
{
    private const string ChronicPain = "Chronic Pain Medical Treatment Guidelines";
    private const string Regulation = "8 C.C.R. 9792.20 - 9792.26";
    private static readonly GuidelineEdition July2009 = new(2009, new DateOnly(2009, 7, 18));

    private static IReadOnlyList<GuidelineCitation> Parse(string paragraph) =>
        GuidelineCitationParser.Parse(paragraph, CitedBy.ImrOrganization, ImrVocabulary.Default.GuidelineDocuments);

    private static GuidelineCitation Mtus(string? topic, string? pages, string? regulation = null, GuidelineEdition? edition = null, int? total = null, string document = ChronicPain) =>
        new("MTUS", document, topic, pages, CitedBy.ImrOrganization, regulation, edition, total);

    [Fact]
    public void The_regulation_edition_and_page_total_leave_the_topic()
    {
        var citation = Assert.Single(Parse(
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines 8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Page(s): 16-19, 49 of 127."));

        Assert.Equal("MTUS", citation.Source);
        Assert.Equal(ChronicPain, citation.Document);
        Assert.Null(citation.Topic);
        Assert.Equal("16-19, 49", citation.Pages);
        Assert.Equal(Regulation, citation.Regulation);
        Assert.Equal(July2009, citation.Edition);
        Assert.Equal("2009-07-18", citation.Edition!.ToString());
        Assert.Equal(127, citation.PageTotal);
        Assert.Equal(CitedBy.ImrOrganization, citation.CitedBy);
    }

    [Fact]
    public void Each_topic_with_its_own_pages_is_its_own_citation()
    {
        var citations = Parse(
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines Tramadol Page(s): 93-94, 113; Opioids, criteria for use Page(s): 78-80.");

        Assert.Equal([Mtus("Tramadol", "93-94, 113"), Mtus("Opioids, criteria for use", "78-80")], citations);
    }

    [Theory]
    // The domain notes' forms: a document alone; document, topic and pages; the regulation range and the edition with a
    // page total; an ACOEM table.
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines.", null, null, null, null, null)]
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines Anti-epilepsy drugs (AEDs) Page(s): 16-19.", "Anti-epilepsy drugs (AEDs)", "16-19", null, null, null)]
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines 8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Page(s): 16-19 of 127.", null, "16-19", Regulation, "2009-07-18", 127)]
    // The topic between the edition and the pages, as later letters write it.
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines 8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) Opioids, specific drug list Page(s): 91-94 of 127.", "Opioids, specific drug list", "91-94", Regulation, "2009-07-18", 127)]
    // Other spellings of the regulation and of the date.
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines 8 CCR §§ 9792.20-9792.26 (effective 7/18/2009), NSAIDs Page(s): 67-73.", "NSAIDs", "67-73", Regulation, "2009-07-18", null)]
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Title 8, California Code of Regulations, section 9792.24.2, Lidoderm Page(s): 56-57.", "Lidoderm", "56-57", "8 C.C.R. 9792.24.2", null, null)]
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines (Effective December 2017) Opioids Page 78 of 127.", "Opioids", "78", null, "2017", 127)]
    // A page total after a single page, and a ';' that continues a page list rather than starting a topic.
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines Drug testing Page(s): 43 of 127.", "Drug testing", "43", null, null, 127)]
    [InlineData("Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98; 99.", "Physical Medicine", "98; 99", null, null, null)]
    public void Chronic_pain_lines_read_field_by_field(string paragraph, string? topic, string? pages, string? regulation, string? edition, int? total)
    {
        Assert.Equal(Mtus(topic, pages, regulation, GuidelineEdition.Parse(edition), total), Assert.Single(Parse(paragraph)));
    }

    [Fact]
    public void Several_topics_share_the_regulation_edition_and_total_of_their_line()
    {
        var citations = Parse(
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines 8 C.C.R. 9792.20 - 9792.26 MTUS (Effective July 18, 2009) "
            + "Opioids, criteria for use Page(s): 76-80 of 127; Tramadol (Ultram) Page(s): 93-94, 113 of 127.");

        Assert.Equal(
            [
                Mtus("Opioids, criteria for use", "76-80", Regulation, July2009, 127),
                Mtus("Tramadol (Ultram)", "93-94, 113", Regulation, July2009, 127),
            ],
            citations);
    }

    [Fact]
    public void Three_topics_on_one_line_and_a_second_clause()
    {
        var citations = Parse(
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines NSAIDs Page(s): 67-73; Muscle relaxants Page(s): 63-66, Cyclobenzaprine Page(s): 41-42. "
            + "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter, Proton pump inhibitors.");

        Assert.Equal(
            [
                Mtus("NSAIDs", "67-73"),
                Mtus("Muscle relaxants", "63-66"),
                Mtus("Cyclobenzaprine", "41-42"),
                new GuidelineCitation("ODG", "ODG Pain Chapter", "Proton pump inhibitors", null, CitedBy.ImrOrganization),
            ],
            citations);
    }

    [Fact]
    public void An_acoem_table_still_names_its_chapter()
    {
        Assert.Equal(
            [Mtus(null, "Table 12-8, 308-310", document: "ACOEM Chapter 12 Low Back Complaints")],
            Parse("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): Table 12-8, 308-310."));
    }

    [Fact]
    public void A_regulation_range_alone_is_the_schedule_not_its_definitions_section()
    {
        var citation = Assert.Single(Parse("Decision based on MTUS 8 C.C.R. 9792.20 - 9792.26 (Effective July 18, 2009) Page(s): 1 of 127."));

        Assert.Equal(Mtus(null, "1", Regulation, July2009, 127, "Medical Treatment Utilization Schedule"), citation);
    }

    [Fact]
    public void Literature_keeps_its_reference_as_the_document_and_no_year_edition()
    {
        var citation = Assert.Single(Parse("Decision based on Non-MTUS Citation Spine Journal, 2011; 11(4): 303-311."));

        Assert.Equal(new GuidelineCitation("Other", "Spine Journal, 2011; 11(4): 303-311", null, null, CitedBy.ImrOrganization), citation);
    }

    [Fact]
    public void Descriptions_show_the_edition_and_page_total_and_in_full_the_regulation()
    {
        var citation = Mtus("Tramadol", "93-94, 113", Regulation, July2009, 127);

        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (effective July 18, 2009), Tramadol, p. 93-94, 113 of 127", citation.Describe());
        Assert.Equal(
            "MTUS Chronic Pain Medical Treatment Guidelines (8 C.C.R. 9792.20 - 9792.26, effective July 18, 2009), Tramadol, p. 93-94, 113 of 127",
            citation.DescribeInFull());
        Assert.Equal("MTUS ACOEM Chapter 12 Low Back Complaints (2004 edition), Table 12-8", Mtus(null, "Table 12-8", edition: new GuidelineEdition(2004, null), document: "ACOEM Chapter 12 Low Back Complaints").Describe());
    }
}
