using ImrSearch.Index;
using ImrSearch.Parsing;
using ImrSearch.Search;

namespace ImrSearch.Tests.Search;

/// <summary>
/// Facet counts from the searcher against counts computed by brute force over the parsed seed letters, for many
/// filter combinations (one to four dimensions, several values per dimension, values in any case, values no item has)
/// with and without a query.
/// </summary>
public sealed class SeedCorpusDrillSidewaysTests : IClassFixture<SeedCorpusSearchTests.Seeds>
{
    private readonly SearchIndex index;
    private readonly List<(string Key, Dictionary<string, List<string>> Values)> items;

    public SeedCorpusDrillSidewaysTests(SeedCorpusSearchTests.Seeds seeds)
    {
        index = seeds.Index;
        items = [];
        foreach (var letter in Directory.GetFiles(SearchIndex.SeedCorpus, "*.txt").Order(StringComparer.Ordinal))
        {
            var determination = LetterReader.Read(letter).Determination!;
            foreach (var item in determination.Decisions)
            {
                var values = IndexSchema.FacetDimensions.ToDictionary(d => d.Name, _ => new List<string>());
                foreach (var (dimension, value) in FacetValues.Of(determination, item))
                {
                    values[dimension.Name].Add(value);
                }

                items.Add(($"{determination.CaseId}#{item.Index}", values));
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("lumbar")]
    [InlineData("\"physical therapy\"")]
    [InlineData("MRI OR chiropractic")]
    public void Counts_equal_brute_force_for_many_filter_combinations(string? query)
    {
        Assert.Equal(10, items.Count);
        var matching = index.Searcher.Search(SearchIndex.Request(query) with { PageSize = 100 }).Hits
            .Select(h => $"{h.CaseId}#{h.ItemIndex}").ToHashSet(StringComparer.Ordinal);
        var random = new Random(query?.Length ?? 0);
        var dimensions = IndexSchema.FacetDimensions.Select(d => d.Name).ToList();

        for (var round = 0; round < 150; round++)
        {
            var filters = new Dictionary<string, List<string>>();
            foreach (var dimension in dimensions.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
            {
                var present = items.SelectMany(i => i.Values[dimension]).Distinct().ToList();
                var chosen = present.Where(_ => random.Next(3) == 0).ToList();
                if (chosen.Count == 0 || random.Next(6) == 0)
                {
                    chosen.Add(present.Count > 0 && random.Next(2) == 0 ? present[random.Next(present.Count)] : "No Such Value");
                }

                filters[dimension] = [.. chosen.Select(v => random.Next(3) == 0 ? v.ToUpperInvariant() : v)];
            }

            var request = new SearchRequest(query, filters.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value)) with { PageSize = 100 };
            var response = index.Searcher.Search(request);

            bool Passes((string Key, Dictionary<string, List<string>> Values) item, string? except) =>
                matching.Contains(item.Key) && filters.All(f => f.Key == except ||
                    item.Values[f.Key].Any(v => f.Value.Contains(v, StringComparer.OrdinalIgnoreCase)));

            var hits = items.Where(i => Passes(i, null)).Select(i => i.Key).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(hits.Count, response.Total);
            Assert.Equal(hits, response.Hits.Select(h => $"{h.CaseId}#{h.ItemIndex}").Order(StringComparer.Ordinal));

            foreach (var dimension in dimensions)
            {
                var counted = items.Where(i => Passes(i, filters.ContainsKey(dimension) ? dimension : null));
                var expected = counted.SelectMany(i => i.Values[dimension])
                    .GroupBy(v => v, StringComparer.Ordinal)
                    .Select(g => (g.Key, (long)g.Count()))
                    .OrderByDescending(p => p.Item2).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .ToList();
                var facet = response.Facets[dimension];
                Assert.Equal(expected, facet.Values.Where(v => v.Count > 0).Select(v => (v.Value, v.Count)));
                Assert.Equal(expected.Count, facet.Distinct);

                // Every selected value is listed, flagged, whatever its count.
                foreach (var selected in filters.GetValueOrDefault(dimension) ?? [])
                {
                    Assert.Contains(facet.Values, v => v.Selected && string.Equals(v.Value, selected, StringComparison.OrdinalIgnoreCase));
                }

                Assert.All(facet.Values.Where(v => v.Selected), v =>
                    Assert.Contains(filters[dimension], s => string.Equals(s, v.Value, StringComparison.OrdinalIgnoreCase)));
            }
        }
    }
}
