using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ImrSearch.Highlighting;

/// <summary>One token of a text as the index analyzer produced it: the indexed term, its position and its characters.</summary>
public readonly record struct TextToken(string Term, int Position, int Start, int End);

/// <summary>
/// A stored text re-analysed with the analyzer the index used for its field, so the highlighter sees exactly the
/// terms (stems, synonyms) and positions the query matched against, with offsets back into the original text.
/// </summary>
public static class AnalyzedText
{
    public static IReadOnlyList<TextToken> Tokenize(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<TextToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var start = Math.Clamp(offset.StartOffset, 0, text.Length);
            var end = Math.Clamp(offset.EndOffset, start, text.Length);
            tokens.Add(new TextToken(term.ToString(), position, start, end));
        }

        stream.End();
        return tokens;
    }
}
