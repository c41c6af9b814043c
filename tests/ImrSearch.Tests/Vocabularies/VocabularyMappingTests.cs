using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Vocabularies;

public class VocabularyMappingTests
{
    private static readonly ImrVocabulary Vocabulary = ImrVocabulary.Default;

    [Theory]
    [InlineData("Chirocare 2x4-6", "Chiropractic")]
    [InlineData("Retrospective Review of one visit for Chiropractic Treatment for the Lower Back", "Chiropractic")]
    [InlineData("Physical therapy", "Physical therapy")]
    [InlineData("Post-op physical therapy for the knee", "Physical therapy")]
    [InlineData("MRI Cervical Spine", "MRI")]
    [InlineData("X-ray of the lumbar spine", "X-ray")]
    [InlineData("Acupuncture two times a week for three weeks for the lower back", "Acupuncture")]
    public void Seed_and_brief_items_map_to_their_treatment(string item, string treatment)
    {
        Assert.Equal(treatment, Vocabulary.Treatments.Classify(item).Name);
    }

    [Theory]
    [InlineData("Post-op physical therapy for the knee", "Knee")]
    [InlineData("MRI Cervical Spine", "Cervical spine")]
    [InlineData("Chiropractic Treatment for the Lower Back", "Lumbar spine")]
    [InlineData("acupuncture for the low back", "Lumbar spine")]
    [InlineData("Chirocare 2x4-6", null)]
    [InlineData("Physical therapy", null)]
    public void Body_regions(string item, string? region)
    {
        Assert.Equal(region, Vocabulary.BodyRegions.Find(item));
    }

    [Fact]
    public void An_unknown_item_is_other()
    {
        Assert.Equal("Other", Vocabulary.Treatments.Classify("Quantum harmonizer rental").Name);
    }

    [Theory]
    [InlineData("Physical Medicine & Rehabilitation", "Physical Medicine and Rehabilitation")]
    [InlineData("PM&R", "Physical Medicine and Rehabilitation")]
    [InlineData("Orthopaedic Surgery", "Orthopedic Surgery")]
    [InlineData("Neuromuscular Medicine", "Neuromuscular Medicine")]
    public void Specialty_spellings_normalize(string written, string normalized)
    {
        Assert.Equal(normalized, Vocabulary.Specialties.Normalize(written));
    }
}
