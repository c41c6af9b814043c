using ImrSearch.Search;
using ImrSearch.Web.Searching;

namespace ImrSearch.Web.Tests.Units;

public class OutcomeSplitTests
{
    [Fact]
    public void Reads_counts_from_the_decision_facet()
    {
        var response = new SearchResponse(9, 1, [], new Dictionary<string, FacetResult>
        {
            ["decision"] = new([new FacetValue("Upheld", 9, false), new FacetValue("Overturned", 1, true)], 2),
        }, null, 1, 10);

        var split = OutcomeSplit.From(response);

        Assert.Equal(9, split.Upheld);
        Assert.Equal(1, split.Overturned);
        Assert.Equal(90, split.UpheldPercent, 6);
        Assert.Equal(10, split.OverturnedPercent, 6);
    }

    [Theory]
    [InlineData(0, "0%")]
    [InlineData(0.2, "<1%")]
    [InlineData(8.4, "8%")]
    [InlineData(12.5, "13%")]
    [InlineData(99.6, ">99%")]
    [InlineData(100, "100%")]
    public void Percentages_never_round_a_rare_outcome_away(double percent, string shown) =>
        Assert.Equal(shown, OutcomeSplit.FormatPercent(percent));
}
