using BenchmarkDotNet.Attributes;
using ImrSearch.Index;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Facets;
using ImrSearch.Synthetic;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ImrSearch.Bench.Micro;

/// <summary>
/// Counting every facet dimension over two thirds of the decided items (a broad query's hits), the loop that
/// dominated first-time search: value by value, one dimension at a time (as the collector counted before), against
/// the joint codes it counts with now.
/// </summary>
public class FacetCountingBenchmarks
{
    private RAMDirectory directory = null!;
    private DirectoryReader reader = null!;
    private ReaderFacetOrdinals ordinals = null!;
    private int[][] hits = [];

    /// <summary>Synthetic letters indexed (facet doc values only; about 3.3 decided items each).</summary>
    [Params(60_000)]
    public int Letters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { RAMBufferSizeMB = 256 };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var letter in new SyntheticCorpus(1, Letters).Stream())
            {
                foreach (var item in letter.Truth.Decisions)
                {
                    var document = new Document { new StringField(IndexSchema.Kind, IndexSchema.KindItem, Field.Store.NO) };
                    foreach (var (dimension, value) in FacetValues.Of(letter.Truth, item))
                    {
                        document.Add(new SortedSetDocValuesField(dimension.DocValuesField, new BytesRef(value)));
                    }

                    writer.AddDocument(document);
                }
            }

            writer.ForceMerge(1);
        }

        reader = DirectoryReader.Open(directory);
        ordinals = OpenedCommit.Open(new IndexSearcher(reader)).FacetOrdinals;
        hits = [.. reader.Leaves.Select(leaf => Enumerable.Range(0, leaf.AtomicReader.MaxDoc).Where(doc => doc % 3 != 0).ToArray())];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        reader.Dispose();
        directory.Dispose();
    }

    [Benchmark(Baseline = true, Description = "value by value")]
    public long ValueByValue()
    {
        long total = 0;
        for (var leaf = 0; leaf < hits.Length; leaf++)
        {
            var dimensions = ordinals.Segments[leaf];
            var slots = dimensions.Select(d => new int[d.SlotCount]).ToArray();
            foreach (var doc in hits[leaf])
            {
                for (var d = 0; d < dimensions.Length; d++)
                {
                    dimensions[d].Count(doc, slots[d]);
                }
            }

            total += slots.Sum(s => s[1]);
        }

        return total;
    }

    [Benchmark(Description = "joint codes")]
    public long JointCodes()
    {
        long total = 0;
        for (var leaf = 0; leaf < hits.Length; leaf++)
        {
            var joint = ordinals.Joint[leaf];
            var slots = new int[joint.SlotStarts[^1]];
            foreach (var group in joint.Groups)
            {
                var codeCounts = new int[group.CodeCount];
                var codes = group.Codes;
                foreach (var doc in hits[leaf])
                {
                    codeCounts[codes[doc]]++;
                }

                JointFacetCodes.AddToSlots(group, codeCounts, slots);
            }

            total += joint.SlotStarts[..^1].Sum(start => slots[start + 1]);
        }

        return total;
    }
}
