using Lucene.Net.Analysis;

namespace ImrSearch.Highlighting;

/// <summary>
/// Highlights stored texts for a query: re-analyses the text with the index analyzer, finds the query's terms and
/// phrases for that field (<see cref="MatchFinder"/>), and returns the text with those matches as <see cref="MarkedText"/>.
/// Thread-safe: Lucene analyzers hand each thread its own token stream.
/// </summary>
public sealed class TextHighlighter(Analyzer analyzer)
{
    /// <summary>
    /// The best passages of a text (see <see cref="PassageSelector"/>), best first. When nothing matched: the text's
    /// opening sentences unmarked if <paramref name="openingWhenUnmatched"/>, else no passage.
    /// </summary>
    /// <param name="idf">Rarity of a term in this field.</param>
    public IReadOnlyList<MarkedText> Passages(
        string field,
        string text,
        FieldTerms terms,
        Func<string, double> idf,
        int maxPassages,
        bool openingWhenUnmatched) =>
        Passages(text, Tokens(field, text, terms), terms, idf, maxPassages, openingWhenUnmatched);

    /// <summary>As <see cref="Passages(string, string, FieldTerms, Func{string, double}, int, bool)"/>, from tokens already at hand (see <see cref="IndexedTokens"/>).</summary>
    public static IReadOnlyList<MarkedText> Passages(
        string text,
        IReadOnlyList<TextToken> tokens,
        FieldTerms terms,
        Func<string, double> idf,
        int maxPassages,
        bool openingWhenUnmatched)
    {
        var matches = MatchFinder.Find(tokens, terms, idf);
        var sentences = SentenceSplitter.Split(text);
        var marks = MarkedTextLayout.MarkSpans(text, matches);
        var passages = PassageSelector.Best(text, sentences, matches, maxPassages);
        if (passages.Count == 0)
        {
            if (!openingWhenUnmatched || text.Length == 0)
            {
                return [];
            }

            var opening = PassageSelector.Opening(text, sentences);
            return [MarkedTextLayout.Lay(text, opening.Start, opening.End, [], WhitespaceStyle.Collapse, ellipsisAfter: opening.CutAfter)];
        }

        return passages
            .Select(p => MarkedTextLayout.Lay(text, p.Start, p.End, marks, WhitespaceStyle.Collapse, p.CutBefore, p.CutAfter))
            .ToList();
    }

    /// <summary>The whole text with every match marked (the case page, the item line).</summary>
    public MarkedText Whole(string field, string text, FieldTerms terms, Func<string, double> idf, WhitespaceStyle whitespace) =>
        Whole(text, Tokens(field, text, terms), terms, idf, whitespace);

    /// <summary>As <see cref="Whole(string, string, FieldTerms, Func{string, double}, WhitespaceStyle)"/>, from tokens already at hand.</summary>
    public static MarkedText Whole(string text, IReadOnlyList<TextToken> tokens, FieldTerms terms, Func<string, double> idf, WhitespaceStyle whitespace)
    {
        var marks = MarkedTextLayout.MarkSpans(text, MatchFinder.Find(tokens, terms, idf));
        return MarkedTextLayout.Lay(text, 0, text.Length, marks, whitespace);
    }

    private IReadOnlyList<TextToken> Tokens(string field, string text, FieldTerms terms) =>
        terms.IsEmpty || text.Length == 0 ? [] : AnalyzedText.Tokenize(analyzer, field, text);
}
