using ImrSearch.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ImrSearch.Tests.Analysis;

/// <summary>
/// The synonym expansion as first written: the whole field read, every rule tested, the added words sorted in and
/// emitted. Kept as the specification <see cref="SynonymExpansionFilter"/>, which streams, is compared with.
/// </summary>
internal sealed class BufferedSynonymExpansion : TokenFilter
{
    private readonly SynonymRules rules;
    private readonly ICharTermAttribute termAttribute;
    private readonly IPositionIncrementAttribute positionAttribute;
    private readonly IOffsetAttribute offsetAttribute;
    private readonly ITypeAttribute typeAttribute;
    private readonly List<PendingToken> originals = [];
    private readonly List<PendingToken> synonyms = [];
    private readonly List<PendingToken> output = [];
    private char[] termChars = new char[4096];
    private int termLength;
    private int next;
    private bool filled;
    private int lastPosition;
    private int finalOffset;
    private int finalPositionIncrement;

    public BufferedSynonymExpansion(TokenStream input, SynonymRules rules)
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

        if (next >= output.Count)
        {
            return false;
        }

        var token = output[next++];
        ClearAttributes();
        if (token.Word is { } word)
        {
            termAttribute.SetEmpty().Append(word);
        }
        else
        {
            termAttribute.CopyBuffer(termChars, token.CharStart, token.CharLength);
        }

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
        originals.Clear();
        synonyms.Clear();
        output.Clear();
        termLength = 0;
        next = 0;
        filled = false;
        lastPosition = -1;
    }

    private ReadOnlySpan<char> Term(in PendingToken token) =>
        token.Word is { } word ? word.AsSpan() : termChars.AsSpan(token.CharStart, token.CharLength);

    private void Fill()
    {
        var position = -1;
        while (m_input.IncrementToken())
        {
            position += positionAttribute.PositionIncrement;
            var length = termAttribute.Length;
            if (termLength + length > termChars.Length)
            {
                Array.Resize(ref termChars, Math.Max(termChars.Length * 2, termLength + length));
            }

            Array.Copy(termAttribute.Buffer, 0, termChars, termLength, length);
            originals.Add(new PendingToken(null, termLength, length, position, offsetAttribute.StartOffset, offsetAttribute.EndOffset, typeAttribute.Type, originals.Count));
            termLength += length;
        }

        m_input.End();
        finalOffset = offsetAttribute.EndOffset;
        finalPositionIncrement = positionAttribute.PositionIncrement;

        for (var i = 0; i < originals.Count; i++)
        {
            var candidates = rules.StartingWith(Term(originals[i]));
            if (candidates is null)
            {
                continue;
            }

            foreach (var rule in candidates)
            {
                if (Matches(i, rule.Input))
                {
                    AddSynonyms(i, rule);
                }
            }
        }

        if (synonyms.Count == 0)
        {
            output.AddRange(originals);
            return;
        }

        synonyms.Sort(Compare);
        Merge();
    }

    /// <summary>Position order; at one position, earlier text first, originals before added words.</summary>
    private static int Compare(PendingToken a, PendingToken b)
    {
        var byPosition = a.Position.CompareTo(b.Position);
        if (byPosition != 0)
        {
            return byPosition;
        }

        var byStart = a.StartOffset.CompareTo(b.StartOffset);
        return byStart != 0 ? byStart : a.Order.CompareTo(b.Order);
    }

    private void Merge()
    {
        var lastStart = 0;
        var lastEnd = 0;
        int o = 0, s = 0;
        while (o < originals.Count || s < synonyms.Count)
        {
            var takeOriginal = s >= synonyms.Count || (o < originals.Count && Compare(originals[o], synonyms[s]) <= 0);
            var token = takeOriginal ? originals[o++] : synonyms[s++];
            if (!takeOriginal && IsAlreadyAt(token, o))
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

            output.Add(token);
        }
    }

    /// <summary>
    /// Whether the same term is already at this position: two synonyms sharing a word ("nerve conduction study",
    /// "nerve conduction velocity") would otherwise count it twice.
    /// </summary>
    private bool IsAlreadyAt(in PendingToken token, int nextOriginal)
    {
        var term = Term(token);
        for (var k = output.Count - 1; k >= 0 && output[k].Position == token.Position; k--)
        {
            if (Term(output[k]).SequenceEqual(term))
            {
                return true;
            }
        }

        // An original still to come at this position wins: it carries its own offsets.
        for (var k = nextOriginal; k < originals.Count && originals[k].Position == token.Position; k++)
        {
            if (Term(originals[k]).SequenceEqual(term))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(int start, string[] words)
    {
        if (start + words.Length > originals.Count)
        {
            return false;
        }

        for (var j = 1; j < words.Length; j++)
        {
            if (!Term(originals[start + j]).SequenceEqual(words[j]))
            {
                return false;
            }
        }

        return true;
    }

    private void AddSynonyms(int start, SynonymRule rule)
    {
        var length = rule.Input.Length;
        var first = originals[start];
        var last = originals[start + length - 1];
        foreach (var words in rule.Outputs)
        {
            for (var j = 0; j < words.Length; j++)
            {
                var (startOffset, endOffset) =
                    words.Length == 1 ? (first.StartOffset, last.EndOffset)
                    : j < length ? (originals[start + j].StartOffset, originals[start + j].EndOffset)
                    : (last.StartOffset, last.EndOffset);
                synonyms.Add(new PendingToken(words[j], 0, 0, first.Position + j, startOffset, endOffset, SynonymExpansionFilter.SynonymType, originals.Count + synonyms.Count));
            }
        }
    }

    /// <summary>A token waiting to go out: an original (its term in the buffer) or an added word (<see cref="Word"/>).</summary>
    private readonly record struct PendingToken(string? Word, int CharStart, int CharLength, int Position, int StartOffset, int EndOffset, string Type, int Order);
}
