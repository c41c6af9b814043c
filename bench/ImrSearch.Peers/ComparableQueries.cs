using System.Text.RegularExpressions;
using ImrSearch.Analysis;
using ImrSearch.Vocabularies;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace ImrSearch.Peers;

/// <summary>
/// Which queries of the mix must give every system the same total and facet counts: those where the three
/// analyses agree. The peers index the same items with their own analysis: Java Lucene with ImrSearch's chain less
/// its synonym vocabulary, SQLite with the porter tokenizer (no stop words, its own word breaking). So a query is
/// compared when it is a browse (no words: counts are the facet data alone), a single word that stemming leaves as
/// it is, or a quoted phrase (the same Porter stemmer on every side), in both cases of plain words that are no stop
/// words and not in the synonym vocabulary (ImrSearch's index adds synonym tokens the peers do not have). Selections,
/// date ranges, sorts and pages are exact on every side and do not change comparability. Anything else (operators,
/// fields, wildcards, slop) parses differently in FTS5 and is timed, not compared.
/// </summary>
public sealed partial class ComparableQueries
{
    private readonly HashSet<string> synonymTerms;

    public ComparableQueries(SynonymVocabulary vocabulary)
    {
        synonymTerms = [.. vocabulary.Groups.SelectMany(g => g).SelectMany(Analyze)];
    }

    public static ComparableQueries Default { get; } = new(SynonymVocabulary.Default);

    /// <summary>Null when the query's totals and counts must agree across systems, else why they need not.</summary>
    public string? WhyNotCompared(PeerQuery query)
    {
        var text = query.Query.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        string[] words;
        if (PlainPhrase().Match(text) is { Success: true } phrase)
        {
            words = phrase.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        else if (PlainWord().IsMatch(text))
        {
            words = [text];
            var tokens = Analyze(text);
            if (tokens.Count != 1 || tokens[0] != text.ToLowerInvariant())
            {
                return $"'{text}' is stemmed (to '{string.Join(' ', tokens)}'), and the stemmers' edges differ";
            }
        }
        else
        {
            return "not a single word or a plain phrase: operators, fields, wildcards and slop parse differently in FTS5";
        }

        if (words.FirstOrDefault(w => EnglishAnalyzer.DefaultStopSet.Contains(w.ToLowerInvariant())) is { } stop)
        {
            return $"'{stop}' is a stop word: ImrSearch and Lucene drop it, FTS5 keeps it";
        }

        if (words.SelectMany(Analyze).FirstOrDefault(synonymTerms.Contains) is { } synonym)
        {
            return $"'{synonym}' is in the synonym vocabulary: ImrSearch's index also finds its synonyms";
        }

        return null;
    }

    private static List<string> Analyze(string text)
    {
        using var analyzer = ImrAnalyzer.ForQueries();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var tokens = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    [GeneratedRegex("^\"([A-Za-z0-9]+(?: [A-Za-z0-9]+)+)\"$")]
    private static partial Regex PlainPhrase();

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex PlainWord();
}
