using ImrSearch.Domain;
using ImrSearch.Precedents;
using ImrSearch.Vocabularies;

namespace ImrSearch.Tests.Precedents;

/// <summary>What a draft leaves out of what its most similar prior items relied on.</summary>
public sealed class DraftOmissionsTests(SeedExplorerFixture seeds) : IClassFixture<SeedExplorerFixture>
{
    private static readonly GuidelineCitation ManualTherapy =
        new("MTUS", "Chronic Pain Medical Treatment Guidelines", "Manual therapy & manipulation", "58-59", CitedBy.ImrOrganization);

    private static DecidedItem Item(string rationale, params GuidelineCitation[] citations) =>
        new(0, "Chiropractic treatments", 12, "Chiropractic", "Lumbar spine", Decision.Upheld, "", "", citations, rationale);

    [Fact]
    public void Sections_and_facts_most_similar_items_share_and_the_draft_lacks_are_listed_with_counts()
    {
        IReadOnlyList<DecidedItem> similar =
        [
            Item("There is no documentation of functional improvement after 12 prior sessions.", ManualTherapy),
            Item("The records show no objective functional improvement; a home exercise program would suffice.", ManualTherapy),
            Item("Red flags were not present.", ManualTherapy with { CitedBy = CitedBy.ClaimsAdministrator }),
        ];
        const string Draft = "Chiropractic visits for the low back are not medically necessary.";

        var omissions = DraftOmissions.Find(Draft, RequestReader.Default.ReadDraft(Draft), similar, WeighedFactVocabulary.Default);

        var citation = Assert.Single(omissions.Citations);
        Assert.Equal(("Chronic Pain Medical Treatment Guidelines", "Manual therapy & manipulation", "58-59", 2, 3), (citation.Document, citation.Topic, citation.Pages, citation.Items, citation.Of));
        var fact = Assert.Single(omissions.Facts);
        Assert.Equal(("functional improvement", 2, 3), (fact.Fact, fact.Items, fact.Of));
    }

    [Fact]
    public void What_the_draft_cites_or_mentions_is_not_left_out()
    {
        IReadOnlyList<DecidedItem> similar =
        [
            Item("No functional improvement was documented.", ManualTherapy),
            Item("Functional improvement is required.", ManualTherapy),
        ];
        const string Draft = "Per the MTUS, manual therapy & manipulation requires objective functional improvement; none is documented.";

        var omissions = DraftOmissions.Find(Draft, RequestReader.Default.ReadDraft(Draft), similar, WeighedFactVocabulary.Default);

        Assert.True(omissions.IsEmpty);
    }

    [Fact]
    public void The_check_on_the_seeds_tells_a_bare_chiropractic_draft_what_its_neighbours_weighed()
    {
        var result = seeds.Explorer.Check(new ConsistencyCheckRequest("Chiropractic care for the low back. Denied.", Treatment: "Chiropractic", Count: 3));

        Assert.Contains(result.LeftOut.Facts, f => f.Fact == "functional improvement" && f.Items >= 2 && f.Of == 3);
        Assert.True(result.LeftOut.Citations.Count > 0, string.Join(" / ", result.Similar.Neighbours.Select(n => $"{n.CaseId}#{n.ItemIndex} {n.Item}: {string.Join("; ", n.Citations.Select(c => c.CitedBy + " " + c.Describe()))}")));
    }
}
