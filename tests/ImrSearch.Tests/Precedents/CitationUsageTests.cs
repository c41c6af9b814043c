using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Tests.Search;

namespace ImrSearch.Tests.Precedents;

/// <summary>Guideline citation usage on the seed corpus, against brute force over the parsed letters.</summary>
public sealed class CitationUsageTests(SeedExplorerFixture seeds) : IClassFixture<SeedExplorerFixture>
{
    [Theory]
    [InlineData(null)]
    [InlineData("lumbar")]
    [InlineData("treatment:chiropractic")]
    public void Counts_match_brute_force(string? query)
    {
        var matching = seeds.Index.Searcher.Search(SearchIndex.Request(query) with { PageSize = 100 }).Hits
            .Select(h => (h.CaseId, h.ItemIndex))
            .ToHashSet();
        var expected = seeds.Items
            .Where(i => matching.Contains((i.Case.CaseId, i.Item.Index)))
            .SelectMany(i => i.Item.Citations.Where(c => c.CitedBy == CitedBy.ImrOrganization).Select(CitationKey.Of).Distinct()
                .Select(key => (key, i.Item.Decision)))
            .GroupBy(x => x.key)
            .ToDictionary(g => g.Key, g => (g.LongCount(x => x.Decision == Decision.Upheld), g.LongCount(x => x.Decision == Decision.Overturned)));

        var usage = seeds.Explorer.Citations(SearchIndex.Request(query));

        Assert.NotEmpty(usage);
        var actual = usage.ToDictionary(
            u => CitationKey.Of(new GuidelineCitation(u.Source, u.Document, u.Topic, u.Pages, CitedBy.ImrOrganization, Edition: u.Edition)),
            u => (u.Upheld, u.Overturned));
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
        Assert.Equal(usage.Max(u => u.Items), usage[0].Items);
    }

    [Fact]
    public void Keys_round_trip_with_missing_parts()
    {
        var citation = new GuidelineCitation("MTUS", "Chronic Pain Medical Treatment Guidelines", null, "58-59", CitedBy.ImrOrganization);
        var named = citation with { Topic = "Tramadol", Regulation = "8 C.C.R. 9792.20 - 9792.26", Edition = new GuidelineEdition(2009, new DateOnly(2009, 7, 18)), PageTotal = 127 };

        Assert.Equal(("MTUS", "Chronic Pain Medical Treatment Guidelines", (string?)null, "58-59", (GuidelineEdition?)null), CitationKey.Parse(CitationKey.Of(citation)));
        // The edition is part of the key; the regulation and page total describe the document and are not.
        Assert.Equal(("MTUS", "Chronic Pain Medical Treatment Guidelines", "Tramadol", "58-59", named.Edition), CitationKey.Parse(CitationKey.Of(named)));
        Assert.Equal(CitationKey.Of(named), CitationKey.Of(named with { Regulation = null, PageTotal = null }));
        Assert.Throws<FormatException>(() => CitationKey.Parse("MTUS"));
    }
}
