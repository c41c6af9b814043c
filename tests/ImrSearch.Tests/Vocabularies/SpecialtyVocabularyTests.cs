using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Vocabularies;

public class SpecialtyVocabularyTests
{
    private static readonly SpecialtyVocabulary Specialties = ImrVocabulary.Default.Specialties;

    [Theory]
    [InlineData("Physical Medicine and Rehabilitation", "Physical Medicine and Rehabilitation")]
    [InlineData("Physical Medicine & Rehabilitation", "Physical Medicine and Rehabilitation")]
    [InlineData("PM&R", "Physical Medicine and Rehabilitation")]
    [InlineData("Physiatry", "Physical Medicine and Rehabilitation")]
    [InlineData("Pain Management", "Pain Medicine")]
    [InlineData("Orthopaedic Surgery", "Orthopedic Surgery")]
    [InlineData("Orthopedics", "Orthopedic Surgery")]
    [InlineData("Occupational & Environmental Medicine", "Occupational Medicine")]
    [InlineData("Preventative Medicine", "Preventive Medicine")]
    [InlineData("Family Medicine", "Family Practice")]
    [InlineData("Neurosurgery", "Neurological Surgery")]
    [InlineData("Anesthesia", "Anesthesiology")]
    [InlineData("Chiropractor", "Chiropractic")]
    [InlineData("Licensed Psychologist", "Psychology")]
    [InlineData("Licensed Acupuncturist", "Acupuncture")]
    [InlineData("Internal Med", "Internal Medicine")]
    public void Variant_spellings_normalize_to_one(string written, string normalized)
    {
        Assert.Equal(normalized, Specialties.Normalize(written));
    }

    [Fact]
    public void A_phrase_naming_several_specialties_yields_each()
    {
        Assert.Equal(["Internal Medicine", "Pulmonary Disease"], Specialties.FindIn("Internal Medicine and Pulmonary Disease"));
    }

    [Fact]
    public void Every_specialty_is_its_own_normal_form()
    {
        Assert.All(Specialties.Names, name => Assert.Equal(name, Specialties.Normalize(name)));
    }
}
