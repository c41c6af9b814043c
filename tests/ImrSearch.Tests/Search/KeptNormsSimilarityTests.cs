using ImrSearch.Search.Querying;
using ImrSearch.Search.Scoring;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ImrSearch.Tests.Search;

/// <summary>
/// <see cref="KeptNormsSimilarity"/> checked against Lucene's <see cref="DefaultSimilarity"/>, with which the index is
/// written: 500 random queries (words, phrases exact and sloppy, with repeated words, boosts, groups with and without
/// coordination, required and excluded clauses, made fast by <see cref="AnyClauseQuery"/> or not) over random documents
/// in several segments with deletions, index-time boosts and a field without norms. Every document and every score
/// must be the same, bit for bit.
/// </summary>
public sealed class KeptNormsSimilarityTests : IDisposable
{
    private static readonly string[] Fields = ["item", "rationale", "guidelineText", "plain"];
    private static readonly string[] Words = ["knee", "lumbar", "opioid", "therapy", "mri", "injection", "sleep", "fusion", "absent"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly Random random = new(23);
    private readonly Dictionary<object, SegmentNorms> kept = [];

    public KeptNormsSimilarityTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        var withoutNorms = new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var doc = 0; doc < 1_500; doc++)
            {
                var document = new Document { new StringField("id", $"{doc}", Field.Store.NO) };
                foreach (var field in Fields)
                {
                    // Lengths from 0 to 40 words and a boost now and then, so that the norms take many values.
                    var words = Enumerable.Range(0, random.Next(random.Next(2) == 0 ? 6 : 40)).Select(_ => Words[random.Next(Words.Length - 1)]);
                    var text = string.Join(' ', words);
                    document.Add(field == "plain"
                        ? new Field(field, text, withoutNorms)
                        : new TextField(field, text, Field.Store.NO) { Boost = random.Next(5) == 0 ? 0.5f + random.Next(4) : 1f });
                }

                writer.AddDocument(document);
                if (doc % 350 == 349)
                {
                    writer.Commit();
                }
            }

            for (var doc = 0; doc < 1_500; doc += 1 + random.Next(20))
            {
                writer.DeleteDocuments(new Term("id", $"{doc}"));
            }
        }

        reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
        {
            kept[leaf.AtomicReader.CoreCacheKey] = new SegmentNorms();
        }
    }

    [Fact]
    public void The_index_has_several_segments_deletions_and_many_norm_values()
    {
        Assert.True(reader.Leaves.Count >= 4);
        Assert.True(reader.HasDeletions);
        var values = reader.Leaves.SelectMany(l => SegmentNorms.Read(l.AtomicReader, "rationale")!).Distinct().Count();
        Assert.True(values > 20, $"only {values} distinct norms");
        Assert.All(reader.Leaves, l => Assert.Null(SegmentNorms.Read(l.AtomicReader, "plain")));
    }

    [Fact]
    public void Scores_every_match_as_the_default_similarity_does()
    {
        var lucene = new IndexSearcher(reader);
        var ours = new IndexSearcher(reader) { Similarity = new KeptNormsSimilarity(s => kept[s.CoreCacheKey]) };
        var matched = 0;
        for (var n = 0; n < 500; n++)
        {
            var query = RandomQuery(depth: 0);
            if (random.Next(2) == 0)
            {
                query = AnyClauseQuery.Apply(lucene.Rewrite(query));
            }

            var expected = Hits(lucene, query);
            matched += expected.Count;
            Assert.Equal(expected, Hits(ours, query));
        }

        Assert.True(matched > 50_000, $"only {matched} matches compared");
    }

    [Fact]
    public void Scores_segments_without_kept_norms_with_the_default_similarity()
    {
        var first = reader.Leaves[0].AtomicReader.CoreCacheKey;
        var lucene = new IndexSearcher(reader);
        var ours = new IndexSearcher(reader) { Similarity = new KeptNormsSimilarity(s => s.CoreCacheKey == first ? kept[first] : null) };
        for (var n = 0; n < 100; n++)
        {
            var query = RandomQuery(depth: 0);
            Assert.Equal(Hits(lucene, query), Hits(ours, query));
        }
    }

    [Fact]
    public void Explains_as_the_default_similarity_does()
    {
        var lucene = new IndexSearcher(reader);
        var ours = new IndexSearcher(reader) { Similarity = new KeptNormsSimilarity(s => kept[s.CoreCacheKey]) };
        var query = new BooleanQuery { { Term("rationale", "knee"), Occur.SHOULD }, { Phrase("item", 1, "mri", "knee"), Occur.SHOULD } };
        foreach (var (doc, _) in Hits(lucene, query).Take(20))
        {
            // The explanation names the similarity; everything else in it must match.
            Assert.Equal(
                lucene.Explain(query, doc).ToString(),
                ours.Explain(query, doc).ToString().Replace(nameof(KeptNormsSimilarity), nameof(DefaultSimilarity), StringComparison.Ordinal));
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private static TermQuery Term(string field, string word) => new(new Term(field, word));

    private static PhraseQuery Phrase(string field, int slop, params string[] words)
    {
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }

    /// <summary>Every document the query matches, in order, with its exact score.</summary>
    private static List<(int Doc, float Score)> Hits(IndexSearcher searcher, Query query)
    {
        var collector = new EveryHit();
        searcher.Search(query, collector);
        return collector.Hits;
    }

    private Query RandomClause()
    {
        var field = Fields[random.Next(Fields.Length)];
        Query clause = random.Next(3) switch
        {
            0 => Phrase(field, random.Next(3) == 0 ? 0 : random.Next(4), [.. Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Words[random.Next(Words.Length)])]),
            _ => Term(field, Words[random.Next(Words.Length)]),
        };
        clause.Boost = random.Next(2) == 0 ? 1f : 0.5f + random.Next(8);
        return clause;
    }

    private Query RandomQuery(int depth)
    {
        var group = new BooleanQuery(disableCoord: random.Next(3) == 0) { Boost = random.Next(3) == 0 ? 0.5f + random.Next(4) : 1f };
        var clauses = 1 + random.Next(5);
        for (var c = 0; c < clauses; c++)
        {
            group.Add(depth < 2 && random.Next(4) == 0 ? RandomQuery(depth + 1) : RandomClause(), Occur.SHOULD);
        }

        return random.Next(4) switch
        {
            0 => new BooleanQuery { { group, Occur.MUST }, { RandomClause(), Occur.MUST } },
            1 => new BooleanQuery { { group, Occur.MUST }, { RandomClause(), Occur.MUST_NOT } },
            _ => group,
        };
    }

    private sealed class EveryHit : ICollector
    {
        private Scorer? scorer;
        private int docBase;

        public List<(int Doc, float Score)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc) => Hits.Add((docBase + doc, scorer!.GetScore()));
    }
}
