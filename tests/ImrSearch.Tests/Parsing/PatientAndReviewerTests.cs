using ImrSearch.Domain;
using ImrSearch.Parsing;
using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Parsing;

public class PatientAndReviewerTests
{
    [Theory]
    [InlineData("The patient is a 62-year-old gentleman with a date of injury of 3/4/2012.", 62, "male", "2012-03-04")]
    [InlineData("This 38 year old female sustained an industrial injury on Sept. 3, 2014 while lifting.", 38, "female", "2014-09-03")]
    [InlineData("The applicant is a 55-year-old woman. DOI: 12/01/2010.", 55, "female", "2010-12-01")]
    [InlineData("The injured worker is a male who was injured on 11-15-2009 at work.", null, "male", "2009-11-15")]
    [InlineData("The employee hurt her right wrist on June 2, 2015.", null, "female", "2015-06-02")]
    [InlineData("The date of injury is 01/05/2013. She reports pain.", null, null, "2013-01-05")]
    [InlineData("The injured worker was seen on 06/10/2014. He reports pain.", null, null, null)]
    [InlineData("The patient has a 10-year-old injury; he was seen 02/30/2014.", null, null, null)]
    public void Patient_facts_only_where_stated(string summary, int? age, string? sex, string? injury)
    {
        var facts = PatientFactsParser.Parse(summary);

        Assert.Equal(new PatientFacts(age, sex, injury is null ? null : DateOnly.Parse(injury, System.Globalization.CultureInfo.InvariantCulture)), facts);
    }

    private static ReviewerCredentials Credentials(params string[] paragraphs) =>
        ReviewerCredentialsParser.Parse(paragraphs, ImrVocabulary.Default);

    [Fact]
    public void Sentence_with_a_subspecialty_and_another_state()
    {
        var reviewer = Credentials("He/she has no affiliation. The expert reviewer is Board Certified in Anesthesiology, has a subspecialty in Pain Management and is licensed to practice in Texas. He/she has been in practice.");

        Assert.Equal(["Anesthesiology", "Pain Medicine"], reviewer.Specialties);
        Assert.Equal(["Texas"], reviewer.Licensure);
        Assert.Equal("The expert reviewer is Board Certified in Anesthesiology, has a subspecialty in Pain Management and is licensed to practice in Texas.", reviewer.Statement);
    }

    [Theory]
    [InlineData("The expert reviewer is a Licensed Psychologist and is licensed to practice in California.", "Psychology")]
    [InlineData("The expert reviewer is a Doctor of Chiropractic and is licensed to practice in California.", "Chiropractic")]
    [InlineData("The expert reviewer is Board Certified in Orthopaedic Surgery and is licensed to practice in California.", "Orthopedic Surgery")]
    public void Sentence_styles_for_other_professions(string sentence, string specialty)
    {
        var reviewer = Credentials(sentence);

        Assert.Equal([specialty], reviewer.Specialties);
        Assert.Equal(["California"], reviewer.Licensure);
    }

    [Fact]
    public void Several_states_in_a_sentence()
    {
        Assert.Equal(["California", "Nevada", "Arizona"], Credentials("The expert reviewer is Board Certified in Family Practice and is licensed to practice in California, Nevada and Arizona.").Licensure);
    }

    [Fact]
    public void No_specialty_named_is_an_empty_list_not_a_guess()
    {
        var reviewer = Credentials("The expert reviewer is licensed to practice in California. He/she has been in active clinical practice for more than five years.");

        Assert.Empty(reviewer.Specialties);
        Assert.Equal(["California"], reviewer.Licensure);
    }

    [Fact]
    public void A_block_with_abbreviated_states_and_an_unknown_specialty_kept_as_written()
    {
        var reviewer = Credentials("State(s) of Licensure: CA, NV", "Certification(s)/Specialty: Internal Medicine; Lifestyle Medicine");

        Assert.Equal(["California", "Nevada"], reviewer.Licensure);
        Assert.Equal(["Internal Medicine", "Lifestyle Medicine"], reviewer.Specialties);
    }

    [Fact]
    public void An_empty_credentials_section()
    {
        var reviewer = Credentials();

        Assert.Empty(reviewer.Specialties);
        Assert.Empty(reviewer.Licensure);
        Assert.Equal("", reviewer.Statement);
    }
}
