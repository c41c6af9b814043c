using System.Text;

namespace ImrSearch.Highlighting;

/// <summary>How whitespace runs are written out.</summary>
public enum WhitespaceStyle
{
    /// <summary>Every run becomes one space (passages in a result list).</summary>
    Collapse,

    /// <summary>Runs become one space, except that line breaks are kept (one, or two for a paragraph break).</summary>
    KeepLineBreaks,
}

/// <summary>
/// Writes text as HTML: matched stretches inside &lt;mark&gt;, every other character HTML-encoded, so a letter
/// containing "&lt;script&gt;" is shown as text.
/// </summary>
public static class HtmlMarkup
{
    public const string MarkOpen = "<mark>";
    public const string MarkClose = "</mark>";
    public const string Ellipsis = "\u2026";

    /// <summary>
    /// Merges matches into the stretches to mark: overlapping ones, and ones separated only by whitespace, hyphens
    /// or slashes ("physical therapy" or "red-flag" matched word by word is marked as one stretch).
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> MarkSpans(string text, IEnumerable<TextMatch> matches)
    {
        var spans = new List<(int Start, int End)>();
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
                    spans[^1] = (last.Start, Math.Max(last.End, match.End));
                    continue;
                }
            }

            spans.Add((match.Start, match.End));
        }

        return spans;
    }

    /// <summary>Renders text[start..end) with the given marks (clipped to the range).</summary>
    public static string Render(
        string text,
        int start,
        int end,
        IReadOnlyList<(int Start, int End)> marks,
        WhitespaceStyle whitespace,
        bool ellipsisBefore = false,
        bool ellipsisAfter = false)
    {
        var html = new StringBuilder((end - start) + 32);
        if (ellipsisBefore)
        {
            html.Append(Ellipsis);
        }

        var position = start;
        foreach (var (markStart, markEnd) in marks)
        {
            var from = Math.Max(markStart, start);
            var to = Math.Min(markEnd, end);
            if (to <= from || from < position)
            {
                continue;
            }

            Encode(text, position, from, whitespace, html);
            html.Append(MarkOpen);
            Encode(text, from, to, whitespace, html);
            html.Append(MarkClose);
            position = to;
        }

        Encode(text, position, end, whitespace, html);
        if (ellipsisAfter)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }

    /// <summary>The whole text encoded, nothing marked.</summary>
    public static string Encode(string text, WhitespaceStyle whitespace = WhitespaceStyle.Collapse)
    {
        var html = new StringBuilder(text.Length + 16);
        Encode(text, 0, text.Length, whitespace, html);
        return html.ToString();
    }

    private static void Encode(string text, int start, int end, WhitespaceStyle whitespace, StringBuilder html)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                var newlines = 0;
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    newlines += text[i] == '\n' ? 1 : 0;
                    i++;
                }

                html.Append(whitespace == WhitespaceStyle.KeepLineBreaks && newlines > 0 ? (newlines > 1 ? "\n\n" : "\n") : " ");
                continue;
            }

            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }

            i++;
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
