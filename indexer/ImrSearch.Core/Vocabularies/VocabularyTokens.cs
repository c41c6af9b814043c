namespace ImrSearch.Vocabularies;

/// <summary>One lower-cased word of a phrase, with where it sits in the original text.</summary>
public readonly record struct VocabularyToken(string Text, int Start, int End);

/// <summary>
/// Splits text into the words vocabulary phrases are matched on: runs of letters and digits, lower-cased;
/// "&amp;" reads as "and". Punctuation only separates, so "X-ray", "x ray" and "X‑Ray" all read as "x ray"; a change
/// between letters and digits separates too, so "L4-5" reads as "l 4 5" and "10mg" as "10 mg".
/// </summary>
public static class VocabularyTokens
{
    public static List<VocabularyToken> Tokenize(string text)
    {
        var tokens = new List<VocabularyToken>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                }
                else if (char.IsDigit(c) != char.IsDigit(text[i - 1]))
                {
                    tokens.Add(new VocabularyToken(text[start..i].ToLowerInvariant(), start, i));
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                tokens.Add(new VocabularyToken(text[start..i].ToLowerInvariant(), start, i));
                start = -1;
            }

            if (c == '&')
            {
                tokens.Add(new VocabularyToken("and", i, i + 1));
            }
        }

        return tokens;
    }

    /// <summary>The words of a phrase joined by single spaces: the key two spellings share when they match.</summary>
    public static string Key(string text) => string.Join(' ', Tokenize(text).Select(t => t.Text));
}
