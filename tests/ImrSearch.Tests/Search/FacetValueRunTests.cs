using System.Text;
using ImrSearch.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ImrSearch.Tests.Search;

/// <summary>
/// <see cref="FacetValueRun"/> checked against the wildcard query it replaced (<c>run*</c>, <c>*run</c>,
/// <c>*run*</c>, the run's own wildcard characters escaped): random values of random words (with spaces, non-ASCII
/// letters, wildcard characters and a backslash) over several segments, random runs, every anchor.
/// </summary>
public sealed class FacetValueRunTests : IDisposable
{
    private const string FieldName = "filter.test";
    private static readonly string[] Words = ["lumbar", "spine", "lumbago", "low", "back", "é", "cervical", "c*", "a?b", "x\\y", "ß", "中文", "l"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Random random = new(41);
    private readonly List<string> values = [];

    public FacetValueRunTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var doc = 0; doc < 600; doc++)
            {
                var value = string.Join(' ', Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Words[random.Next(Words.Length)]));
                values.Add(value);
                writer.AddDocument(new Document { new StringField(FieldName, value, Field.Store.NO) });
                if (doc % 170 == 169)
                {
                    writer.Commit();
                }
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    [Fact]
    public void Every_anchor_matches_the_documents_its_wildcard_pattern_matched()
    {
        var checkedRuns = 0;
        for (var round = 0; round < 300; round++)
        {
            // A run cut from a value (so that it often matches), with a space added before or after as the facet
            // queries do, or a random word.
            var source = values[random.Next(values.Count)];
            var start = random.Next(source.Length);
            var run = random.Next(4) == 0 ? Words[random.Next(Words.Length)] : source.Substring(start, 1 + random.Next(source.Length - start));
            run = random.Next(3) switch
            {
                0 => " " + run,
                1 => run + " ",
                _ => run,
            };

            foreach (var anchor in Enum.GetValues<RunAnchor>())
            {
                var escaped = Escape(run);
                var pattern = anchor switch
                {
                    RunAnchor.Start => escaped + "*",
                    RunAnchor.End => "*" + escaped,
                    _ => "*" + escaped + "*",
                };
                var expected = Matching(new WildcardQuery(new Term(FieldName, pattern)));
                var actual = Matching(new FacetValueRun(FieldName, run, anchor));
                Assert.True(expected.SetEquals(actual), $"'{run}' {anchor}: {expected.Count} documents by the wildcard, {actual.Count} by the run");
                checkedRuns += expected.Count > 0 ? 1 : 0;
            }
        }

        Assert.True(checkedRuns > 300, $"only {checkedRuns} runs matched anything");
    }

    [Fact]
    public void A_run_reads_as_the_pattern_it_stands_for_and_equals_only_the_same_run()
    {
        Assert.Equal("filter.test:lumbar *", new FacetValueRun(FieldName, "lumbar ", RunAnchor.Start).ToString());
        Assert.Equal("filter.test:* lumbar", new FacetValueRun(FieldName, " lumbar", RunAnchor.End).ToString());
        Assert.Equal("filter.test:* lumbar *", new FacetValueRun(FieldName, " lumbar ", RunAnchor.Anywhere).ToString());
        Assert.Equal(new FacetValueRun(FieldName, "lumbar", RunAnchor.Start), new FacetValueRun(FieldName, "lumbar", RunAnchor.Start));
        Assert.NotEqual(new FacetValueRun(FieldName, "lumbar", RunAnchor.Start), new FacetValueRun(FieldName, "lumbar", RunAnchor.Anywhere));
        Assert.NotEqual(new FacetValueRun(FieldName, "lumbar", RunAnchor.Start), new FacetValueRun(FieldName, "lumba", RunAnchor.Start));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '*' or '?' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private HashSet<int> Matching(Query query)
    {
        var collector = new DocumentsCollector();
        searcher.Search(query, collector);
        return collector.Documents;
    }

    private sealed class DocumentsCollector : ICollector
    {
        private int docBase;

        public HashSet<int> Documents { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => Documents.Add(docBase + doc);

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void SetScorer(Scorer scorer)
        {
        }
    }
}
