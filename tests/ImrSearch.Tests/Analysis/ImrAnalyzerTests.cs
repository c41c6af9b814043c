using ImrSearch.Analysis;
using ImrSearch.Vocabularies;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ImrSearch.Tests.Analysis;

public sealed class ImrAnalyzerTests
{
    private static readonly string[] Rationales =
    [
        "12 sessions of physical therapy were not medically necessary.",
        "The request for PT 2x/week was not supported.",
        "Prior epidural steroid injections gave minimal relief.",
        "Norco 10/325 was continued without functional improvement.",
        "Vicodin was prescribed at the first visit.",
        "Ongoing hydrocodone use was not supported.",
        "Chiropractic manipulations are recommended for chronic pain.",
        "The applicant could return to work, but not to full work.",
    ];

    [Theory]
    [InlineData("PT", new[] { 0, 1 })]
    [InlineData("\"PT\"", new[] { 0, 1 })]
    [InlineData("physical therapy", new[] { 0, 1 })]
    [InlineData("\"physical therapy\"", new[] { 0, 1 })]
    [InlineData("physiotherapy", new[] { 0, 1 })]
    [InlineData("ESI", new[] { 2 })]
    [InlineData("\"epidural steroid injection\"", new[] { 2 })]
    [InlineData("norco", new[] { 3, 5 })]
    [InlineData("hydrocodone", new[] { 3, 4, 5 })]
    [InlineData("vicodin", new[] { 4, 5 })]
    [InlineData("chiro", new[] { 6 })]
    [InlineData("manipulation", new[] { 6 })]
    [InlineData("\"return to work\"", new[] { 7 })]
    public void QueriesFindEverySpellingOfATerm(string query, int[] expected)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ImrAnalyzer.Version, new ImrAnalyzer())))
        {
            foreach (var rationale in Rationales)
            {
                writer.AddDocument([new TextField("rationale", rationale, Field.Store.NO)]);
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var parser = new QueryParser(ImrAnalyzer.Version, "rationale", ImrAnalyzer.ForQueries()) { DefaultOperator = Operator.AND };
        var hits = new IndexSearcher(reader).Search(parser.Parse(query), 100).ScoreDocs.Select(h => h.Doc).Order();
        Assert.Equal(expected, hits);
    }

    [Fact]
    public void Added_abbreviation_spans_the_phrase_it_stands_for()
    {
        using var analyzer = new ImrAnalyzer();
        const string Text = "12 sessions of physical therapy were requested";
        var tokens = AnalyzedToken.Analyze(analyzer, Text);

        var physical = tokens.Single(t => t.Term == "physic");
        var pt = tokens.Single(t => t.Term == "pt");
        Assert.Equal(physical.Position, pt.Position);
        Assert.Equal("physical therapy", Text[pt.StartOffset..pt.EndOffset]);
        Assert.Equal(physical.Position + 1, tokens.Single(t => t.Term == "therapi").Position);
    }

    [Fact]
    public void Expanded_phrase_words_carry_the_abbreviations_offsets_not_the_next_words()
    {
        using var analyzer = new ImrAnalyzer();
        const string Text = "PT 2x/week";
        var tokens = AnalyzedToken.Analyze(analyzer, Text);

        var pt = tokens.Single(t => t.Term == "pt");
        var physical = tokens.Single(t => t.Term == "physic");
        var therapy = tokens.Single(t => t.Term == "therapi");
        Assert.Equal((pt.Position, pt.Position + 1), (physical.Position, therapy.Position));
        Assert.Equal("PT", Text[physical.StartOffset..physical.EndOffset]);
        Assert.Equal("PT", Text[therapy.StartOffset..therapy.EndOffset]);
        Assert.Equal(therapy.Position, tokens.Single(t => t.Term == "2x").Position);
    }

    [Theory]
    [InlineData("ESI injection for TENS unit use, then PT and UDS")]
    [InlineData("EMG/NCS of the upper extremities; NCV and computed tomography")]
    [InlineData("The applicant’s Norco, Flexeril and NSAIDs")]
    [InlineData("PT therapy, nerve conduction study and NCS")]
    public void Offsets_never_go_backwards_and_positions_never_decrease(string text)
    {
        using var analyzer = new ImrAnalyzer();
        var tokens = AnalyzedToken.Analyze(analyzer, text);

        Assert.Contains(tokens, t => t.Type == "SYNONYM");
        for (var i = 1; i < tokens.Count; i++)
        {
            Assert.True(tokens[i].StartOffset >= tokens[i - 1].StartOffset, $"{tokens[i]} starts before {tokens[i - 1]}");
            Assert.True(tokens[i].Position >= tokens[i - 1].Position, $"{tokens[i]} is before {tokens[i - 1]}");
            Assert.True(tokens[i].EndOffset <= text.Length);
        }

        Assert.Equal(tokens.Count, tokens.DistinctBy(t => (t.Term, t.Position)).Count());
    }

    [Fact]
    public void An_original_word_keeps_its_own_offsets_where_a_synonym_would_repeat_it()
    {
        using var analyzer = new ImrAnalyzer();
        const string Text = "PT therapy";
        var therapy = Assert.Single(AnalyzedToken.Analyze(analyzer, Text), t => t.Term == "therapi");
        Assert.Equal("therapy", Text[therapy.StartOffset..therapy.EndOffset]);
    }

    [Fact]
    public void Stems_lower_cases_and_drops_stop_words_and_possessives()
    {
        using var analyzer = ImrAnalyzer.ForQueries();
        var terms = AnalyzedToken.Analyze(analyzer, "The applicant’s Manipulations and the injections").Select(t => t.Term);
        Assert.Equal(["applic", "manipul", "inject"], terms);
    }

    [Fact]
    public void Query_analyzer_adds_no_synonyms()
    {
        using var analyzer = ImrAnalyzer.ForQueries();
        Assert.False(analyzer.ExpandsSynonyms);
        Assert.Equal(["pt"], AnalyzedToken.Analyze(analyzer, "PT").Select(t => t.Term));
        Assert.True(new ImrAnalyzer().ExpandsSynonyms);
    }

    [Fact]
    public void Another_vocabulary_replaces_the_shipped_one()
    {
        var vocabulary = SynonymVocabulary.Parse(["# comment", "hw\th-wave", "single"]);
        using var analyzer = new ImrAnalyzer(vocabulary);
        var terms = AnalyzedToken.Analyze(analyzer, "HW unit and PT").Select(t => t.Term).ToList();
        Assert.Contains("wave", terms);
        Assert.DoesNotContain("physic", terms);
    }
}
