using BenchmarkDotNet.Attributes;
using ImrSearch.Parsing;
using ImrSearch.Synthetic;

namespace ImrSearch.Bench.Micro;

/// <summary>Parsing 100 synthetic letters (both spacing styles, all header variants) from text to determinations.</summary>
public class ParsingBenchmarks
{
    private string[] letters = [];

    [GlobalSetup]
    public void Setup() => letters = [.. new SyntheticCorpus(1, 100).Stream().Select(l => l.Text)];

    [Benchmark(Description = "letters x100")]
    public int Parse()
    {
        var items = 0;
        foreach (var letter in letters)
        {
            items += DeterminationParser.Parse(letter, "letter.txt").Determination?.Decisions.Count ?? 0;
        }

        return items;
    }
}
