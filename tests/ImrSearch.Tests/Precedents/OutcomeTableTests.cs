using ImrSearch.Domain;
using ImrSearch.Precedents;
using ImrSearch.Search;
using ImrSearch.Tests.Search;

namespace ImrSearch.Tests.Precedents;

/// <summary>Outcome tables on the seed corpus, checked against counts computed by brute force over the parsed letters.</summary>
public sealed class OutcomeTableTests(SeedExplorerFixture seeds) : IClassFixture<SeedExplorerFixture>
{
    public static TheoryData<string?, string, string?, string?> Requests => new()
    {
        { null, "treatment", null, null },
        { null, "bodyRegion", "treatment", null },
        { null, "specialty", null, null },
        { "lumbar", "treatment", null, null },
        { "\"medically necessary\"", "bodyRegion", "specialty", null },
        { null, "guideline", null, "Occupational Medicine" },
        { "chiropractic OR mri", "treatment", "licensure", "Occupational Medicine" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Groups_match_brute_force_over_the_parsed_letters(string? query, string groupBy, string? thenBy, string? specialty)
    {
        var request = specialty is null ? SearchIndex.Request(query) : SearchIndex.Request(query, ("specialty", specialty));
        var matching = seeds.Index.Searcher.Search(request with { PageSize = 100 }).Hits
            .Select(h => (h.CaseId, h.ItemIndex))
            .ToHashSet();
        var items = seeds.Items.Where(i => matching.Contains((i.Case.CaseId, i.Item.Index))).ToList();
        Assert.NotEmpty(items);

        var table = seeds.Explorer.Outcomes(request, groupBy, thenBy);

        Assert.Equal(items.Count, table.Total);
        Assert.Equal(items.Count(i => i.Item.Decision == Decision.Overturned), table.Overturned);
        var expected = items
            .SelectMany(i => ValuesOf(groupBy, i).SelectMany(g => (thenBy is null ? [null] : ValuesOf(thenBy, i)).Select(t => (g, t, i.Item.Decision))))
            .GroupBy(x => (x.g, x.t))
            .ToDictionary(g => g.Key, g => (Upheld: g.LongCount(x => x.Decision == Decision.Upheld), Overturned: g.LongCount(x => x.Decision == Decision.Overturned)));
        var actual = table.Groups.ToDictionary(g => (g.Value, g.SecondValue), g => (g.Upheld, g.Overturned));
        Assert.Equal(expected.OrderBy(e => e.Key.ToString()), actual.OrderBy(a => a.Key.ToString()));
    }

    [Fact]
    public void The_seed_corpus_by_treatment()
    {
        var table = seeds.Explorer.Outcomes(SearchIndex.Request(null), "treatment");

        Assert.Equal((10L, 9L, 1L), (table.Total, table.Upheld, table.Overturned));
        var mri = Assert.Single(table.Groups, g => g.Value == "MRI");
        Assert.Equal((3L, 2L, 1L), (mri.Count, mri.Upheld, mri.Overturned));
        Assert.False(mri.HasEnoughDecisions);
        Assert.Equal(table.Groups.Max(g => g.Count), table.Groups[0].Count);
    }

    [Fact]
    public void Groups_order_by_rate_puts_small_groups_last_and_not_stated_after_all()
    {
        OutcomeGroup[] groups =
        [
            new("A", null, 4, 0, 4),
            new("B", null, 10, 9, 1),
            new("C", null, 20, 10, 10),
            new(null, null, 50, 50, 0),
        ];

        var ordered = OutcomeTabulation.Order(groups, OutcomeOrder.OverturnRate);

        Assert.Equal(["C", "B", "A", null], ordered.Select(g => g.Value));
        Assert.Equal(["C", "B", "A", null], OutcomeTabulation.Order(groups, OutcomeOrder.Count).Select(g => g.Value));
        Assert.Equal(["A", "B", "C", null], OutcomeTabulation.Order(groups, OutcomeOrder.Value).Select(g => g.Value));
    }

    [Theory]
    [InlineData("decision", null)]
    [InlineData("colour", null)]
    [InlineData("treatment", "treatment")]
    [InlineData("treatment", "nonsense")]
    public void Bad_dimensions_are_refused_with_a_message(string groupBy, string? thenBy)
    {
        var error = Assert.Throws<SearchRequestException>(() => seeds.Explorer.Outcomes(SearchIndex.Request(null), groupBy, thenBy));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void A_malformed_query_still_tabulates_and_says_so()
    {
        var table = seeds.Explorer.Outcomes(SearchIndex.Request("\"lumbar spine"), "treatment");

        Assert.NotNull(table.Warning);
        Assert.True(table.Total > 0);
    }

    private static IEnumerable<string?> ValuesOf(string dimension, (Determination Case, DecidedItem Item) i)
    {
        IEnumerable<string?> values = dimension switch
        {
            "treatment" => new string?[] { i.Item.Treatment },
            "bodyRegion" => new string?[] { i.Item.BodyRegion },
            "specialty" => i.Case.Reviewer.Specialties,
            "licensure" => i.Case.Reviewer.Licensure,
            "guideline" => i.Item.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization).Select(c => (string?)c.Document).Distinct(),
            _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
        };
        var list = values.Where(v => v is not null).ToList();
        return list.Count == 0 ? [null] : list;
    }
}
