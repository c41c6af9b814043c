namespace ImrSearch.Highlighting;

/// <summary>
/// Splits letter prose into sentences for passages: a sentence ends at '.', '!' or '?' (and any closing quote or
/// bracket) followed by whitespace and a capital, digit or opening quote, unless the period ends an abbreviation
/// or an initial; a blank line always ends one.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "eg", "ie", "approx", "fig", "no", "nos", "pp", "pg", "p",
        "st", "jr", "sr", "inc", "ltd", "co", "al", "cf", "ca", "dept", "u.s", "u.s.a", "sec", "ch", "vol", "ref",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "min", "max", "hr",
    };

    /// <summary>Sentence ranges (start inclusive, end exclusive), trimmed of surrounding whitespace, in text order.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var start = SkipWhitespace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && IsBlankLineAt(text, i))
            {
                Add(sentences, text, start, i);
                start = SkipWhitespace(text, i);
                i = start;
                continue;
            }

            if (c is '.' or '!' or '?')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019')
                {
                    end++;
                }

                var next = SkipWhitespace(text, end);
                if (next > end && (next >= text.Length || StartsSentence(text[next])) && !(c == '.' && EndsAbbreviation(text, start, i)))
                {
                    Add(sentences, text, start, end);
                    start = next;
                    i = next;
                    continue;
                }
            }

            i++;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '(' or '[' or '\'' or '\u2018';

    private static bool EndsAbbreviation(string text, int sentenceStart, int period)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '\u201C'))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial
        }

        return Abbreviations.Contains(word);
    }

    private static bool IsBlankLineAt(string text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return false;
    }

    private static int SkipWhitespace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static void Add(List<(int Start, int End)> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }
}
