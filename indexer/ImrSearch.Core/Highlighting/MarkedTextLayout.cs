using System.Text;

namespace ImrSearch.Highlighting;

/// <summary>How whitespace runs are laid out for display.</summary>
public enum WhitespaceStyle
{
    /// <summary>Every run becomes one space (passages in a result list).</summary>
    Collapse,

    /// <summary>Runs become one space, except that line breaks are kept (one, or two for a paragraph break).</summary>
    KeepLineBreaks,
}

/// <summary>
/// Turns matches in a stored text into a <see cref="MarkedText"/>: merges them into the stretches to mark, cuts the
/// text to a passage and lays out its whitespace, keeping each mark on the characters it covered.
/// </summary>
public static class MarkedTextLayout
{
    /// <summary>
    /// Merges matches into the stretches to mark: overlapping ones, and ones separated only by whitespace, hyphens
    /// or slashes ("physical therapy" or "red-flag" matched word by word is marked as one stretch).
    /// </summary>
    public static IReadOnlyList<MarkedRange> MarkSpans(string text, IEnumerable<TextMatch> matches)
    {
        var spans = new List<MarkedRange>();
        foreach (var match in matches.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (match.End <= match.Start)
            {
                continue;
            }

            if (spans.Count > 0)
            {
                var last = spans[^1];
                if (match.Start <= last.End || IsJoiner(text, last.End, match.Start))
                {
                    spans[^1] = new MarkedRange(last.Start, Math.Max(last.End, match.End));
                    continue;
                }
            }

            spans.Add(new MarkedRange(match.Start, match.End));
        }

        return spans;
    }

    /// <summary>text[start..end) with the given marks (clipped to the range), whitespace laid out, ellipses where cut.</summary>
    public static MarkedText Lay(
        string text,
        int start,
        int end,
        IReadOnlyList<MarkedRange> marks,
        WhitespaceStyle whitespace,
        bool ellipsisBefore = false,
        bool ellipsisAfter = false)
    {
        var laid = new StringBuilder((end - start) + 2);
        var ranges = new List<MarkedRange>();
        if (ellipsisBefore)
        {
            laid.Append(MarkedText.Ellipsis);
        }

        var position = start;
        foreach (var mark in marks)
        {
            var from = Math.Max(mark.Start, start);
            var to = Math.Min(mark.End, end);
            if (to <= from || from < position)
            {
                continue;
            }

            Append(text, position, from, whitespace, laid);
            var markStart = laid.Length;
            Append(text, from, to, whitespace, laid);
            ranges.Add(new MarkedRange(markStart, laid.Length));
            position = to;
        }

        Append(text, position, end, whitespace, laid);
        if (ellipsisAfter)
        {
            laid.Append(MarkedText.Ellipsis);
        }

        return new MarkedText(laid.ToString(), ranges);
    }

    private static void Append(string text, int start, int end, WhitespaceStyle whitespace, StringBuilder laid)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                laid.Append(c);
                i++;
                continue;
            }

            var newlines = 0;
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                newlines += text[i] == '\n' ? 1 : 0;
                i++;
            }

            laid.Append(whitespace == WhitespaceStyle.KeepLineBreaks && newlines > 0 ? (newlines > 1 ? "\n\n" : "\n") : " ");
        }
    }

    private static bool IsJoiner(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('-' or '/'))
            {
                return false;
            }
        }

        return true;
    }
}
