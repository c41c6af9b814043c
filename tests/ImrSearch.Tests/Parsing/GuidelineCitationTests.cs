using ImrSearch.Domain;
using ImrSearch.Parsing;
using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Parsing;

public class GuidelineCitationTests
{
    private static GuidelineCitation Only(string paragraph)
    {
        var citations = GuidelineCitationParser.Parse(paragraph, CitedBy.ImrOrganization, ImrVocabulary.Default.GuidelineDocuments);
        return Assert.Single(citations);
    }

    [Theory]
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96.", "MTUS", "Chronic Pain Medical Treatment Guidelines", "Opioids", "74-96")]
    [InlineData("Decision based on MTUS Chronic Pain Treatment Guidelines NSAIDs Page(s): 67-73.", "MTUS", "Chronic Pain Medical Treatment Guidelines", "NSAIDs", "67-73")]
    [InlineData("Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Topical Analgesics.", "MTUS", "Chronic Pain Medical Treatment Guidelines", "Topical Analgesics", null, "2009")]
    [InlineData("Decision based on MTUS Acupuncture Medical Treatment Guidelines.", "MTUS", "Acupuncture Medical Treatment Guidelines", null, null)]
    [InlineData("Decision based on MTUS Postsurgical Treatment Guidelines Page(s): 10-11.", "MTUS", "Postsurgical Treatment Guidelines", null, "10-11")]
    [InlineData("Decision based on MTUS ACOEM Chapter 9 Shoulder Complaints Page(s): 207-209.", "MTUS", "ACOEM Chapter 9 Shoulder Complaints", null, "207-209")]
    [InlineData("Decision based on MTUS ACOEM Page(s): Table 12-8.", "MTUS", "ACOEM Chapter 12 Low Back Complaints", null, "Table 12-8")]
    [InlineData("Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.", "MTUS", "ACOEM Chapter 13 Knee Complaints", "Special Studies", null, "2004")]
    [InlineData("Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004.", "MTUS", "ACOEM Chapter 11 Forearm, Wrist, and Hand Complaints", null, null, "2004")]
    [InlineData("Decision based on MTUS Stress Related Conditions 2004.", "MTUS", "ACOEM Chapter 15 Stress-Related Conditions", null, null, "2004")]
    [InlineData("Decision based on MTUS ACOEM Chapter 7, Independent Medical Examinations and Consultations, page 127.", "MTUS", "ACOEM Chapter 7 Independent Medical Examinations and Consultations", null, "127")]
    [InlineData("Decision based on MTUS 9792.24.2.", "MTUS", "Chronic Pain Medical Treatment Guidelines", null, null)]
    [InlineData("Decision based on MTUS 9792.20e.", "MTUS", "MTUS 9792.20 Definitions", null, null)]
    [InlineData("Decision based on MTUS Drug Formulary.", "MTUS", "MTUS Drug Formulary", null, null)]
    [InlineData("Decision based on MTUS.", "MTUS", "Medical Treatment Utilization Schedule", null, null)]
    [InlineData("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter, Urine drug testing.", "ODG", "ODG Pain Chapter", "Urine drug testing", null)]
    [InlineData("Decision based on Non-MTUS Citation ODG Knee & Leg, Continuous-flow cryotherapy.", "ODG", "ODG Knee and Leg Chapter", "Continuous-flow cryotherapy", null)]
    [InlineData("Decision based on Non-MTUS Citation ODG Shoulder Chapter.", "ODG", "ODG Shoulder Chapter", null, null)]
    [InlineData("Decision based on Non-MTUS Citation Official Disability Guidelines, Mental Illness & Stress, Insomnia treatment.", "ODG", "ODG Mental Illness and Stress Chapter", "Insomnia treatment", null)]
    [InlineData("Decision based on Non-MTUS Citation ODG Treatment in Workers Compensation, Low Back Chapter, Lumbar supports.", "ODG", "ODG Low Back Chapter", "Lumbar supports", null)]
    [InlineData("Decision based on Non-MTUS Citation ACOEM Practice Guidelines, 3rd Edition, Chronic Pain, Opioids.", "ACOEM", "ACOEM Chronic Pain Guideline", "Opioids", null)]
    [InlineData("Decision based on Non-MTUS Citation 2007 ACOEM Guidelines.", "ACOEM", "ACOEM Practice Guidelines (non-MTUS editions)", null, null, "2007")]
    [InlineData("Decision based on Non-MTUS Citation Spine Journal, 2011; 11(4): 303-311.", "Other", "Spine Journal, 2011; 11(4): 303-311", null, null)]
    public void Citations_normalize_their_document(string paragraph, string source, string document, string? topic, string? pages, string? edition = null)
    {
        Assert.Equal(new GuidelineCitation(source, document, topic, pages, CitedBy.ImrOrganization, Edition: GuidelineEdition.Parse(edition)), Only(paragraph));
    }

    [Fact]
    public void Both_spellings_of_the_chronic_pain_guidelines_are_one_document()
    {
        var documents = new[]
        {
            "Decision based on MTUS Chronic Pain Treatment Guidelines.",
            "Decision based on MTUS Chronic Pain Medical Treatment 2009.",
            "Decision based on MTUS Chronic Pain Medical Treatment Guidelines.",
        }.Select(p => Only(p).Document).Distinct();

        Assert.Equal(["Chronic Pain Medical Treatment Guidelines"], documents);
    }

    [Fact]
    public void A_paragraph_without_citations_yields_none()
    {
        Assert.Empty(GuidelineCitationParser.Parse("The Claims Administrator did not cite any medical evidence for its decision.", CitedBy.ClaimsAdministrator, ImrVocabulary.Default.GuidelineDocuments));
        Assert.Empty(GuidelineCitationParser.Parse("", CitedBy.ClaimsAdministrator, ImrVocabulary.Default.GuidelineDocuments));
    }

    [Fact]
    public void Older_letters_say_which_reviewer_based_a_decision_on_what()
    {
        var citation = Only("The Expert Reviewer based his/her decision on the Official Disability Guidelines (ODG), Low Back Chapter, Discography.");

        Assert.Equal(new GuidelineCitation("ODG", "ODG Low Back Chapter", "Discography", null, CitedBy.ImrOrganization), citation);
    }
}
