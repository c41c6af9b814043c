using ImrSearch.Highlighting;
using ImrSearch.Index;
using ImrSearch.Vocabularies;
using Lucene.Net.Analysis;

namespace ImrSearch.Precedents;

/// <summary>A rationale as side by side counts it: its text and the tokens that count as terms, in text order.</summary>
public sealed record AnalysedRationale(string Text, IReadOnlyList<TextToken> Tokens);

/// <summary>
/// Reads rationales into the terms <see cref="DistinguishingTerms"/> counts: the analyzer's stems (its English stop
/// words already gone), less the common words of <c>common-words.tsv</c>, numbers and words under three letters, so
/// "the", "was" or "12" never come out as what divides two groups.
/// </summary>
public sealed class RationaleTerms
{
    /// <summary>A rationale is read up to this many characters: long enough for any real one, bounded for a hostile one.</summary>
    public const int MaxCharacters = 20_000;

    private const int MinTermLength = 3;

    private readonly Analyzer analyzer;
    private readonly HashSet<string> ignored;

    /// <param name="analyzer">The analyzer of queries (no synonym expansion: a stacked synonym would count twice).</param>
    public RationaleTerms(Analyzer analyzer, CommonWordVocabulary common)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(common);
        this.analyzer = analyzer;
        ignored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in common.Words)
        {
            foreach (var token in AnalyzedText.Tokenize(analyzer, IndexSchema.Rationale, word))
            {
                ignored.Add(token.Term);
            }
        }
    }

    public AnalysedRationale Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bounded = text.Length > MaxCharacters ? text[..MaxCharacters] : text;
        var kept = new List<TextToken>();
        var lastPosition = -1;
        foreach (var token in AnalyzedText.Tokenize(analyzer, IndexSchema.Rationale, bounded))
        {
            // One term per position: a token stacked on another stands for the same words.
            if (token.Position == lastPosition || !Counts(token.Term))
            {
                continue;
            }

            lastPosition = token.Position;
            kept.Add(token);
        }

        return new AnalysedRationale(bounded, kept);
    }

    private bool Counts(string term) =>
        term.Length >= MinTermLength && term.Any(char.IsLetter) && !ignored.Contains(term);
}
