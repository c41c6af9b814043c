namespace ImrSearch.Vocabularies;

/// <summary>A phrase found in a text: which vocabulary entry, and the words it covers.</summary>
/// <param name="Rank">The entry's position in its vocabulary file (lower ranks take precedence).</param>
public readonly record struct PhraseMatch<T>(T Value, int Rank, int FirstToken, int TokenCount, int Start, int End);

/// <summary>
/// Finds vocabulary phrases in a text word by word (no regular expressions, so the cost stays linear in the
/// text and in the number of phrases that start with each word).
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value, int Rank)>> byFirstWord = new(StringComparer.Ordinal);

    public void Add(string phrase, T value, int rank)
    {
        var words = VocabularyTokens.Tokenize(phrase).Select(t => t.Text).ToArray();
        if (words.Length == 0)
        {
            return;
        }

        if (!byFirstWord.TryGetValue(words[0], out var list))
        {
            list = [];
            byFirstWord[words[0]] = list;
        }

        if (!list.Any(e => e.Rank == rank && e.Words.SequenceEqual(words)))
        {
            list.Add((words, value, rank));
        }
    }

    /// <summary>Every phrase occurrence in the tokens, in text order.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<VocabularyToken> tokens)
    {
        var matches = new List<PhraseMatch<T>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!byFirstWord.TryGetValue(tokens[i].Text, out var candidates))
            {
                continue;
            }

            foreach (var (words, value, rank) in candidates)
            {
                if (i + words.Length > tokens.Count)
                {
                    continue;
                }

                var matched = true;
                for (var w = 1; w < words.Length; w++)
                {
                    if (!string.Equals(tokens[i + w].Text, words[w], StringComparison.Ordinal))
                    {
                        matched = false;
                        break;
                    }
                }

                if (matched)
                {
                    matches.Add(new PhraseMatch<T>(value, rank, i, words.Length, tokens[i].Start, tokens[i + words.Length - 1].End));
                }
            }
        }

        return matches;
    }

    public List<PhraseMatch<T>> FindAll(string text) => FindAll(VocabularyTokens.Tokenize(text));

    /// <summary>The match that starts first; among those starting at the same word, the longest.</summary>
    public static PhraseMatch<T>? Earliest(List<PhraseMatch<T>> matches)
    {
        PhraseMatch<T>? best = null;
        foreach (var m in matches)
        {
            if (best is not { } b || m.FirstToken < b.FirstToken || (m.FirstToken == b.FirstToken && m.TokenCount > b.TokenCount))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>The match of lowest rank (the vocabulary file's precedence); ties go to the longer, then the earlier.</summary>
    public static PhraseMatch<T>? BestRanked(List<PhraseMatch<T>> matches)
    {
        PhraseMatch<T>? best = null;
        foreach (var m in matches)
        {
            if (best is not { } b
                || m.Rank < b.Rank
                || (m.Rank == b.Rank && (m.TokenCount > b.TokenCount || (m.TokenCount == b.TokenCount && m.FirstToken < b.FirstToken))))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>The longest match; ties go to the earlier.</summary>
    public static PhraseMatch<T>? Longest(List<PhraseMatch<T>> matches)
    {
        PhraseMatch<T>? best = null;
        foreach (var m in matches)
        {
            if (best is not { } b || m.TokenCount > b.TokenCount || (m.TokenCount == b.TokenCount && m.FirstToken < b.FirstToken))
            {
                best = m;
            }
        }

        return best;
    }
}
