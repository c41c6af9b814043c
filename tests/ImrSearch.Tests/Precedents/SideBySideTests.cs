using ImrSearch.Domain;
using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Tests.Search;

namespace ImrSearch.Tests.Precedents;

/// <summary>Side by side over the seed corpus: two items, and a search's upheld and overturned items.</summary>
public sealed class SideBySideTests(SeedExplorerFixture seeds) : IClassFixture<SeedExplorerFixture>
{
    private (Determination Case, DecidedItem Item) Item(string treatment, string? region) =>
        seeds.Items.First(i => i.Item.Treatment == treatment && i.Item.BodyRegion == region);

    [Fact]
    public void The_upheld_and_overturned_items_of_a_search_are_compared()
    {
        var sides = seeds.Explorer.CompareOutcomes(SearchIndex.Request("lumbar"));

        var expectedUpheld = seeds.Items.Count(i => i.Item.Decision == Decision.Upheld && Mentions(i, "lumbar"));
        Assert.True(sides.IsGroups);
        Assert.Equal(("Upheld", "Overturned"), (sides.First.Label, sides.Second.Label));
        Assert.All(sides.First.Items, i => Assert.Equal(Decision.Upheld, i.Decision));
        Assert.Equal(expectedUpheld, sides.First.Matching);
        var overturned = Assert.Single(sides.Second.Items);
        Assert.Equal(("MRI of the lumbar spine", "MRI", "Lumbar spine"), (overturned.Item, overturned.Treatment, overturned.BodyRegion));
        Assert.Contains(sides.Second.Terms, t => t.Word == "preoperative");
        Assert.Contains(sides.Second.Terms, t => t.Word == "surgeon");
        Assert.DoesNotContain(sides.First.Terms.Concat(sides.Second.Terms), t => t.Word is "the" or "was" or "for");
        Assert.Contains(new ValueCount("MRI", 1), sides.Second.Treatments);
        Assert.Contains(sides.Second.Citations, c => c.CitedBy == CitedBy.ClaimsAdministrator && c.Source == "ODG");
        Assert.Contains(sides.Second.Citations, c => c.CitedBy == CitedBy.ImrOrganization);
        var passage = Assert.Single(sides.Second.Passages);
        Assert.Contains(passage.Text.MarkedWords(), w => w.Equals("surgeon", StringComparison.OrdinalIgnoreCase) || w.StartsWith("preoperative", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_decision_filter_does_not_empty_one_side()
    {
        var filtered = seeds.Explorer.CompareOutcomes(SearchIndex.Request("lumbar", ("decision", "Upheld")));

        Assert.Single(filtered.Second.Items);
        Assert.NotEmpty(filtered.First.Items);
    }

    [Fact]
    public void Two_items_are_compared_with_their_requests_and_both_parties_citations()
    {
        var (physicalCase, physical) = Item("Physical therapy", "Lumbar spine");
        var (mriCase, mri) = Item("MRI", "Lumbar spine");

        var sides = seeds.Explorer.Compare(new DecidedItemKey(physicalCase.CaseId, physical.Index), new DecidedItemKey(mriCase.CaseId, mri.Index));

        Assert.False(sides.IsGroups);
        Assert.Equal((physical.Item, 1L), (sides.First.Label, sides.First.Matching));
        Assert.Equal(new ComparedItem(mriCase.CaseId, mri.Index, mri.Item, mri.Quantity, "MRI", "Lumbar spine", mri.Decision), Assert.Single(sides.Second.Items));
        Assert.Equal(
            mri.Citations.Select(c => (c.CitedBy, c.Document)).Distinct().Order(),
            sides.Second.Citations.Select(c => (c.CitedBy, c.Document)).Distinct().Order());
        Assert.NotEmpty(sides.First.Terms.Concat(sides.Second.Terms));
    }

    [Fact]
    public void Unknown_and_identical_items_are_refused()
    {
        var (letter, item) = Item("MRI", "Lumbar spine");

        var missing = Assert.Throws<DecidedItemNotFoundException>(() => seeds.Explorer.Compare(new DecidedItemKey(letter.CaseId, item.Index), new DecidedItemKey(letter.CaseId, 99)));
        Assert.Equal(99, missing.Key.ItemIndex);
        Assert.Throws<DecidedItemNotFoundException>(() => seeds.Explorer.Compare(new DecidedItemKey("CM00-0000000", 0), new DecidedItemKey(letter.CaseId, item.Index)));
        Assert.Throws<SearchRequestException>(() => seeds.Explorer.Compare(new DecidedItemKey(letter.CaseId, item.Index), new DecidedItemKey(letter.CaseId.ToUpperInvariant(), item.Index)));
    }

    [Theory]
    [InlineData("CM13-0012345/0", "CM13-0012345", 0)]
    [InlineData(" 001_a2d9d1ce07a723b3/2 ", "001_a2d9d1ce07a723b3", 2)]
    public void Item_keys_read_case_slash_item(string text, string caseId, int index)
    {
        Assert.True(DecidedItemKey.TryParse(text, out var key));
        Assert.Equal(new DecidedItemKey(caseId, index), key);
        Assert.Equal(caseId + "/" + index, key.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CM13-0012345")]
    [InlineData("/0")]
    [InlineData("CM13-0012345/-1")]
    [InlineData("CM13-0012345/x")]
    [InlineData("CM13-0012345/99999999999")]
    public void Bad_item_keys_are_not_read(string? text)
    {
        Assert.False(DecidedItemKey.TryParse(text, out _));
    }

    private static bool Mentions((Determination Case, DecidedItem Item) item, string word) =>
        (item.Item.Item + " " + item.Item.Rationale + " " + item.Item.ClaimsAdministratorGuideline + " " + item.Item.ImrGuideline + " " + item.Case.Summary)
            .Contains(word, StringComparison.OrdinalIgnoreCase);
}
