using System.Text;
using ImrSearch.Highlighting;

namespace ImrSearch.Web.Markdown;

/// <summary>
/// Turns letter text into Markdown that renders as exactly that text: every character Markdown (with the
/// extensions of <see cref="MarkdownRendering"/>) could read as syntax is backslash-escaped, and line structure is
/// flattened so no line can start a heading, list, quote or code block.
/// </summary>
public static class MarkdownText
{
    // ASCII punctuation with a meaning somewhere in CommonMark or the enabled extensions; all of it may be
    // backslash-escaped. Plain sentence punctuation (. , ; : ' " ? ( ) / %) is left alone for readable .md files.
    private const string Special = "\\`*_[]{}<>#+-=~|!&^$@";

    /// <summary>One inline run: whitespace (including line breaks) collapsed to single spaces, syntax escaped.</summary>
    public static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            if (Special.Contains(c))
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return EscapeOrderedListStart(builder.ToString());
    }

    /// <summary>One inline run of highlighted text: text escaped as by <see cref="Inline"/>, marked stretches as <c>==text==</c>.</summary>
    public static string Marked(MarkedText text)
    {
        var builder = new StringBuilder(text.Text.Length + 16);
        foreach (var run in text.Runs())
        {
            var escaped = Inline(run.Text);
            if (escaped.Length == 0)
            {
                builder.Append(' ');
                continue;
            }
            // Emphasis cannot open or close next to a space, so spaces stay outside the marks.
            var leading = char.IsWhiteSpace(run.Text[0]) ? " " : "";
            var trailing = char.IsWhiteSpace(run.Text[^1]) ? " " : "";
            var body = run.Marked ? "==" + escaped + "==" : escaped;
            builder.Append(leading).Append(body).Append(trailing);
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Paragraphs separated by blank lines in the source become Markdown paragraphs; each is one inline run.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split(["\n\n", "\n \n"], StringSplitOptions.RemoveEmptyEntries)
            .Select(Inline)
            .Where(p => p.Length > 0)
            .ToList();

    // "1. text" or "1) text" at the start of a block is a list item; escaping the delimiter keeps it text.
    private static string EscapeOrderedListStart(string line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }
        return digits is > 0 and < 10 && digits < line.Length && line[digits] is '.' or ')'
            ? string.Concat(line.AsSpan(0, digits), "\\", line.AsSpan(digits))
            : line;
    }
}
