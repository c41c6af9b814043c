using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Parsing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ImrSearch.Tests.Index;

/// <summary>The seed corpus through the real parser and indexer.</summary>
public sealed class SeedIndexTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly string index;
    private readonly BuildReport report;

    public SeedIndexTests()
    {
        index = Path.Combine(folder.Path, "index");
        report = new CorpusIndexer().Build(SeedCorpus.Directory, index);
    }

    [Fact]
    public void Seed_corpus_gives_five_cases_ten_decisions_nine_upheld_one_overturned()
    {
        Assert.Equal((5, 5, 0), (report.Letters, report.Added, report.Rejected.Count));
        var statistics = IndexStatistics.Read(index);
        Assert.Equal((5, 10), (statistics.Cases, statistics.Decisions));
        Assert.Equal([new FacetCount("Upheld", 9), new FacetCount("Overturned", 1)], statistics.Facets["decision"]);
        Assert.Equal([new FacetCount("Chiropractic", 3), new FacetCount("MRI", 3), new FacetCount("Physical therapy", 2), new FacetCount("Acupuncture", 1), new FacetCount("X-ray", 1)], statistics.Facets["treatment"]);
        Assert.Equal(10, statistics.Facets["guidelineSource"].Where(v => v.Value is "MTUS" or "ACOEM").Sum(v => v.Count));
    }

    [Fact]
    public void Every_field_of_every_seed_item_comes_back_from_the_index()
    {
        using var documents = new IndexedDocuments(index);
        foreach (var letter in SeedCorpus.Letters)
        {
            var source = Path.GetFileName(letter);
            var determination = LetterReader.Read(letter, source).Determination!;
            var stored = documents.Cases().Single(c => c.Get(IndexSchema.Source) == source);
            Assert.Equal(DeterminationJson.Serialize(determination), DeterminationJson.Serialize(DeterminationJson.Deserialize(stored.Get(IndexSchema.DeterminationJson))));
            Assert.Equal(determination.CaseId, stored.Get(IndexSchema.CaseId));

            foreach (var item in determination.Decisions)
            {
                var doc = documents.ItemDocId(determination.CaseId, item.Index);
                var expected = FacetValues.Of(determination, item).ToLookup(pair => pair.Dimension.Name, pair => pair.Value);
                foreach (var dimension in IndexSchema.FacetDimensions)
                {
                    Assert.Equal(expected[dimension.Name].Order(StringComparer.Ordinal), documents.SortedSetValues(doc, dimension.DocValuesField));
                    Assert.All(expected[dimension.Name], value => Assert.True(documents.HasTerm(doc, dimension.FilterField, value.ToLowerInvariant())));
                }

                Assert.Contains(item.Decision.ToString(), expected["decision"]);
                Assert.Equal(item.Treatment, Assert.Single(expected["treatment"]));
                Assert.Equal(DeterminationDocuments.DecisionDateSortValue(determination), documents.NumericValue(doc, IndexSchema.DecisionDateSort));
                Assert.Equal(item.Index, documents.NumericValue(doc, IndexSchema.ItemIndex));
                Assert.Equal(source, documents.Reader.Document(doc).Get(IndexSchema.Source));
            }
        }
    }

    [Fact]
    public void Synonyms_find_the_seed_letters_spellings()
    {
        using var documents = new IndexedDocuments(index);
        var physicalTherapy = documents.Matching(new TermQuery(new Term(IndexSchema.Item, "pt")));
        var chiropractic = documents.Matching(new TermQuery(new Term(IndexSchema.Item, "chiro")));

        // The vocabulary knows "chiro" but not "Chirocare", which stays unmatched.
        Assert.Equal(["Physical therapy", "Physical therapy for the lumbar spine"], ItemTexts(documents, physicalTherapy));
        Assert.Equal(["Chiropractic treatments", "Retrospective Review of one visit for Chiropractic Treatment for the Lower Back"], ItemTexts(documents, chiropractic));
    }

    public void Dispose() => folder.Dispose();

    private static IReadOnlyList<string> ItemTexts(IndexedDocuments documents, IEnumerable<int> docs) =>
        docs.Select(doc =>
            {
                var stored = documents.Reader.Document(doc);
                var json = documents.Cases().Single(c => c.Get(IndexSchema.Source) == stored.Get(IndexSchema.Source)).Get(IndexSchema.DeterminationJson);
                return DeterminationJson.Deserialize(json).Decisions[stored.GetField(IndexSchema.ItemIndex).GetInt32Value() ?? -1].Item;
            })
            .Order(StringComparer.Ordinal)
            .ToList();
}
