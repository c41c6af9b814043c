using ImrSearch.Analysis;
using ImrSearch.Domain;
using ImrSearch.Index;
using ImrSearch.Search;
using ImrSearch.Search.Caching;
using ImrSearch.Search.Execution;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ImrSearch.Tests.Search;

/// <summary>
/// Hits collected by their position in the commit's sort come in the order of Lucene's sort fields, which state the
/// order (<see cref="Newest"/>, <see cref="Case"/>): with shared decision dates, letters without one, several items per
/// letter, several segments and deletions; in one pass and page by page after a cursor.
/// </summary>
public sealed class SortRanksTests
{
    /// <summary>Newest decision first; within a date, by case id and item order.</summary>
    private static readonly Sort Newest = new(
        new SortField(IndexSchema.DecisionDateSort, SortFieldType.INT64, reverse: true),
        new SortField(IndexSchema.CaseId, SortFieldType.STRING),
        new SortField(IndexSchema.ItemIndex, SortFieldType.INT64));

    /// <summary>By case id, then the items in letter order.</summary>
    private static readonly Sort Case = new(
        new SortField(IndexSchema.CaseId, SortFieldType.STRING),
        new SortField(IndexSchema.ItemIndex, SortFieldType.INT64));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Hits_come_in_the_order_of_the_sort_fields_in_one_pass_and_after_cursors(int seed)
    {
        var random = new Random(seed);
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(ImrAnalyzer.Version, new ImrAnalyzer()) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            var samples = SearchSamples.All();
            for (var n = 0; n < 240; n++)
            {
                DateOnly? decided = random.Next(5) == 0 ? null : new DateOnly(2014 + random.Next(2), 1 + random.Next(3), 1 + random.Next(2));
                var letter = samples[random.Next(samples.Length)] with
                {
                    CaseId = $"CM{random.Next(100):D2}-{n:D7}",
                    Source = $"l{n}.txt",
                    Dates = new LetterDates(DecisionDate: decided),
                };
                writer.AddDocuments(DeterminationDocuments.Create(letter, DeterminationJson.Serialize(letter), letter.Source));
                if (n % 60 == 59)
                {
                    writer.Commit();
                }
            }

            for (var n = 0; n < 240; n += 1 + random.Next(12))
            {
                writer.DeleteDocuments(new Term(IndexSchema.Source, $"l{n}.txt"));
            }
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 4 && reader.HasDeletions);
        var commit = OpenedCommit.Open(new IndexSearcher(reader));
        Query[] queries = [new MatchAllDocsQuery(), new TermQuery(new Term(IndexSchema.Rationale, "function")), new TermQuery(new Term(IndexSchema.Item, "therapi"))];
        foreach (var (sort, fields) in new[] { (SearchSort.Newest, Newest), (SearchSort.Case, Case) })
        {
            foreach (var query in queries.Select(commit.Items.Restrict))
            {
                var expected = commit.Searcher.Search(query, null, 10_000, fields).ScoreDocs.Select(d => d.Doc).ToList();
                Assert.True(expected.Count > 20);

                Assert.Equal(expected, Collect(commit, query, sort, 10_000, after: null).Select(d => d.Doc));
                var paged = new List<int>();
                ScoreDoc? after = null;
                // Bounded: a cursor that does not move past its page would otherwise page for ever.
                for (var pages = 0; pages <= (expected.Count / 7) + 1 && Collect(commit, query, sort, 7, after) is { Length: > 0 } page; pages++)
                {
                    paged.AddRange(page.Select(d => d.Doc));
                    after = page[^1];
                }

                Assert.Equal(expected, paged);
            }
        }
    }

    private static ScoreDoc[] Collect(OpenedCommit commit, Query query, SearchSort sort, int count, ScoreDoc? after)
    {
        var collector = SearchSorts.CreateCollector(commit, sort, count, after);
        commit.Searcher.Search(query, (ICollector)collector);
        return collector.GetTopDocs().ScoreDocs;
    }
}
