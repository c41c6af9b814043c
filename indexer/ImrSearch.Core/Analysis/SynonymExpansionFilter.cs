using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ImrSearch.Analysis;

/// <summary>
/// Adds every synonym of every vocabulary match as stacked tokens, keeping the original tokens where they were.
/// </summary>
/// <remarks>
/// Lucene's SynonymFilter gives the later words of a multi-word synonym the offsets of whatever input token they
/// land on ("PT 2x/week" would mark "2x" for the word "therapy"). Here each added word carries the offsets of the
/// text it stands for: a one-word synonym spans the whole match ("pt" over "physical therapy"), the words of a
/// multi-word synonym follow the matched words, and words past the end of the match keep the match's offsets.
/// Tokens go out in position order; offsets indexed with postings must never go backwards, so an added word that
/// would start before an already emitted token takes that token's offsets instead (only a three-or-more-word
/// synonym of a shorter match, directly followed by other words, reaches that case).
/// Each field value is read whole before any token is emitted; letter fields are a few kilobytes.
/// </remarks>
internal sealed class SynonymExpansionFilter : TokenFilter
{
    public const string SynonymType = "SYNONYM";

    private readonly SynonymRules rules;
    private readonly ICharTermAttribute termAttribute;
    private readonly IPositionIncrementAttribute positionAttribute;
    private readonly IOffsetAttribute offsetAttribute;
    private readonly ITypeAttribute typeAttribute;
    private readonly List<PendingToken> pending = [];
    private int next;
    private bool filled;
    private int lastPosition;
    private int finalOffset;
    private int finalPositionIncrement;

    public SynonymExpansionFilter(TokenStream input, SynonymRules rules)
        : base(input)
    {
        this.rules = rules;
        termAttribute = AddAttribute<ICharTermAttribute>();
        positionAttribute = AddAttribute<IPositionIncrementAttribute>();
        offsetAttribute = AddAttribute<IOffsetAttribute>();
        typeAttribute = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!filled)
        {
            Fill();
            filled = true;
        }

        if (next >= pending.Count)
        {
            return false;
        }

        var token = pending[next++];
        ClearAttributes();
        termAttribute.SetEmpty().Append(token.Term);
        positionAttribute.PositionIncrement = token.Position - lastPosition;
        offsetAttribute.SetOffset(token.StartOffset, token.EndOffset);
        typeAttribute.Type = token.Type;
        lastPosition = token.Position;
        return true;
    }

    public override void End()
    {
        // The input was consumed and ended by Fill; ending it again would count trailing stop words twice.
        ClearAttributes();
        offsetAttribute.SetOffset(finalOffset, finalOffset);
        positionAttribute.PositionIncrement = finalPositionIncrement;
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        next = 0;
        filled = false;
        lastPosition = -1;
    }

    private void Fill()
    {
        var originals = new List<PendingToken>();
        var position = -1;
        while (m_input.IncrementToken())
        {
            position += positionAttribute.PositionIncrement;
            originals.Add(new PendingToken(
                termAttribute.ToString(), position, offsetAttribute.StartOffset, offsetAttribute.EndOffset, typeAttribute.Type, originals.Count));
        }

        m_input.End();
        finalOffset = offsetAttribute.EndOffset;
        finalPositionIncrement = positionAttribute.PositionIncrement;

        pending.AddRange(originals);
        for (var i = 0; i < originals.Count; i++)
        {
            foreach (var rule in rules.StartingWith(originals[i].Term))
            {
                if (Matches(originals, i, rule.Input))
                {
                    AddSynonyms(originals, i, rule);
                }
            }
        }

        if (pending.Count == originals.Count)
        {
            return;
        }

        // Position order; at one position, earlier text first, originals before added words.
        pending.Sort(static (a, b) =>
        {
            var byPosition = a.Position.CompareTo(b.Position);
            if (byPosition != 0)
            {
                return byPosition;
            }

            var byStart = a.StartOffset.CompareTo(b.StartOffset);
            return byStart != 0 ? byStart : a.Order.CompareTo(b.Order);
        });

        // Two synonyms sharing a word at one position ("nerve conduction study", "nerve conduction velocity")
        // would otherwise count that word twice.
        var seen = new HashSet<(string Term, int Position)>();
        var lastStart = 0;
        var lastEnd = 0;
        var kept = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var token = pending[i];
            if (!seen.Add((token.Term, token.Position)))
            {
                continue;
            }

            if (token.StartOffset < lastStart)
            {
                token = token with { StartOffset = lastStart, EndOffset = lastEnd };
            }
            else
            {
                lastStart = token.StartOffset;
                lastEnd = token.EndOffset;
            }

            pending[kept++] = token;
        }

        pending.RemoveRange(kept, pending.Count - kept);
    }

    private static bool Matches(List<PendingToken> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 1; j < words.Length; j++)
        {
            if (!string.Equals(tokens[start + j].Term, words[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void AddSynonyms(List<PendingToken> originals, int start, SynonymRule rule)
    {
        var length = rule.Input.Length;
        var first = originals[start];
        var last = originals[start + length - 1];
        foreach (var output in rule.Outputs)
        {
            for (var j = 0; j < output.Length; j++)
            {
                var (startOffset, endOffset) =
                    output.Length == 1 ? (first.StartOffset, last.EndOffset)
                    : j < length ? (originals[start + j].StartOffset, originals[start + j].EndOffset)
                    : (last.StartOffset, last.EndOffset);
                pending.Add(new PendingToken(output[j], first.Position + j, startOffset, endOffset, SynonymType, int.MaxValue));
            }
        }
    }

    private readonly record struct PendingToken(string Term, int Position, int StartOffset, int EndOffset, string Type, int Order);
}
