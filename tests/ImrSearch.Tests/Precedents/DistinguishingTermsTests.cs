using ImrSearch.Analysis;
using ImrSearch.Precedents;
using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Precedents;

/// <summary>Dunning's G² over two groups of rationales, and what counts as a term.</summary>
public sealed class DistinguishingTermsTests
{
    private static readonly RationaleTerms Reader = new(ImrAnalyzer.ForQueries(), CommonWordVocabulary.Default);

    private static IReadOnlyList<AnalysedRationale> Read(params string[] rationales) => [.. rationales.Select(Reader.Read)];

    private static readonly IReadOnlyList<AnalysedRationale> Upheld = Read(
        "There is no documentation of functional improvement after the prior sessions. The patient has chronic pain.",
        "The records show no functional improvement from prior sessions of therapy. The patient was seen again.",
        "Without objective functional improvement, more sessions are not supported. The patient reports pain.");

    private static readonly IReadOnlyList<AnalysedRationale> Overturned = Read(
        "The surgeon documents a progressive neurologic deficit. The patient has pain and imaging is indicated.",
        "A progressive neurologic deficit is present on examination of the patient, so the surgeon's request is indicated.",
        "The patient has severe pain; neurologic findings are documented by the surgeon.");

    [Fact]
    public void The_log_likelihood_of_a_term_used_in_one_group_only_is_its_textbook_value()
    {
        // 10 of 100 against 0 of 100: each group expected 5, so G² = 2 × 10 ln(10 / 5).
        Assert.Equal(2 * 10 * Math.Log(2), DistinguishingTerms.LogLikelihood(10, 0, 100, 100), 9);
        Assert.Equal(0, DistinguishingTerms.LogLikelihood(5, 10, 100, 200), 9);
        Assert.True(DistinguishingTerms.LogLikelihood(50, 0, 1000, 1000) > DistinguishingTerms.LogLikelihood(2, 0, 1000, 1000));
    }

    [Fact]
    public void Each_group_gets_the_terms_it_uses_more_with_their_counts()
    {
        var (upheld, overturned) = DistinguishingTerms.Find(Upheld, Overturned);

        var functional = Assert.Single(upheld, t => t.Word == "functional");
        Assert.Equal((3, 3, 0, 0), (functional.Occurrences, functional.Items, functional.OtherOccurrences, functional.OtherItems));
        Assert.Contains(upheld, t => t.Word == "improvement");
        Assert.Contains(upheld, t => t.Word == "sessions");
        var neurologic = Assert.Single(overturned, t => t.Word == "neurologic");
        Assert.Equal((3, 3, 0, 0), (neurologic.Occurrences, neurologic.Items, neurologic.OtherOccurrences, neurologic.OtherItems));
        Assert.Contains(overturned, t => t.Word == "surgeon");
        Assert.Contains(overturned, t => t.Word == "progressive");
        Assert.DoesNotContain(upheld, t => t.Word == "neurologic");
        Assert.Equal(upheld.OrderByDescending(t => t.LogLikelihood).Select(t => t.Term), upheld.Select(t => t.Term));
    }

    [Fact]
    public void Stop_words_common_words_and_terms_both_use_alike_never_come_out()
    {
        var (upheld, overturned) = DistinguishingTerms.Find(Upheld, Overturned);
        var words = upheld.Concat(overturned).Select(t => t.Word).ToList();

        foreach (var common in new[] { "the", "there", "is", "of", "after", "without", "more", "was", "so", "patient", "pain", "has" })
        {
            Assert.DoesNotContain(common, words);
        }
    }

    [Fact]
    public void A_term_one_letter_repeats_or_writes_once_is_not_a_group_term()
    {
        var upheld = Read(
            "Acupuncture acupuncture acupuncture was tried. Functional improvement is absent.",
            "Functional improvement is absent.",
            "No functional improvement is documented; ketorolac was given once.");
        var overturned = Read("The request is appropriate.", "The request is reasonable.");

        var (terms, _) = DistinguishingTerms.Find(upheld, overturned);

        Assert.Contains(terms, t => t.Word == "functional");
        Assert.DoesNotContain(terms, t => t.Word == "acupuncture");
        Assert.DoesNotContain(terms, t => t.Word == "ketorolac");
    }

    [Fact]
    public void Two_single_items_need_a_term_twice_in_one_rationale()
    {
        var (first, second) = DistinguishingTerms.Find(
            Read("Imaging before surgery is indicated; the surgeon plans surgery."),
            Read("Acupuncture is not indicated; acupuncture sessions gave no benefit."));

        Assert.Equal(["surgery"], first.Select(t => t.Word));
        Assert.Equal(["acupuncture"], second.Select(t => t.Word));
    }

    [Fact]
    public void The_word_shown_is_the_spelling_the_group_writes_most()
    {
        var (terms, _) = DistinguishingTerms.Find(
            Read("Therapy failed. The therapy was stopped.", "Physical therapies were tried; therapy continues."),
            Read("The request is appropriate.", "The request is reasonable."));

        var therapy = Assert.Single(terms, t => t.Word == "therapy");
        Assert.Equal(4, therapy.Occurrences);
        Assert.NotEqual(therapy.Word, therapy.Term);
    }

    [Fact]
    public void A_side_with_no_counted_terms_gives_no_terms()
    {
        var (first, second) = DistinguishingTerms.Find(Upheld, Read("The."));

        Assert.Empty(first);
        Assert.Empty(second);
    }
}
