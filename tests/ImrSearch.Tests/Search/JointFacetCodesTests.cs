using ImrSearch.Search.Facets;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ImrSearch.Tests.Search;

/// <summary>
/// Joint facet codes give the same per-value counts as counting each document's values one by one, however the
/// dimensions are grouped: small groups, a dimension alone with a larger counts array, and dimensions left out.
/// </summary>
public sealed class JointFacetCodesTests
{
    // Values per dimension; dimension 2 is multi-valued, dimension 4 has too many value sets for small limits.
    private static readonly int[] Cardinalities = [2, 5, 4, 3, 40, 2];

    [Theory]
    [InlineData(1, JointFacetCodes.MaxCodesPerGroup, JointFacetCodes.MaxCodes)]
    [InlineData(2, 12, 30)]
    [InlineData(3, 6, 60)]
    [InlineData(4, 1, 1)]
    public void Counts_equal_value_by_value_counting(int seed, int maxCodesPerGroup, int maxCodes)
    {
        var random = new Random(seed);
        var (dimensions, maxDoc) = ReadDimensions(random, documents: 700);
        var joint = JointFacetCodes.Build(dimensions, maxDoc, maxCodesPerGroup, maxCodes);

        // Every dimension is in exactly one group or left out; no group exceeds its limit.
        var placed = joint.Groups.SelectMany(g => g.Dimensions).Concat(joint.Unjoined).Order().ToList();
        Assert.Equal(Enumerable.Range(0, dimensions.Count), placed);
        Assert.All(joint.Groups, g => Assert.True(
            g.CodeCount <= (g.Dimensions.Length == 1 ? Math.Max(maxCodes, maxCodesPerGroup) : maxCodesPerGroup)));

        for (var round = 0; round < 20; round++)
        {
            var hits = Enumerable.Range(0, maxDoc).Where(_ => random.Next(3) > 0).ToArray();
            var counted = Enumerable.Range(0, dimensions.Count).Select(_ => random.Next(4) > 0).ToArray();

            var expected = dimensions.Select(d => new int[d.SlotCount]).ToArray();
            foreach (var doc in hits)
            {
                for (var d = 0; d < dimensions.Count; d++)
                {
                    if (counted[d])
                    {
                        dimensions[d].Count(doc, expected[d]);
                    }
                }
            }

            // One slot array for the segment, as the collector counts: each dimension's slots at its SlotStarts.
            var starts = joint.SlotStarts;
            Assert.Equal(dimensions.Sum(d => d.SlotCount), starts[^1]);
            var actual = new int[starts[^1]];
            foreach (var group in joint.Groups)
            {
                var codeCounts = new int[group.CodeCount];
                foreach (var doc in hits)
                {
                    codeCounts[group.Codes[doc]]++;
                }

                JointFacetCodes.AddToSlots(group, codeCounts, actual);
            }

            foreach (var d in joint.Unjoined.Where(d => counted[d]))
            {
                foreach (var doc in hits)
                {
                    dimensions[d].Count(doc, actual.AsSpan(starts[d], dimensions[d].SlotCount));
                }
            }

            for (var d = 0; d < dimensions.Count; d++)
            {
                // Slot 0 ("no value") is not a facet value: only value slots are compared. A joined dimension is
                // counted whether asked or not (the collector reads only those asked), so only those are compared.
                if (counted[d])
                {
                    Assert.Equal(expected[d].Skip(1), actual.Skip(starts[d] + 1).Take(dimensions[d].SlotCount - 1));
                }
            }
        }
    }

    [Fact]
    public void Small_limits_split_the_dimensions_into_several_groups_and_leave_the_largest_out()
    {
        var (dimensions, maxDoc) = ReadDimensions(new Random(7), documents: 700);

        var joint = JointFacetCodes.Build(dimensions, maxDoc, maxCodesPerGroup: 20, maxCodes: 30);

        Assert.True(joint.Groups.Count >= 3);
        Assert.Contains(joint.Groups, g => g.Dimensions.Length > 1);
        Assert.Equal([4], joint.Unjoined);
    }

    [Fact]
    public void With_the_default_limits_every_dimension_is_joined()
    {
        var (dimensions, maxDoc) = ReadDimensions(new Random(9), documents: 700);

        var joint = JointFacetCodes.Build(dimensions, maxDoc);

        Assert.Empty(joint.Unjoined);
        Assert.True(joint.Groups.Count < dimensions.Count);
    }

    /// <summary>One segment with random values (some documents with none, like case documents), read as ordinals.</summary>
    internal static (IReadOnlyList<SegmentDimensionOrdinals> Dimensions, int MaxDoc) ReadDimensions(Random random, int documents)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            for (var id = 0; id < documents; id++)
            {
                var document = new Document { new StringField("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO) };
                if (random.Next(5) > 0)
                {
                    for (var d = 0; d < Cardinalities.Length; d++)
                    {
                        var howMany = d == 2 ? random.Next(0, 4) : random.Next(8) == 0 ? 0 : 1;
                        foreach (var value in Enumerable.Range(0, howMany).Select(_ => random.Next(Cardinalities[d])).Distinct())
                        {
                            document.Add(new SortedSetDocValuesField($"d{d}", new BytesRef($"v{value}")));
                        }
                    }
                }

                writer.AddDocument(document);
            }

            writer.ForceMerge(1);
        }

        using var reader = DirectoryReader.Open(directory);
        var atomic = Assert.Single(reader.Leaves).AtomicReader;
        var dimensions = Enumerable.Range(0, Cardinalities.Length)
            .Select(d => SegmentDimensionOrdinals.Read(atomic.GetSortedSetDocValues($"d{d}"), atomic.MaxDoc))
            .ToList();
        return (dimensions, atomic.MaxDoc);
    }
}
