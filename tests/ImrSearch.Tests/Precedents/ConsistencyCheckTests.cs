using ImrSearch.Domain;
using ImrSearch.Precedents;
using ImrSearch.Search;

namespace ImrSearch.Tests.Precedents;

/// <summary>The consistency check on drafts taken from and written against the seed corpus.</summary>
public sealed class ConsistencyCheckTests(SeedExplorerFixture seeds) : IClassFixture<SeedExplorerFixture>
{
    [Fact]
    public void A_draft_taken_from_a_seed_rationale_finds_that_item_first()
    {
        foreach (var (letter, item) in seeds.Items)
        {
            var result = seeds.Explorer.Check(new ConsistencyCheckRequest(item.Rationale));

            var top = result.Similar.Neighbours[0];
            Assert.Equal((letter.CaseId, item.Index), (top.CaseId, top.ItemIndex));
        }
    }

    [Fact]
    public void A_draft_concluding_against_its_neighbours_is_flagged()
    {
        const string Draft = "The request for chiropractic manipulation visits for the low back is medically necessary. " +
            "Manual therapy and manipulation with a trial of 6 visits over 2 weeks and functional improvement is recommended, " +
            "therefore the chiropractic treatment is medically necessary.";

        var result = seeds.Explorer.Check(new ConsistencyCheckRequest(Draft, Count: 3));

        Assert.Equal(Decision.Overturned, result.DraftLeaning);
        Assert.All(result.Similar.Neighbours, n => Assert.Equal(Decision.Upheld, n.Decision));
        Assert.True(result.LeansAgainstPrecedent);
        Assert.Contains("3 of the 3", result.Verdict);
    }

    [Fact]
    public void A_draft_agreeing_with_its_neighbours_is_not_flagged_and_lists_their_guidelines()
    {
        const string Draft = "Chiropractic manipulation for the low back: no documentation of functional improvement after prior visits. " +
            "Therefore, the request is not medically necessary.";

        var result = seeds.Explorer.Check(new ConsistencyCheckRequest(Draft, Treatment: "chiropractic", Count: 5));

        Assert.Equal(Decision.Upheld, result.DraftLeaning);
        Assert.False(result.LeansAgainstPrecedent);
        Assert.All(result.Similar.Neighbours, n => Assert.Equal("Chiropractic", n.Treatment));
        Assert.NotEmpty(result.CommonCitations);
        Assert.Equal(result.CommonCitations.Max(c => c.Count), result.CommonCitations[0].Count);
    }

    [Fact]
    public void A_request_description_without_a_conclusion_just_reports_the_split()
    {
        var result = seeds.Explorer.Check(new ConsistencyCheckRequest("MRI of the lumbar spine for preoperative planning"));

        Assert.Null(result.DraftLeaning);
        Assert.False(result.LeansAgainstPrecedent);
        Assert.StartsWith("The draft states no conclusion", result.Verdict);
        Assert.NotEmpty(result.Similar.Neighbours);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_draft_is_refused(string draft) =>
        Assert.Throws<SearchRequestException>(() => seeds.Explorer.Check(new ConsistencyCheckRequest(draft)));

    [Fact]
    public void A_draft_over_the_limit_is_refused_with_its_size()
    {
        var draft = new string('a', ConsistencyCheckRequest.MaxDraftLength + 1);

        var error = Assert.Throws<SearchRequestException>(() => seeds.Explorer.Check(new ConsistencyCheckRequest(draft)));
        Assert.Contains("20,001", error.Message);
    }
}
