using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Vocabularies;

public class BodyRegionVocabularyTests
{
    private static readonly BodyRegionVocabulary Regions = ImrVocabulary.Default.BodyRegions;

    [Theory]
    [InlineData("Physical therapy for the lumbar spine", "Lumbar spine")]
    [InlineData("Chiropractic for the low back", "Lumbar spine")]
    [InlineData("Lumbar epidural steroid injection L4-L5", "Lumbar spine")]
    [InlineData("L5-S1 transforaminal ESI", "Lumbar spine")]
    [InlineData("MRI of the neck", "Cervical spine")]
    [InlineData("Cervical ESI C6-7", "Cervical spine")]
    [InlineData("Thoracic spine x-ray", "Thoracic spine")]
    [InlineData("Massage for the upper back", "Thoracic spine")]
    [InlineData("Right shoulder arthroscopy", "Shoulder")]
    [InlineData("Rotator cuff repair", "Shoulder")]
    [InlineData("Left elbow brace", "Elbow")]
    [InlineData("Right carpal tunnel release", "Wrist and hand")]
    [InlineData("Trigger finger injection", "Wrist and hand")]
    [InlineData("Left hip MRI", "Hip")]
    [InlineData("Synvisc injection left knee", "Knee")]
    [InlineData("Partial meniscectomy", "Knee")]
    [InlineData("Right ankle brace", "Ankle and foot")]
    [InlineData("Custom orthotics for both feet", "Ankle and foot")]
    [InlineData("EMG/NCS of the bilateral upper extremities", "Upper extremities")]
    [InlineData("NCV bilateral lower extremities", "Lower extremities")]
    [InlineData("CT scan of the head", "Head")]
    [InlineData("Right sacroiliac joint injection", "Sacroiliac joint")]
    [InlineData("Norco 10/325mg", null)]
    [InlineData("Gabapentin 600mg 1 tab by mouth twice daily #90", null)]
    [InlineData("Psychotherapy 6 sessions", null)]
    [InlineData("Stellate ganglion block", null)]
    public void Regions_named_in_items(string item, string? region)
    {
        Assert.Equal(region, Regions.Find(item));
    }
}
