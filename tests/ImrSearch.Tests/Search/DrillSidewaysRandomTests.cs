using ImrSearch.Index;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Execution;
using ImrSearch.Search.Facets;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ImrSearch.Tests.Search;

/// <summary>
/// The drill-sideways pass checked against counts computed by brute force over the documents' own values, on random
/// multi-segment indexes with deletions, multi-valued dimensions, values differing only in case, and random
/// selections and queries.
/// </summary>
public sealed class DrillSidewaysRandomTests
{
    private static readonly FacetDimension[] Dimensions = [IndexSchema.Decision, IndexSchema.Treatment, IndexSchema.Specialty, IndexSchema.Sex];

    private static readonly Dictionary<FacetDimension, string[]> Vocabulary = new()
    {
        [IndexSchema.Decision] = ["Upheld", "Overturned"],
        [IndexSchema.Treatment] = ["Chiropractic", "MRI", "Physical therapy", "Opioids", "Acupuncture", "TENS"],
        [IndexSchema.Specialty] = ["Neurology", "Occupational Medicine", "Orthopedic Surgery", "Psychiatry"],
        [IndexSchema.Sex] = ["Female", "Male"],
    };

    private sealed record Doc(int Id, bool Deleted, bool Even, Dictionary<FacetDimension, List<string>> Values);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    public void Counts_match_brute_force(int seed, int slices)
    {
        var random = new Random(seed);
        using var directory = new RAMDirectory();
        var docs = WriteIndex(directory, random);
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count > 1, "the test needs several segments to exercise the ordinal map");
        var searcher = new SlicedSearch(reader, minDocsToSplit: 0, slices: slices);
        Assert.Equal(slices, SlicedSearch.SliceCount(searcher));
        var commit = OpenedCommit.Open(searcher);
        var ordinals = commit.FacetOrdinals;

        for (var round = 0; round < 60; round++)
        {
            var filters = RandomFilters(random);
            var evenOnly = random.Next(3) == 0;
            Query query = evenOnly ? new TermQuery(new Term("parity", "even")) : new MatchAllDocsQuery();
            var selections = FacetSelection.Resolve(ordinals, filters);
            var (counts, top, _) = DrillSideways.Run(
                commit, query, matchesEverything: !evenOnly, selections,
                () => TopScoreDocCollector.Create(1000, true), parts => TopDocs.Merge(null, 1000, parts));

            var live = docs.Where(d => !d.Deleted && (!evenOnly || d.Even)).ToList();
            bool Passes(Doc doc, FacetDimension? except) => filters.All(f =>
                IndexSchema.FindDimension(f.Key) is var dim && (dim == except ||
                doc.Values[dim!].Any(v => f.Value.Any(s => string.Equals(s, v, StringComparison.OrdinalIgnoreCase)))));

            var expectedHits = live.Count(d => Passes(d, null));
            Assert.Equal(expectedHits, counts.Total);
            Assert.Equal(expectedHits, top.ScoreDocs.Length);
            // Equal scores: the merged slices keep doc-id order, as one pass would.
            Assert.Equal(top.ScoreDocs.Select(d => d.Doc).Order(), top.ScoreDocs.Select(d => d.Doc));

            var results = FacetResults.Build(counts, selections, topN: 100);
            foreach (var dimension in Dimensions)
            {
                var ownSelection = filters.Keys.Any(k => IndexSchema.FindDimension(k) == dimension);
                var counted = live.Where(d => Passes(d, ownSelection ? dimension : null)).ToList();
                var expected = counted
                    .SelectMany(d => d.Values[dimension])
                    .GroupBy(v => v, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
                var actual = results[dimension.Name].Values.Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
                Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
                Assert.Equal(expected.Count, results[dimension.Name].Distinct);
            }
        }
    }

    private static Dictionary<string, IReadOnlyList<string>> RandomFilters(Random random)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var dimension in Dimensions)
        {
            if (random.Next(2) == 0)
            {
                continue;
            }

            var values = Vocabulary[dimension].Where(_ => random.Next(3) == 0).ToList();
            if (values.Count == 0)
            {
                values.Add(Vocabulary[dimension][random.Next(Vocabulary[dimension].Length)]);
            }

            // Selections arrive in any case, as a URL might carry them.
            filters[random.Next(2) == 0 ? dimension.Name : dimension.Name.ToUpperInvariant()] =
                values.Select(v => random.Next(2) == 0 ? v.ToLowerInvariant() : v).ToList();
        }

        return filters;
    }

    private static List<Doc> WriteIndex(Lucene.Net.Store.Directory directory, Random random)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { MaxBufferedDocs = 37 };
        config.MergePolicy = NoMergePolicy.COMPOUND_FILES;
        var docs = new List<Doc>();
        using (var writer = new IndexWriter(directory, config))
        {
            for (var id = 0; id < 400; id++)
            {
                var values = new Dictionary<FacetDimension, List<string>>();
                var document = new Document
                {
                    new StringField(IndexSchema.Kind, IndexSchema.KindItem, Field.Store.NO),
                    new StringField("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
                    new StringField("parity", id % 2 == 0 ? "even" : "odd", Field.Store.NO),
                };
                foreach (var dimension in Dimensions)
                {
                    var vocabulary = Vocabulary[dimension];
                    var howMany = dimension == IndexSchema.Specialty ? random.Next(0, 3) : random.Next(0, 8) == 0 ? 0 : 1;
                    var chosen = Enumerable.Range(0, howMany).Select(_ => vocabulary[random.Next(vocabulary.Length)]).Distinct().ToList();
                    values[dimension] = chosen;
                    foreach (var value in chosen)
                    {
                        document.Add(new SortedSetDocValuesField(dimension.DocValuesField, new BytesRef(value)));
                        document.Add(new StringField(dimension.FilterField, FacetValues.FilterTerm(value), Field.Store.NO));
                    }
                }

                writer.AddDocument(document);
                docs.Add(new Doc(id, false, id % 2 == 0, values));

                if (id % 50 == 0)
                {
                    // A case document: it carries no facet values and must never be counted.
                    writer.AddDocument(new Document { new StringField(IndexSchema.Kind, IndexSchema.KindCase, Field.Store.NO) });
                }
            }

            foreach (var doc in docs.Where(_ => random.Next(10) == 0).ToList())
            {
                writer.DeleteDocuments(new Term("id", doc.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                docs[doc.Id] = doc with { Deleted = true };
            }

            writer.Commit();
        }

        return docs;
    }
}
