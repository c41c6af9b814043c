using System.Text.RegularExpressions;
using ImrSearch.Analysis;
using ImrSearch.Vocabularies;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace ImrSearch.Peers;

/// <summary>How a peer analyses and parses, which decides what of the mix must agree with ImrSearch on it.</summary>
public enum PeerAnalysis
{
    /// <summary>Java Lucene: ImrSearch's analysis chain and classic query syntax, less its synonym vocabulary.</summary>
    ImrChainWithoutSynonyms,

    /// <summary>SQLite FTS5: the porter tokenizer (its own word breaking, no stop words) and FTS5's own query syntax.</summary>
    Fts5Porter,
}

/// <summary>
/// Which queries of the mix must give a peer the same total and facet counts as ImrSearch: those where the analyses
/// agree. Selections, date ranges, sorts and pages are exact on every side and never change comparability; browses
/// (no words) always compare, their counts being the facet data alone. No query whose words touch the synonym
/// vocabulary compares: ImrSearch's index adds synonym tokens (a letter saying "PT" also holds "physical" and
/// "therapy") that no peer has.
/// <list type="bullet">
/// <item>Java Lucene parses and analyses as ImrSearch does, so any query compares except for synonyms and wildcards
/// (a prefix expands over the indexed terms, synonym tokens included).</item>
/// <item>SQLite FTS5 compares only on a single word that stemming leaves as it is, or a quoted phrase (the same
/// Porter stemmer on every side), of plain words and no stop words (FTS5 keeps them); operators, fields, wildcards
/// and slop translate to FTS5 approximately.</item>
/// </list>
/// </summary>
public sealed partial class ComparableQueries
{
    private readonly HashSet<string> synonymTerms;

    public ComparableQueries(SynonymVocabulary vocabulary)
    {
        synonymTerms = [.. vocabulary.Groups.SelectMany(g => g).SelectMany(Analyze)];
    }

    public static ComparableQueries Default { get; } = new(SynonymVocabulary.Default);

    /// <summary>Null when the query's totals and counts must agree between ImrSearch and the peer, else why they need not.</summary>
    public string? WhyNotCompared(PeerQuery query, PeerAnalysis peer)
    {
        var text = query.Query.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (peer == PeerAnalysis.ImrChainWithoutSynonyms)
        {
            if (text.Contains('*', StringComparison.Ordinal) || text.Contains('?', StringComparison.Ordinal))
            {
                return "a wildcard expands over the indexed terms, ImrSearch's synonym tokens included";
            }

            var queryWords = Words().Matches(text).Select(m => m.Value).Where(w => w is not ("AND" or "OR" or "NOT" or "TO"));
            return queryWords.SelectMany(Analyze).FirstOrDefault(synonymTerms.Contains) is { } touched
                ? $"'{touched}' is in the synonym vocabulary: ImrSearch's index also finds its synonyms"
                : null;
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

    /// <summary>The words of a query in classic syntax, less field names (the part before a colon).</summary>
    [GeneratedRegex("[A-Za-z0-9]+(?!:|[A-Za-z0-9])")]
    private static partial Regex Words();
}
