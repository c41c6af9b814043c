using ImrSearch.Vocabularies;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ImrSearch.Analysis;

/// <summary>
/// The synonym vocabulary in analyzed form: for each analyzed term sequence, the analyzed sequences it stands for.
/// Terms are analyzed by the same chain as letter text, so a rule matches every inflection the stemmer folds together.
/// </summary>
internal sealed class SynonymRules
{
    private readonly Dictionary<string, List<SynonymRule>>.AlternateLookup<ReadOnlySpan<char>> rulesByFirstWord;

    private SynonymRules(Dictionary<string, List<SynonymRule>> rulesByFirstWord)
    {
        this.rulesByFirstWord = rulesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static SynonymRules Build(SynonymVocabulary vocabulary, Analyzer baseAnalyzer)
    {
        var outputsByInput = new Dictionary<string, (string[] Words, List<string[]> Outputs)>(StringComparer.Ordinal);
        foreach (var group in vocabulary.Groups)
        {
            var analyzed = group
                .Select(term => Analyze(baseAnalyzer, term))
                .Where(words => words.Length > 0)
                .DistinctBy(words => string.Join(' ', words))
                .ToList();
            foreach (var input in analyzed)
            {
                var key = string.Join(' ', input);
                if (!outputsByInput.TryGetValue(key, out var entry))
                {
                    entry = (input, []);
                    outputsByInput[key] = entry;
                }

                foreach (var output in analyzed.Where(o => o != input))
                {
                    if (!entry.Outputs.Any(existing => existing.SequenceEqual(output)))
                    {
                        entry.Outputs.Add(output);
                    }
                }
            }
        }

        var rules = new Dictionary<string, List<SynonymRule>>(StringComparer.Ordinal);
        foreach (var (words, outputs) in outputsByInput.Values)
        {
            if (!rules.TryGetValue(words[0], out var list))
            {
                list = [];
                rules[words[0]] = list;
            }

            list.Add(new SynonymRule(words, outputs));
        }

        return new SynonymRules(rules);
    }

    /// <summary>Every rule whose first input word is <paramref name="word"/>.</summary>
    public List<SynonymRule>? StartingWith(ReadOnlySpan<char> word) =>
        rulesByFirstWord.TryGetValue(word, out var list) ? list : null;

    private static string[] Analyze(Analyzer analyzer, string term)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream("synonym", term);
        var text = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(text.ToString());
        }

        stream.End();
        return words.ToArray();
    }
}

/// <summary>An analyzed term sequence and the analyzed sequences that mean the same.</summary>
internal sealed record SynonymRule(string[] Input, IReadOnlyList<string[]> Outputs);
