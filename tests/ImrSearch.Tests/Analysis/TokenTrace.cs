using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ImrSearch.Tests.Analysis;

/// <summary>
/// Every token of a text as an analyzer emits it (term, increment, offsets, type), then the state
/// <c>End()</c> leaves (term "(end)"): what two analyses must agree on to index the same.
/// </summary>
internal sealed record TokenTrace(string Term, int Increment, int StartOffset, int EndOffset, string Type)
{
    public static List<TokenTrace> Of(Analyzer analyzer, string text)
    {
        var tokens = new List<TokenTrace>();
        using var stream = analyzer.GetTokenStream("rationale", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new TokenTrace(term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset, type.Type));
        }

        stream.End();
        tokens.Add(new TokenTrace("(end)", increment.PositionIncrement, offset.StartOffset, offset.EndOffset, ""));
        return tokens;
    }
}
