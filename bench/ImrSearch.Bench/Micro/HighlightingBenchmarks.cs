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
    private readonly TextHighlighter _highlighter = new(new ImrAnalyzer());
    private string[] _rationales = [];
    private FieldTerms _terms = null!;
    private LuceneHighlighterPassages _lucene = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rationales = [.. new SyntheticCorpus(1, 100).Stream().SelectMany(l => l.Truth.Decisions).Select(d => d.Rationale).Take(300)];
        var compiled = QueryCompiler.Compile("\"physical therapy\" pain function", ImrAnalyzer.ForQueries());
        _terms = HighlightTerms.From(compiled.Query).For(IndexSchema.Rationale);
        _lucene = new LuceneHighlighterPassages(new ImrAnalyzer(), compiled.Query, IndexSchema.Rationale);
    }

    [Benchmark(Description = "rationale passages x300")]
    public int Passages()
    {
        var marked = 0;
        foreach (var rationale in _rationales)
        {
            marked += _highlighter.Passages(IndexSchema.Rationale, rationale, _terms, _ => 1.0, maxPassages: 2, openingWhenUnmatched: true).Count;
        }

        return marked;
    }

    [Benchmark(Description = "rationale passages x300, Lucene.Net.Highlighter")]
    public int LucenePassages()
    {
        var marked = 0;
        foreach (var rationale in _rationales)
        {
            marked += _lucene.Passages(rationale, maxPassages: 2).Length;
        }

        return marked;
    }
}
