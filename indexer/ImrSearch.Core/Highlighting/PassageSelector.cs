namespace ImrSearch.Highlighting;

/// <summary>
/// Chooses the best passages of a text: whole sentences (a short one joined by the sentences after it) of at most
/// <see cref="MaxLength"/> characters, a longer sentence cut to its best window; ranked by the rarity (IDF) of the
/// distinct query clauses each holds, then by how many matches, then by position.
/// </summary>
public static class PassageSelector
{
    public const int MaxLength = 300;

    /// <summary>Sentences shorter than this are joined with the following ones while the passage stays within MaxLength.</summary>
    private const int ShortPassage = 160;

    /// <summary>How much text to keep before the first match when a long sentence is cut.</summary>
    private const int LeadIn = 60;

    /// <summary>The best non-overlapping passages, best first; empty when nothing matched.</summary>
    public static IReadOnlyList<PassageRange> Best(
        string text,
        IReadOnlyList<(int Start, int End)> sentences,
        IReadOnlyList<TextMatch> matches,
        int maxPassages)
    {
        var candidates = new List<PassageRange>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var (start, end) = sentences[s];
            if (!matches.Any(m => m.Start >= start && m.Start < end))
            {
                continue;
            }

            if (end - start > MaxLength)
            {
                candidates.Add(BestWindow(text, start, end, matches));
                continue;
            }

            var last = s;
            while (end - start < ShortPassage && last + 1 < sentences.Count && sentences[last + 1].End - start <= MaxLength)
            {
                last++;
                end = sentences[last].End;
            }

            candidates.Add(new PassageRange(start, end, false, false, Score(start, end, matches)));
        }

        var chosen = new List<PassageRange>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Start))
        {
            if (chosen.Count == maxPassages)
            {
                break;
            }

            if (!chosen.Any(c => c.Overlaps(candidate)))
            {
                chosen.Add(candidate);
            }
        }

        return chosen;
    }

    /// <summary>The opening of a text, up to MaxLength characters of whole sentences (one sentence cut if it is longer).</summary>
    public static PassageRange Opening(string text, IReadOnlyList<(int Start, int End)> sentences)
    {
        if (sentences.Count == 0)
        {
            return new PassageRange(0, 0, false, false, 0);
        }

        var start = sentences[0].Start;
        var end = sentences[0].End;
        if (end - start > MaxLength)
        {
            var cut = CutBackToWordEnd(text, start, start + MaxLength);
            return new PassageRange(start, cut, false, true, 0);
        }

        for (var s = 1; s < sentences.Count && sentences[s].End - start <= MaxLength; s++)
        {
            end = sentences[s].End;
        }

        return new PassageRange(start, end, false, false, 0);
    }

    private static PassageRange BestWindow(string text, int sentenceStart, int sentenceEnd, IReadOnlyList<TextMatch> matches)
    {
        PassageRange? best = null;
        foreach (var anchor in matches.Where(m => m.Start >= sentenceStart && m.Start < sentenceEnd))
        {
            var start = Math.Max(sentenceStart, anchor.Start - LeadIn);
            var end = Math.Min(sentenceEnd, start + MaxLength);
            start = Math.Max(sentenceStart, end - MaxLength);
            if (start > sentenceStart)
            {
                start = CutForwardToWordStart(text, start, anchor.Start);
            }

            if (end < sentenceEnd)
            {
                end = CutBackToWordEnd(text, Math.Max(anchor.End, start), end);
                // Never cut a marked stretch in two: drop a match that would straddle the end.
                foreach (var match in matches)
                {
                    if (match.Start < end && match.End > end)
                    {
                        end = CutBackToWordEnd(text, start, match.Start);
                    }
                }
            }

            var window = new PassageRange(start, end, start > sentenceStart, end < sentenceEnd, Score(start, end, matches));
            if (best is null || window.Score > best.Value.Score)
            {
                best = window;
            }
        }

        return best!.Value;
    }

    private static double Score(int start, int end, IReadOnlyList<TextMatch> matches)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double score = 0;
        var count = 0;
        foreach (var match in matches)
        {
            if (match.Start >= start && match.End <= end)
            {
                count++;
                if (seen.Add(match.Key))
                {
                    score += match.Weight;
                }
            }
        }

        // Rarity of distinct clauses dominates; repeated matches only break ties.
        return score + (count * 1e-3);
    }

    private static int CutForwardToWordStart(string text, int start, int limit)
    {
        var i = start;
        while (i < limit && !char.IsWhiteSpace(text[i - 1]))
        {
            i++;
        }

        return i < limit ? i : start;
    }

    private static int CutBackToWordEnd(string text, int floor, int end)
    {
        var i = end;
        while (i > floor && i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        while (i > floor && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i > floor ? i : end;
    }
}
