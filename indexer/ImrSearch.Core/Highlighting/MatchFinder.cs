namespace ImrSearch.Highlighting;

/// <summary>
/// Finds where a field's query terms and phrases occur among a text's tokens. A phrase matches only where its
/// terms stand at the phrase's relative positions (exact) or within its slop (proximity), measured the way Lucene's
/// sloppy phrase scorer measures it, so "return to work" never marks a lone "work".
/// </summary>
public static class MatchFinder
{
    /// <param name="idf">Rarity of a term in this field (higher is rarer).</param>
    public static IReadOnlyList<TextMatch> Find(IReadOnlyList<TextToken> tokens, FieldTerms terms, Func<string, double> idf)
    {
        var matches = new List<TextMatch>();
        if (terms.IsEmpty || tokens.Count == 0)
        {
            return matches;
        }

        foreach (var token in tokens)
        {
            if (terms.Terms.Contains(token.Term))
            {
                matches.Add(new TextMatch(token.Start, token.End, "t:" + token.Term, idf(token.Term)));
            }
        }

        foreach (var phrase in terms.Phrases)
        {
            FindPhrase(tokens, phrase, idf, matches);
        }

        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return matches;
    }

    private static void FindPhrase(IReadOnlyList<TextToken> tokens, PhraseClause phrase, Func<string, double> idf, List<TextMatch> matches)
    {
        var count = phrase.Terms.Count;
        var candidates = new List<TextToken>[count];
        for (var i = 0; i < count; i++)
        {
            candidates[i] = [.. tokens.Where(t => phrase.Terms[i].Contains(t.Term))];
            if (candidates[i].Count == 0)
            {
                return;
            }
        }

        var weight = phrase.Terms.Sum(set => set.Max(idf));
        var chosen = new TextToken[count];
        foreach (var anchor in candidates[0])
        {
            // Where the phrase would start if the anchor is its first term; each term's "adjusted" position
            // (position minus its offset in the phrase) equals this in an exact match.
            var start = anchor.Position - phrase.Positions[0];
            chosen[0] = anchor;
            var lowest = start;
            var highest = start;
            var complete = true;
            for (var i = 1; i < count && complete; i++)
            {
                var best = -1;
                var bestDistance = int.MaxValue;
                for (var c = 0; c < candidates[i].Count; c++)
                {
                    var distance = Math.Abs(candidates[i][c].Position - phrase.Positions[i] - start);
                    if (distance < bestDistance && !IsChosen(chosen, i, candidates[i][c]))
                    {
                        best = c;
                        bestDistance = distance;
                    }
                }

                if (best < 0 || bestDistance > phrase.Slop)
                {
                    complete = false;
                    break;
                }

                chosen[i] = candidates[i][best];
                var adjusted = chosen[i].Position - phrase.Positions[i];
                lowest = Math.Min(lowest, adjusted);
                highest = Math.Max(highest, adjusted);
            }

            if (!complete || highest - lowest > phrase.Slop)
            {
                continue;
            }

            if (phrase.Slop == 0)
            {
                // An exact phrase is marked as one stretch, words between included ("return to work").
                matches.Add(new TextMatch(chosen.Min(t => t.Start), chosen.Max(t => t.End), phrase.Key, weight));
            }
            else
            {
                foreach (var token in chosen)
                {
                    matches.Add(new TextMatch(token.Start, token.End, phrase.Key, weight));
                }
            }
        }
    }

    private static bool IsChosen(TextToken[] chosen, int upTo, TextToken token)
    {
        for (var i = 0; i < upTo; i++)
        {
            if (chosen[i] == token)
            {
                return true;
            }
        }

        return false;
    }
}
