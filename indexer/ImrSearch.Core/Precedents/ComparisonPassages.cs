using ImrSearch.Highlighting;

namespace ImrSearch.Precedents;

/// <summary>A sentence of one item's rationale that uses its group's distinguishing terms, those terms marked.</summary>
public sealed record ComparisonPassage(string CaseId, int ItemIndex, string Item, MarkedText Text);

/// <summary>
/// Chooses the representative passages of a group: in each item's rationale the sentence whose distinguishing terms
/// weigh most (the sum of their G², each term once), then the best of those, one per item so one letter cannot
/// speak for the whole group.
/// </summary>
public static class ComparisonPassages
{
    public const int MaxPassages = 3;

    /// <summary>A longer sentence is cut to this many characters around its first marked term.</summary>
    public const int MaxLength = 400;

    public static IReadOnlyList<ComparisonPassage> Choose(
        IReadOnlyList<(ComparedItem Item, AnalysedRationale Rationale)> group,
        IReadOnlyList<DistinguishingTerm> terms,
        int max = MaxPassages)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(terms);
        var weights = terms.ToDictionary(t => t.Term, t => t.LogLikelihood, StringComparer.Ordinal);
        if (weights.Count == 0)
        {
            return [];
        }

        var best = new List<(double Score, int Rank, ComparisonPassage Passage)>();
        for (var rank = 0; rank < group.Count; rank++)
        {
            var (item, rationale) = group[rank];
            if (Best(rationale, weights) is { } sentence)
            {
                best.Add((sentence.Score, rank, new ComparisonPassage(item.CaseId, item.ItemIndex, item.Item, sentence.Text)));
            }
        }

        return [.. best.OrderByDescending(b => b.Score).ThenBy(b => b.Rank).Take(max).Select(b => b.Passage)];
    }

    private static (double Score, MarkedText Text)? Best(AnalysedRationale rationale, Dictionary<string, double> weights)
    {
        (double Score, int Start, int End, List<TextMatch> Matches)? best = null;
        foreach (var (start, end) in SentenceSplitter.Split(rationale.Text))
        {
            var matches = rationale.Tokens
                .Where(t => t.Start >= start && t.End <= end && weights.ContainsKey(t.Term))
                .Select(t => new TextMatch(t.Start, t.End, t.Term, weights[t.Term]))
                .ToList();
            var score = matches.DistinctBy(m => m.Key).Sum(m => m.Weight);
            if (score > 0 && (best is null || score > best.Value.Score))
            {
                best = (score, start, end, matches);
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        var (from, to) = Window(rationale.Text, chosen.Start, chosen.End, chosen.Matches[0].Start);
        var marks = MarkedTextLayout.MarkSpans(rationale.Text, chosen.Matches);
        return (chosen.Score, MarkedTextLayout.Lay(rationale.Text, from, to, marks, WhitespaceStyle.Collapse, from > chosen.Start, to < chosen.End));
    }

    /// <summary>The sentence, or a stretch of it of at most <see cref="MaxLength"/> characters from a little before its first mark, cut at spaces.</summary>
    private static (int Start, int End) Window(string text, int start, int end, int firstMark)
    {
        if (end - start <= MaxLength)
        {
            return (start, end);
        }

        var from = Math.Max(start, firstMark - (MaxLength / 4));
        while (from > start && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var to = Math.Min(end, from + MaxLength);
        while (to < end && to > from + 1 && !char.IsWhiteSpace(text[to]))
        {
            to--;
        }

        return (from, to);
    }
}
