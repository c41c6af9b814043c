using ImrSearch.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ImrSearch.Tests.Search;

/// <summary>
/// <see cref="AnyClauseQuery"/> checked against Lucene's own <see cref="BooleanQuery"/>: 400 random queries (groups of
/// optional words over three fields, with boosts, coordination on and off, nested under required and excluded
/// clauses so that they are advanced, and under a random-access filter) over random documents in several segments
/// with deletions. Every document and every score must be the same. Required clauses with exclusions become
/// <see cref="ExcludingQuery"/> on the way and are checked the same way.
/// </summary>
public sealed class AnyClauseQueryRandomTests : IDisposable
{
    private static readonly string[] Fields = ["item", "rationale", "guidelineText"];
    private static readonly string[] Words = ["knee", "lumbar", "opioid", "therapy", "mri", "injection", "sleep", "fusion", "absent"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Random random = new(17);

    public AnyClauseQueryRandomTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var doc = 0; doc < 2_000; doc++)
            {
                var document = new Document { new StringField("id", $"{doc}", Field.Store.NO) };
                foreach (var field in Fields)
                {
                    // Words repeated a random number of times, so that term frequencies and field lengths (and with
                    // them the scores) differ from document to document.
                    var words = Enumerable.Range(0, random.Next(6)).Select(_ => Words[random.Next(Words.Length - 1)]);
                    document.Add(new TextField(field, string.Join(' ', words), Field.Store.NO));
                }

                writer.AddDocument(document);
                if (doc % 450 == 449)
                {
                    writer.Commit();
                }
            }

            for (var doc = 0; doc < 2_000; doc += 1 + random.Next(20))
            {
                writer.DeleteDocuments(new Term("id", $"{doc}"));
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    [Fact]
    public void The_index_has_several_segments_and_deletions()
    {
        Assert.True(reader.Leaves.Count >= 4);
        Assert.True(reader.HasDeletions);
    }

    [Fact]
    public void Matches_and_scores_as_a_boolean_query_does()
    {
        var groups = 0;
        for (var n = 0; n < 400; n++)
        {
            var query = Rewritten(RandomQuery(depth: 0));
            var fast = AnyClauseQuery.Apply(query);
            groups += Groups(fast);
            Assert.Equal(Hits(query), Hits(fast));
        }

        Assert.True(groups > 400, $"only {groups} groups of optional clauses were made fast");
    }

    [Fact]
    public void Matches_and_scores_as_a_boolean_query_does_under_a_random_access_filter()
    {
        var chosen = new HashSet<int>(Enumerable.Range(0, reader.MaxDoc).Where(_ => random.Next(3) == 0));
        for (var n = 0; n < 200; n++)
        {
            var query = Rewritten(RandomQuery(depth: 0));
            Assert.Equal(
                Hits(new FilteredQuery(query, new ChosenDocs(chosen), FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY)),
                Hits(new FilteredQuery(AnyClauseQuery.Apply(query), new ChosenDocs(chosen), FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY)));
        }
    }

    [Fact]
    public void Leaves_other_queries_as_they_are()
    {
        var conjunction = new BooleanQuery { { Term("item", "knee"), Occur.MUST }, { Term("rationale", "mri"), Occur.MUST } };
        var single = new BooleanQuery { { Term("item", "knee"), Occur.SHOULD } };
        var atLeastTwo = new BooleanQuery { { Term("item", "knee"), Occur.SHOULD }, { Term("item", "mri"), Occur.SHOULD }, { Term("item", "sleep"), Occur.SHOULD } };
        atLeastTwo.MinimumNumberShouldMatch = 2;

        Assert.IsNotType<AnyClauseQuery>(AnyClauseQuery.Apply(conjunction));
        Assert.IsNotType<AnyClauseQuery>(AnyClauseQuery.Apply(single));
        Assert.IsNotType<AnyClauseQuery>(AnyClauseQuery.Apply(atLeastTwo));
        var expansion = new BooleanQuery(disableCoord: true);
        foreach (var n in Enumerable.Range(0, AnyClauseQuery.MaxClauses + 1))
        {
            expansion.Add(Term("item", $"word{n}"), Occur.SHOULD);
        }

        Assert.IsNotType<AnyClauseQuery>(AnyClauseQuery.Apply(expansion));
        expansion.Clauses.RemoveAt(0);
        Assert.IsType<AnyClauseQuery>(AnyClauseQuery.Apply(expansion));
        Assert.Same(conjunction.Clauses[0].Query, ((BooleanQuery)AnyClauseQuery.Apply(conjunction)).Clauses[0].Query);
        Assert.Equal(conjunction, AnyClauseQuery.Apply(conjunction));
    }

    [Fact]
    public void A_required_clause_whose_exclusions_match_nothing_in_a_segment_is_scored_by_its_own_scorer()
    {
        var group = new BooleanQuery { { Term("item", "knee"), Occur.SHOULD }, { Term("rationale", "knee"), Occur.SHOULD } };
        var absent = new BooleanQuery { { group, Occur.MUST }, { Term("item", "absent"), Occur.MUST_NOT } };
        var present = new BooleanQuery { { group, Occur.MUST }, { Term("item", "mri"), Occur.MUST_NOT } };

        var fastAbsent = Assert.IsType<ExcludingQuery>(AnyClauseQuery.Apply(Rewritten(absent)));
        var fastPresent = Assert.IsType<ExcludingQuery>(AnyClauseQuery.Apply(Rewritten(present)));

        Assert.Equal(Hits(absent), Hits(fastAbsent));
        Assert.Equal(Hits(present), Hits(fastPresent));
        Assert.True(Hits(present).Count < Hits(absent).Count);
        var weight = searcher.CreateNormalizedWeight(fastAbsent);
        Assert.All(reader.Leaves, leaf => Assert.IsType<AnyClauseScorer>(weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs)));
        Assert.IsNotType<ExcludingQuery>(AnyClauseQuery.Apply(new BooleanQuery { { group, Occur.MUST }, { Term("item", "mri"), Occur.MUST } }));
        Assert.IsNotType<ExcludingQuery>(AnyClauseQuery.Apply(new BooleanQuery { { group, Occur.SHOULD }, { Term("item", "mri"), Occur.MUST_NOT } }));
    }

