using ImrSearch.Index;
using ImrSearch.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ImrSearch.Tests.Search;

/// <summary>
/// <see cref="LetterTextQuery"/> checked against brute force: 300 random letter blocks (0 to 4 items, then the case
/// document with its summary and item count) over several segments with deleted letters, queried alone, in
/// conjunctions (which advance it), in disjunctions, under a random-access filter over items, and in the unscored
/// union of words that counts trends.
/// </summary>
public sealed class LetterTextQueryRandomTests : IDisposable
{
    private static readonly string[] Words = ["knee", "lumbar", "opioid", "therapy", "mri", "injection", "sleep", "fusion"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Random random = new(41);

    // Per top-level document: its letter's summary words, its own rationale words, whether it is an item.
    private readonly List<(HashSet<string> Summary, HashSet<string> Rationale, bool IsItem, int Letter)> documents = [];
    private readonly HashSet<int> deletedLetters = [];

    public LetterTextQueryRandomTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var letters = new List<List<Document>>();
            for (var letter = 0; letter < 300; letter++)
            {
                var summary = Pick(3);
                var block = new List<Document>();
                var items = random.Next(5);
                for (var i = 0; i < items; i++)
                {
                    var rationale = Pick(2);
                    block.Add(
                    [
                        new StringField(IndexSchema.Kind, IndexSchema.KindItem, Field.Store.NO),
                        new StringField(IndexSchema.Source, $"{letter}", Field.Store.NO),
                        new TextField(IndexSchema.Rationale, string.Join(' ', rationale), Field.Store.NO),
                    ]);
                    documents.Add((summary, rationale, true, letter));
                }

                block.Add(
                [
                    new StringField(IndexSchema.Kind, IndexSchema.KindCase, Field.Store.NO),
                    new StringField(IndexSchema.Source, $"{letter}", Field.Store.NO),
                    new NumericDocValuesField(IndexSchema.ItemCount, items),
                    new TextField(IndexSchema.Summary, string.Join(' ', summary), Field.Store.NO),
                ]);
                documents.Add((summary, [], false, letter));
                writer.AddDocuments(block);
                if (letter % 70 == 69)
                {
                    writer.Commit();
                }
            }

            for (var letter = 0; letter < 300; letter += 1 + random.Next(12))
            {
                writer.DeleteDocuments(new Term(IndexSchema.Source, $"{letter}"));
                deletedLetters.Add(letter);
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    [Fact]
    public void The_index_has_several_segments_and_deleted_letters() =>
        Assert.True(reader.Leaves.Count > 2 && reader.NumDeletedDocs > 0);

    [Fact]
    public void A_letter_word_matches_exactly_the_live_items_of_the_letters_holding_it_each_with_its_letters_score()
    {
        foreach (var word in Words)
        {
            var query = new LetterTextQuery(new TermQuery(new Term(IndexSchema.Summary, word)));
            var hits = searcher.Search(query, reader.MaxDoc).ScoreDocs;

            Assert.Equal(Expected(d => d.Summary.Contains(word)), hits.Select(h => h.Doc).Order());
            var caseScores = searcher.Search(new TermQuery(new Term(IndexSchema.Summary, word)), reader.MaxDoc).ScoreDocs
                .ToDictionary(h => documents[h.Doc].Letter, h => h.Score);
            Assert.All(hits, h => Assert.Equal(caseScores[documents[h.Doc].Letter], h.Score));
        }
    }

    [Fact]
    public void In_conjunctions_and_disjunctions_with_item_words_it_matches_as_brute_force()
    {
        for (var n = 0; n < 60; n++)
        {
            var letterWord = Words[random.Next(Words.Length)];
            var itemWord = Words[random.Next(Words.Length)];
            var letterClause = new LetterTextQuery(new TermQuery(new Term(IndexSchema.Summary, letterWord)));
            var itemClause = new TermQuery(new Term(IndexSchema.Rationale, itemWord));

            var both = new BooleanQuery { { letterClause, Occur.MUST }, { itemClause, Occur.MUST } };
            Assert.Equal(Expected(d => d.Summary.Contains(letterWord) && d.Rationale.Contains(itemWord)), Matches(both));

            var either = new BooleanQuery { { letterClause, Occur.SHOULD }, { itemClause, Occur.SHOULD } };
            Assert.Equal(Expected(d => d.Summary.Contains(letterWord) || d.Rationale.Contains(itemWord)), Matches(either));

            var without = new BooleanQuery { { itemClause, Occur.MUST }, { letterClause, Occur.MUST_NOT } };
            Assert.Equal(Expected(d => d.Rationale.Contains(itemWord) && !d.Summary.Contains(letterWord)), Matches(without));
        }
    }

    [Fact]
    public void Under_a_random_access_filter_over_items_the_case_documents_are_still_searched()
    {
        for (var n = 0; n < 20; n++)
        {
            var word = Words[random.Next(Words.Length)];
            var chosen = Enumerable.Range(0, reader.MaxDoc).Where(d => documents[d].IsItem && random.Next(3) > 0).ToHashSet();
            var query = new FilteredQuery(
                new LetterTextQuery(new TermQuery(new Term(IndexSchema.Summary, word))),
                new ChosenDocs(chosen),
                FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY);

            Assert.Equal(Expected(d => d.Summary.Contains(word)).Where(chosen.Contains), Matches(query));
        }
    }

    [Fact]
    public void A_union_of_item_and_letter_words_counts_the_same_items_as_the_scored_disjunction()
    {
        for (var n = 0; n < 30; n++)
        {
            var itemWords = Pick(2).ToList();
            var letterWords = Pick(2).ToList();
            var disjunction = new BooleanQuery();
            foreach (var word in n % 3 == 0 ? [] : itemWords)
            {
                disjunction.Add(new TermQuery(new Term(IndexSchema.Rationale, word)), Occur.SHOULD);
            }

            foreach (var word in letterWords)
            {
                disjunction.Add(new LetterTextQuery(new TermQuery(new Term(IndexSchema.Summary, word))), Occur.SHOULD);
            }

            var union = WordUnion.Of(disjunction);

            Assert.NotNull(union);
            var expected = Expected(d => letterWords.Any(d.Summary.Contains) || (n % 3 != 0 && itemWords.Any(d.Rationale.Contains)));
            Assert.Equal(expected, Matches(union));
            Assert.Equal(expected, Matches(disjunction));
        }
    }

    private List<int> Matches(Query query) => [.. searcher.Search(query, reader.MaxDoc).ScoreDocs.Select(h => h.Doc).Order()];

    private List<int> Expected(Func<(HashSet<string> Summary, HashSet<string> Rationale, bool IsItem, int Letter), bool> matches) =>
        [.. Enumerable.Range(0, documents.Count).Where(d => documents[d].IsItem && !deletedLetters.Contains(documents[d].Letter) && matches(documents[d]))];

    private HashSet<string> Pick(int most) =>
        [.. Enumerable.Range(0, 1 + random.Next(most)).Select(_ => Words[random.Next(Words.Length)])];

    /// <summary>A filter over chosen top-level documents, offered as random-access bits.</summary>
    private sealed class ChosenDocs(HashSet<int> chosen) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            for (var doc = 0; doc < bits.Length; doc++)
            {
                if (chosen.Contains(context.DocBase + doc) && (acceptDocs is null || acceptDocs.Get(doc)))
                {
                    bits.Set(doc);
                }
            }

            return bits;
        }
    }
}
