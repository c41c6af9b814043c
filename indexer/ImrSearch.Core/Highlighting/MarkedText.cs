namespace ImrSearch.Highlighting;

/// <summary>
/// Text with the stretches a query matched: what the highlighter returns, for each caller to render its own way
/// (HTML in the site and the JSON API, Markdown in the research brief, bold on a terminal). The text is the letter's
/// own, with whitespace already laid out for display and any ellipsis of a cut passage included.
/// </summary>
/// <param name="Marks">Matched ranges of <paramref name="Text"/>, in order, never overlapping or touching.</param>
public sealed record MarkedText(string Text, IReadOnlyList<MarkedRange> Marks)
{
    /// <summary>Written where a passage cuts into a sentence.</summary>
    public const string Ellipsis = "\u2026";

    public static MarkedText Empty { get; } = new("", []);

    public bool HasMarks => Marks.Count > 0;

    /// <summary>The text nothing marked, whitespace laid out as <paramref name="whitespace"/> says.</summary>
    public static MarkedText Plain(string text, WhitespaceStyle whitespace = WhitespaceStyle.Collapse) =>
        MarkedTextLayout.Lay(text, 0, text.Length, [], whitespace);

    /// <summary>The text in order as runs, each marked or not; empty runs are left out.</summary>
    public IEnumerable<MarkedRun> Runs()
    {
        var position = 0;
        foreach (var mark in Marks)
        {
            if (mark.Start > position)
            {
                yield return new MarkedRun(Text[position..mark.Start], false);
            }

            yield return new MarkedRun(Text[mark.Start..mark.End], true);
            position = mark.End;
        }

        if (position < Text.Length)
        {
            yield return new MarkedRun(Text[position..], false);
        }
    }

    /// <summary>The marked stretches' text, in order.</summary>
    public IEnumerable<string> MarkedWords() => Marks.Select(m => Text[m.Start..m.End]);

    /// <summary>The text cut at paragraph breaks (blank lines, kept by <see cref="WhitespaceStyle.KeepLineBreaks"/>), each with its own marks.</summary>
    public IReadOnlyList<MarkedText> Paragraphs()
    {
        var paragraphs = new List<MarkedText>();
        var start = 0;
        while (start <= Text.Length)
        {
            var end = Text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? Text.Length : end;
            if (end > start)
            {
                paragraphs.Add(Slice(start, end));
            }

            start = end + 2;
        }

        return paragraphs;
    }

    private MarkedText Slice(int start, int end) => new(
        Text[start..end],
        [.. Marks.Where(m => m.End > start && m.Start < end).Select(m => new MarkedRange(Math.Max(m.Start, start) - start, Math.Min(m.End, end) - start))]);
}

/// <summary>A matched range of a <see cref="MarkedText"/>: characters Start (inclusive) to End (exclusive).</summary>
public readonly record struct MarkedRange(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>A run of a <see cref="MarkedText"/>: text that is wholly marked or wholly not.</summary>
public readonly record struct MarkedRun(string Text, bool Marked);
