using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ImrSearch.Analysis;

/// <summary>
/// Lucene's EnglishPossessiveFilter, LowerCaseFilter, StopFilter and PorterStemFilter in one filter, with the
/// same output: possessive 's dropped, lower case, stop words removed (their positions kept as gaps), Porter stems.
/// </summary>
/// <remarks>
/// Every word of every letter passes through this chain, so it is worth one pass instead of four: ASCII words are
/// lower-cased in place (others through Lucene's code-point lower-casing), and stems come from a per-stream cache
/// (<see cref="PorterStems"/>). <c>EnglishWordFilterTests</c> checks it against the four filters on random text.
/// </remarks>
internal sealed class EnglishWordFilter : TokenFilter
{
    private readonly CharArraySet stopWords;
    private readonly CharacterUtils characters;
    private readonly PorterStems stems = new();
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly IKeywordAttribute keyword;
    private int skippedPositions;

    public EnglishWordFilter(LuceneVersion version, TokenStream input, CharArraySet stopWords)
        : base(input)
    {
        this.stopWords = stopWords;
        characters = CharacterUtils.GetInstance(version);
        term = AddAttribute<ICharTermAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        skippedPositions = 0;
        while (m_input.IncrementToken())
        {
            DropPossessive();
            LowerCase();
            if (stopWords.Contains(term.Buffer, 0, term.Length))
            {
                skippedPositions += positionIncrement.PositionIncrement;
                continue;
            }

            if (skippedPositions != 0)
            {
                positionIncrement.PositionIncrement += skippedPositions;
            }

            if (!keyword.IsKeyword)
            {
                stems.Stem(term);
            }

            return true;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        positionIncrement.PositionIncrement += skippedPositions;
    }

    public override void Reset()
    {
        base.Reset();
        skippedPositions = 0;
    }

    /// <summary>As EnglishPossessiveFilter from Lucene 3.6 on: a final 's or 'S with ', U+2019 or U+FF07.</summary>
    private void DropPossessive()
    {
        var length = term.Length;
        if (length < 2)
        {
            return;
        }

        var buffer = term.Buffer;
        var apostrophe = buffer[length - 2];
        var s = buffer[length - 1];
        if ((apostrophe is '\'' or '\u2019' or '\uFF07') && (s is 's' or 'S'))
        {
            term.Length = length - 2;
        }
    }

    private void LowerCase()
    {
        var buffer = term.Buffer;
        var length = term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c >= 0x80)
            {
                characters.ToLower(buffer, i, length - i);
                return;
            }

            if (c is >= 'A' and <= 'Z')
            {
                buffer[i] = (char)(c | 0x20);
            }
        }
    }
}
