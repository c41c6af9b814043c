using BenchmarkDotNet.Attributes;
using ImrSearch.Analysis;
using ImrSearch.Highlighting;
using ImrSearch.Index;
using ImrSearch.Search.Querying;
using ImrSearch.Synthetic;

namespace ImrSearch.Bench.Micro;

/// <summary>
/// The best two passages of 300 synthetic rationales for a query with a phrase and two words, re-analysing each
/// text as the case page does (result lists read the tokens' offsets from the index instead); and the same with
/// Lucene.Net.Highlighter's classic highlighter, for the comparison in the README.
/// </summary>
public class HighlightingBenchmarks
{
    private readonly TextHighlighter highlighter = new(new ImrAnalyzer());
    private string[] rationales = [];
    private FieldTerms terms = null!;
    private LuceneHighlighterPassages lucene = null!;

    [GlobalSetup]
    public void Setup()
    {
        rationales = [.. new SyntheticCorpus(1, 100).Stream().SelectMany(l => l.Truth.Decisions).Select(d => d.Rationale).Take(300)];
        var compiled = QueryCompiler.Compile("\"physical therapy\" pain function", ImrAnalyzer.ForQueries());
        terms = HighlightTerms.From(compiled.Query).For(IndexSchema.Rationale);
        lucene = new LuceneHighlighterPassages(new ImrAnalyzer(), compiled.Query, IndexSchema.Rationale);
    }

    [Benchmark(Description = "rationale passages x300")]
    public int Passages()
    {
        var marked = 0;
        foreach (var rationale in rationales)
        {
            marked += highlighter.Passages(IndexSchema.Rationale, rationale, terms, _ => 1.0, maxPassages: 2, openingWhenUnmatched: true).Count;
        }

        return marked;
    }

    [Benchmark(Description = "rationale passages x300, Lucene.Net.Highlighter")]
    public int LucenePassages()
    {
        var marked = 0;
        foreach (var rationale in rationales)
        {
            marked += lucene.Passages(rationale, maxPassages: 2).Length;
        }

        return marked;
    }
}
