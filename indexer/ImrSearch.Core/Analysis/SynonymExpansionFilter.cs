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
/// <para>
/// This filter sees every token of the corpus, and most start no rule, so such a token passes through as the
/// input made it, untouched. A token that starts a rule opens a run of buffered tokens (terms kept in one character
/// buffer rather than a string per token), read until every rule starting in the run could be tested and no added
/// word can land at or after the next token's position; the run is then merged with its added words and emitted,
/// and tokens pass through again. Nothing before or after a run can sort among its tokens, so the output is the
/// same as buffering the whole field would give. The input never stacks tokens (every increment is at least 1).
/// </para>
/// </remarks>
internal sealed class SynonymExpansionFilter : TokenFilter
{
    public const string SynonymType = "SYNONYM";

    private const int SynonymOrder = 1 << 30;

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
    private int tested;
    private int lastSynonymPosition;
    private bool inputEnded;
    private int position;
    private int originalCount;
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
        while (true)
        {
            if (next < output.Count)
            {
                Emit(output[next++]);
                return true;
            }

            if (originals.Count > 0)
            {
                BufferRun();
                continue;
            }

            if (inputEnded || !Read())
            {
                return false;
            }

            if (rules.StartingWith(termAttribute.Buffer.AsSpan(0, termAttribute.Length)) is not null)
            {
                Buffer();
                continue;
            }

            PassThrough();
            return true;
        }
    }

    public override void End()
    {
        // The input was ended when it ran out; ending it again would count trailing stop words twice.
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
        tested = 0;
        lastSynonymPosition = int.MinValue;
        inputEnded = false;
        position = -1;
        originalCount = 0;
        lastPosition = -1;
    }

    /// <summary>The next input token, its position counted; false (and the input ended) when there is none.</summary>
    private bool Read()
    {
        if (!m_input.IncrementToken())
        {
            inputEnded = true;
            m_input.End();
            finalOffset = offsetAttribute.EndOffset;
            finalPositionIncrement = positionAttribute.PositionIncrement;
            return false;
        }

        position += positionAttribute.PositionIncrement;
        return true;
    }

    /// <summary>
    /// Emits the input's token as it is: its increment holds, since a run ends only once no added word lies past its
    /// last token, and its offsets too, since the input's never go backwards and no added word starts past its run.
    /// </summary>
    private void PassThrough() => lastPosition = position;

    /// <summary>Copies the input's token to the end of the run.</summary>
    private void Buffer()
    {
        var length = termAttribute.Length;
        if (termLength + length > termChars.Length)
        {
            Array.Resize(ref termChars, Math.Max(termChars.Length * 2, termLength + length));
        }

        Array.Copy(termAttribute.Buffer, 0, termChars, termLength, length);
        originals.Add(new PendingToken(null, termLength, length, position, offsetAttribute.StartOffset, offsetAttribute.EndOffset, typeAttribute.Type, originalCount++));
        termLength += length;
    }

    /// <summary>
    /// Tests the run's rules as far as the tokens read allow, and either queues the tested tokens and their added
    /// words for output (when nothing added can land at or after the first untested token) or reads one more token.
    /// </summary>
    private void BufferRun()
    {
        while (tested < originals.Count)
        {
            var candidates = rules.StartingWith(Term(originals[tested]));
            if (candidates is not null)
            {
                var longest = 0;
                foreach (var rule in candidates)
                {
                    longest = Math.Max(longest, rule.Input.Length);
                }

                if (tested + longest > originals.Count && !inputEnded)
                {
                    break;
                }

                foreach (var rule in candidates)
                {
                    if (Matches(tested, rule.Input))
                    {
                        AddSynonyms(tested, rule);
                    }
                }
            }

            tested++;
        }

        var closes = tested == originals.Count
            ? inputEnded || lastSynonymPosition <= originals[^1].Position
            : lastSynonymPosition < originals[tested].Position;
        if (closes && tested > 0)
        {
            Flush(tested);
        }
        else if (!inputEnded && Read())
        {
            Buffer();
        }

        // Else the input has just ended: the next pass tests what is left and flushes it.
    }

    /// <summary>Merges the first <paramref name="count"/> buffered tokens with the added words, in output order.</summary>
    private void Flush(int count)
    {
        output.Clear();
        next = 0;
        synonyms.Sort(Compare);
        Merge(count);
        synonyms.Clear();
        originals.RemoveRange(0, count);
        tested -= count;
        lastSynonymPosition = int.MinValue;
        if (originals.Count == 0)
        {
            // Output reads its terms from the buffer; nothing is read into it before the output is emitted.
            termLength = 0;
        }
    }

    private void Emit(in PendingToken token)
    {
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
    }

    private ReadOnlySpan<char> Term(in PendingToken token) =>
        token.Word is { } word ? word.AsSpan() : termChars.AsSpan(token.CharStart, token.CharLength);

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

    private void Merge(int count)
    {
        var lastStart = 0;
        var lastEnd = 0;
        int o = 0, s = 0;
        while (o < count || s < synonyms.Count)
        {
            var takeOriginal = s >= synonyms.Count || (o < count && Compare(originals[o], synonyms[s]) <= 0);
            var token = takeOriginal ? originals[o++] : synonyms[s++];
            if (!takeOriginal && IsAlreadyAt(token, o, count))
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
    private bool IsAlreadyAt(in PendingToken token, int nextOriginal, int count)
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
        for (var k = nextOriginal; k < count && originals[k].Position == token.Position; k++)
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
                synonyms.Add(new PendingToken(words[j], 0, 0, first.Position + j, startOffset, endOffset, SynonymType, SynonymOrder + synonyms.Count));
                lastSynonymPosition = Math.Max(lastSynonymPosition, first.Position + j);
            }
        }
    }

    /// <summary>A token waiting to go out: an original (its term in the buffer) or an added word (<see cref="Word"/>).</summary>
    private readonly record struct PendingToken(string? Word, int CharStart, int CharLength, int Position, int StartOffset, int EndOffset, string Type, int Order);
}