    [Fact]
    public void Reaches_groups_inside_letter_text_queries()
    {
        var inner = new BooleanQuery { { Term("summary", "knee"), Occur.SHOULD }, { Term("summary", "mri"), Occur.SHOULD } };
        var applied = Assert.IsType<LetterTextQuery>(AnyClauseQuery.Apply(new LetterTextQuery(inner) { Boost = 2f }));
        Assert.IsType<AnyClauseQuery>(applied.CaseQuery);
        Assert.Equal(2f, applied.Boost);
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    /// <summary>
    /// The query rewritten, as the searcher's queries are before they are made fast: Lucene's rewriting of a group
    /// of one clause sets the boost of the clause it returns in place, so a tree rewritten twice would not score as
    /// one rewritten once, and the two trees compared here share their words.
    /// </summary>
    private Query Rewritten(Query query) => searcher.Rewrite(query);

    private static TermQuery Term(string field, string word) => new(new Term(field, word));

    private static int Groups(Query query) => query switch
    {
        AnyClauseQuery any => 1 + any.Clauses.Sum(c => Groups(c.Query)),
        BooleanQuery boolean => boolean.Clauses.Sum(c => Groups(c.Query)),
        _ => 0,
    };

    /// <summary>Every document the query matches, in order, with its exact score.</summary>
    private List<(int Doc, float Score)> Hits(Query query)
    {
        var collector = new EveryHit();
        searcher.Search(query, collector);
        return collector.Hits;
    }

    private Query RandomQuery(int depth)
    {
        var group = new BooleanQuery(disableCoord: random.Next(3) == 0) { Boost = random.Next(3) == 0 ? 0.5f + random.Next(4) : 1f };
        var clauses = 1 + random.Next(5);
        for (var c = 0; c < clauses; c++)
        {
            Query clause = depth < 2 && random.Next(4) == 0 ? RandomQuery(depth + 1) : Term(Fields[random.Next(Fields.Length)], Words[random.Next(Words.Length)]);
            clause.Boost *= random.Next(2) == 0 ? 1f : 0.5f + random.Next(8);
            group.Add(clause, Occur.SHOULD);
        }

        group.MinimumNumberShouldMatch = random.Next(4) == 0 ? 1 : 0;
        switch (random.Next(4))
        {
            case 0:
                // Required beside another word: the group is advanced to the other word's documents.
                return new BooleanQuery { { group, Occur.MUST }, { Term(Fields[random.Next(Fields.Length)], Words[random.Next(Words.Length)]), Occur.MUST } };
            case 1:
                return new BooleanQuery { { group, Occur.MUST }, { Term(Fields[random.Next(Fields.Length)], Words[random.Next(Words.Length)]), Occur.MUST_NOT } };
            default:
                return group;
        }
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

    private sealed class ChosenDocs(HashSet<int> chosen) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            for (var doc = 0; doc < bits.Length; doc++)
            {
                if (chosen.Contains(context.DocBase + doc))
                {
                    bits.Set(doc);
                }
            }

            return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
        }
    }
}
