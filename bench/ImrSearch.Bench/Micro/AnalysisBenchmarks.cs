using BenchmarkDotNet.Attributes;
using ImrSearch.Analysis;
using ImrSearch.Synthetic;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace ImrSearch.Bench.Micro;

/// <summary>
/// The text a build analyses for 100 synthetic letters (each item's request and rationale, each letter's summary):
/// through Lucene's four word filters as the analyzer had them, through <see cref="EnglishWordFilter"/> that
/// replaced them, and through the whole indexing analyzer (with the synonym vocabulary).
/// </summary>
public class AnalysisBenchmarks
{
    private string[] texts = [];
    private Analyzer lucenes = null!;
    private Analyzer fused = null!;
    private Analyzer indexing = null!;

    [GlobalSetup]
    public void Setup()
    {
        var letters = new SyntheticCorpus(1, 100).Stream().Select(l => l.Truth).ToList();
        texts = [.. letters.SelectMany(l => l.Decisions.SelectMany(d => new[] { d.Item, d.Rationale }).Append(l.Summary))];
        lucenes = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(ImrAnalyzer.Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(ImrAnalyzer.Version, tokenizer);
            stream = new LowerCaseFilter(ImrAnalyzer.Version, stream);
            stream = new StopFilter(ImrAnalyzer.Version, stream, EnglishAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        });
        fused = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(ImrAnalyzer.Version, reader);
            return new TokenStreamComponents(tokenizer, new EnglishWordFilter(ImrAnalyzer.Version, tokenizer, EnglishAnalyzer.DefaultStopSet));
        });
        indexing = new ImrAnalyzer();
    }

    [Benchmark(Baseline = true, Description = "100 letters, Lucene's four filters")]
    public int LucenesFilters() => Count(lucenes);

    [Benchmark(Description = "100 letters, EnglishWordFilter")]
    public int EnglishWords() => Count(fused);

    [Benchmark(Description = "100 letters, indexing analyzer (synonyms)")]
    public int Indexing() => Count(indexing);

    private int Count(Analyzer analyzer)
    {
        var tokens = 0;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("rationale", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length;
            }

            stream.End();
        }

        return tokens;
    }
}
