using ImrSearch.Index;
using ImrSearch.Search.Facets;

namespace ImrSearch.Tests.Search;

/// <summary>
/// The selections a document fails, read from joint codes, are the ones its values fail one by one: for joined and
/// left-out dimensions, multi-valued ones, documents without values and selections of no value at all.
/// </summary>
public sealed class SelectionMissesTests
{
    [Theory]
    [InlineData(1, JointFacetCodes.MaxCodesPerGroup, JointFacetCodes.MaxCodes)]
    [InlineData(2, 12, 30)]
    [InlineData(3, 6, 60)]
    [InlineData(4, 1, 1)]
    public void Misses_equal_testing_each_selection_value_by_value(int seed, int maxCodesPerGroup, int maxCodes)
    {
        var random = new Random(seed);
        var (dimensions, maxDoc) = JointFacetCodesTests.ReadDimensions(random, documents: 700);
        var joint = JointFacetCodes.Build(dimensions, maxDoc, maxCodesPerGroup, maxCodes);
        var segment = dimensions.ToArray();

        for (var round = 0; round < 40; round++)
        {
            var selected = Enumerable.Range(0, dimensions.Count).OrderBy(_ => random.Next()).Take(random.Next(1, dimensions.Count + 1)).ToList();
            var wanted = selected.Select(d => Enumerable.Range(0, dimensions[d].ValueCount).Select(_ => random.Next(3) == 0).ToArray()).ToArray();
            var selections = selected.Select(d => new FacetSelection(d, IndexSchema.FacetDimensions[0], [], [], [])).ToList();

            var misses = SelectionMisses.For(joint, segment, selections, wanted);

            for (var doc = 0; doc < maxDoc; doc++)
            {
                var expected = 0;
                for (var s = 0; s < selections.Count; s++)
                {
                    if (!dimensions[selected[s]].HasAny(doc, wanted[s]))
                    {
                        expected |= 1 << s;
                    }
                }

                Assert.Equal(expected, misses.Of(doc));
            }
        }
    }
}
