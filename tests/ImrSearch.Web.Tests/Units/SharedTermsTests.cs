using ImrSearch.Web.Training;

namespace ImrSearch.Web.Tests.Units;

/// <summary>The marking of the terms a trainee's rationale shares with the reviewer's, without a site.</summary>
public sealed class SharedTermsTests
{
    [Fact]
    public void Shared_terms_are_marked_by_stem_and_synonym_and_stop_words_are_not()
    {
        var marked = SharedTerms.Mark("Physical therapy was tried; imaging of both knees.", "PT helped little. Imaging was done, and the knee is stable.");
        Assert.Equal(["PT", "Imaging", "knee"], marked.MarkedWords());
    }

    [Fact]
    public void Boilerplate_every_letter_uses_is_not_marked_when_shared_and_a_clinical_word_is()
    {
        var marked = SharedTerms.Mark(
            "The request is not medically necessary: the guidelines indicate no radiculopathy, so the patient needs no MRI.",
            "The patient has radiculopathy on examination. Per the guidelines the request for MRI is indicated and medically necessary.");
        Assert.Equal(["radiculopathy", "MRI"], marked.MarkedWords());
    }

    [Fact]
    public void A_shared_clinical_stem_is_marked_in_every_spelling_while_boilerplate_stems_are_skipped_in_every_spelling()
    {
        var marked = SharedTerms.Mark(
            "Indication: injections requested for the injured worker; recommendation per guideline.",
            "Epidural injection was requested. Recommended by the guidelines as indicated for this injured worker.");
        Assert.Equal(["injection"], marked.MarkedWords());
    }
}
