using ImrSearch.Domain;
using ImrSearch.Precedents;

namespace ImrSearch.Tests.Precedents;

/// <summary>Drafts and items read with the parser's vocabularies.</summary>
public sealed class RequestReaderTests
{
    private static readonly RequestReader Reader = RequestReader.Default;

    [Fact]
    public void A_draft_is_read_for_category_named_drug_region_guideline_and_quantity()
    {
        var reading = Reader.ReadDraft(
            "The patient is a 52-year-old cashier. Request for compounded ketoprofen 20% cream #120 for the right wrist. " +
            "Per the MTUS Chronic Pain Medical Treatment Guidelines, topical analgesics are largely experimental.");

        Assert.Equal("Topical analgesics", reading.Treatment);
        Assert.Contains("ketoprofen", reading.Named);
        Assert.DoesNotContain("cream", reading.Named);
        Assert.DoesNotContain("wrist", reading.Named);
        Assert.Equal("Wrist and hand", reading.BodyRegion);
        Assert.Equal(["Chronic Pain Medical Treatment Guidelines"], reading.Guidelines);
        Assert.Equal(120m, reading.Quantity);
        Assert.Equal("Topical analgesics, compounded, ketoprofen, Wrist and hand, QTY 120; Chronic Pain Medical Treatment Guidelines", reading.Describe());
    }

    [Fact]
    public void The_request_is_what_the_draft_names_before_why()
    {
        var reading = Reader.ReadDraft("Omeprazole 20 mg for gastrointestinal prophylaxis with NSAID use.");

        Assert.Equal("Proton pump inhibitors", reading.Treatment);
        Assert.Equal(["omeprazole"], reading.Named);
    }

    [Theory]
    [InlineData("Chiropractic treatments QTY: 12.00", 12)]
    [InlineData("Norco 10/325 mg #90", 90)]
    [InlineData("Physical therapy, six sessions, for the shoulder", 6)]
    [InlineData("Acupuncture 8 visits", 8)]
    [InlineData("MRI of the lumbar spine", null)]
    public void Quantities_are_read_as_letters_and_drafts_state_them(string request, int? quantity) =>
        Assert.Equal(quantity is int q ? q : null, RequestReader.Quantity(request));

    [Fact]
    public void A_condition_named_like_a_guideline_is_not_a_citation()
    {
        var reading = Reader.ReadDraft("Acupuncture for chronic pain of the low back.");

        Assert.Empty(reading.Guidelines);
        Assert.Equal("Acupuncture", reading.Treatment);
        Assert.Equal("Lumbar spine", reading.BodyRegion);
    }

    [Fact]
    public void Brand_and_generic_names_are_the_same_name()
    {
        Assert.True(Reader.SameName("norco", "hydrocodone"));
        Assert.True(Reader.SameName("flexeril", "cyclobenzaprine"));
        Assert.False(Reader.SameName("norco", "ketoprofen"));
    }

    [Fact]
    public void An_item_is_read_as_the_parser_read_it_with_its_reviewers_guidelines()
    {
        var item = new DecidedItem(
            0, "Retrospective request for Ketoprofen 20% cream 120gm", null, "Topical analgesics", null, Decision.Upheld, "", "",
            [new GuidelineCitation("MTUS", "Chronic Pain Medical Treatment Guidelines", "Topical Analgesics", "111-113", CitedBy.ImrOrganization),
             new GuidelineCitation("ODG", "Official Disability Guidelines", null, null, CitedBy.ClaimsAdministrator)],
            "");

        var reading = Reader.ReadItem(item);

        Assert.Equal(["ketoprofen"], reading.Named);
        Assert.Equal(["Chronic Pain Medical Treatment Guidelines"], reading.Guidelines);
    }

    [Fact]
    public void A_match_weighs_the_same_request_above_a_better_worded_other_one()
    {
        var wanted = new RequestReading("Chiropractic", ["chiropractic"], "Lumbar spine", [], null);
        var lowBack = PrecedentMatch.Of(wanted, new RequestReading("Chiropractic", ["chiropractic"], "Lumbar spine", [], null), 0.5, Reader);
        var unstated = PrecedentMatch.Of(wanted, new RequestReading("Chiropractic", ["chiropractic"], null, [], null), 0.6, Reader);
        var otherRegion = PrecedentMatch.Of(wanted, new RequestReading("Chiropractic", ["chiropractic"], "Cervical spine", [], null), 0.6, Reader);

        Assert.True(lowBack.Score(PrecedentWeights.Default) > unstated.Score(PrecedentWeights.Default));
        Assert.True(unstated.Score(PrecedentWeights.Default) > otherRegion.Score(PrecedentWeights.Default));
        Assert.True(unstated.Score(PrecedentWeights.TextOnly) > lowBack.Score(PrecedentWeights.TextOnly));
    }
}
