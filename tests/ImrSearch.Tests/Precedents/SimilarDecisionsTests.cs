using ImrSearch.Domain;
using ImrSearch.Search;
using ImrSearch.Tests.Highlighting;

namespace ImrSearch.Tests.Precedents;

/// <summary>MoreLikeThis neighbours on the seed corpus.</summary>
public sealed class SimilarDecisionsTests(SeedExplorerFixture seeds) : IClassFixture<SeedExplorerFixture>
{
    [Fact]
    public void The_two_lumbar_mri_items_find_each_other()
    {
        var (first, second) = (Item("MRI", "Lumbar spine", 0), Item("MRI", "Lumbar spine", 1));

        var fromFirst = seeds.Explorer.Similar(first.Case.CaseId, first.Item.Index)!;
        var fromSecond = seeds.Explorer.Similar(second.Case.CaseId, second.Item.Index)!;

        Assert.Equal((second.Case.CaseId, second.Item.Index), Key(fromFirst.Neighbours[0]));
        Assert.Equal((first.Case.CaseId, first.Item.Index), Key(fromSecond.Neighbours[0]));
    }

    [Fact]
    public void Chiropractic_items_find_chiropractic_items()
    {
        foreach (var (letter, item) in seeds.Items.Where(i => i.Item.Treatment == "Chiropractic"))
        {
            var similar = seeds.Explorer.Similar(letter.CaseId, item.Index)!;

            Assert.True("Chiropractic" == similar.Neighbours[0].Treatment, letter.CaseId + "#" + item.Index + ": " + string.Join(" / ", similar.Neighbours.Select(n => n.CaseId + "#" + n.ItemIndex + " " + n.Treatment + " " + n.Score)));
        }
    }

    [Fact]
    public void Neighbours_come_from_other_letters_and_can_keep_to_the_same_treatment()
    {
        var (letter, item) = Item("MRI", "Cervical spine", 0);

        var any = seeds.Explorer.Similar(letter.CaseId, item.Index, count: 10)!;
        var sameTreatment = seeds.Explorer.Similar(letter.CaseId, item.Index, sameTreatment: true, count: 10)!;

        Assert.NotEmpty(any.Neighbours);
        Assert.DoesNotContain(any.Neighbours, n => n.CaseId == letter.CaseId);
        Assert.NotEmpty(sameTreatment.Neighbours);
        Assert.All(sameTreatment.Neighbours, n => Assert.Equal("MRI", n.Treatment));
        Assert.Equal(sameTreatment.Neighbours.Count, sameTreatment.Upheld + sameTreatment.Overturned);
    }

    [Fact]
    public void Neighbour_passages_mark_shared_key_terms()
    {
        var (letter, item) = Item("MRI", "Lumbar spine", 0);

        var top = seeds.Explorer.Similar(letter.CaseId, item.Index)!.Neighbours[0];

        Assert.Contains("<mark>", string.Concat(top.Highlights.Html()));
    }

    [Fact]
    public void An_unknown_case_or_item_has_no_neighbours()
    {
        var (letter, _) = Item("MRI", "Lumbar spine", 0);

        Assert.Null(seeds.Explorer.Similar("CM00-0000000", 0));
        Assert.Null(seeds.Explorer.Similar(letter.CaseId, 99));
        Assert.Throws<SearchRequestException>(() => seeds.Explorer.Similar(letter.CaseId, 0, count: 0));
    }

    private static (string, int) Key(SearchHit hit) => (hit.CaseId, hit.ItemIndex);

    private (Determination Case, DecidedItem Item) Item(string treatment, string bodyRegion, int nth) =>
        seeds.Items.Where(i => i.Item.Treatment == treatment && i.Item.BodyRegion == bodyRegion).ElementAt(nth);
}
