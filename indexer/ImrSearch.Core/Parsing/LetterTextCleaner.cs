using System.Text;
using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>
/// Turns extracted letter text into clean paragraphs: PDF page-break gaps inside sentences are joined, words
/// hyphenated across lines are rejoined ("177-\n178" → "177-178"), runs of spaces collapse, real paragraph breaks and
/// curly quotes stay. Double-spaced text (a blank line after every line) and single-spaced text give the same result:
/// a gap counts as a paragraph break only when it is wider than the letter's usual line gap and the line before it
/// ends a sentence, or when the next line starts a heading, a label or a decided item.
/// </summary>
public static partial class LetterTextCleaner
{
    public static IReadOnlyList<string> Paragraphs(string raw)
    {
        var lines = SplitLines(raw);
        var baseGap = UsualGap(lines);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        LetterLine? previous = null;
        var paragraphStartsWithLabel = false;
        var gap = 0;
        foreach (var line in lines)
        {
            if (line is null)
            {
                gap++;
                continue;
            }

            if (previous is not { } prev)
            {
                current.Append(line.Value.Text);
                paragraphStartsWithLabel = line.Value.IsLabel || line.Value.IsHeading;
            }
            else if (IsBreak(prev, line.Value, gap, baseGap, current, paragraphStartsWithLabel))
            {
                Flush(current, paragraphs);
                current.Append(line.Value.Text);
                paragraphStartsWithLabel = line.Value.IsLabel || line.Value.IsHeading;
            }
            else
            {
                Join(current, prev.Text, line.Value.Text);
            }

            previous = line;
            gap = 0;
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>The clean text: paragraphs separated by one blank line.</summary>
    public static string Clean(string raw) => string.Join("\n\n", Paragraphs(raw));

    private static void Join(StringBuilder current, string previous, string next)
    {
        // "177-" + "178" and "red-" + "flag": a hyphen right after a letter or digit at a line end joins without a space.
        var hyphenated = previous.Length >= 2 && previous[^1] == '-' && char.IsLetterOrDigit(previous[^2])
            && next.Length > 0 && char.IsLetterOrDigit(next[0]);
        if (!hyphenated)
        {
            current.Append(' ');
        }

        current.Append(next);
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(CollapseSpaces(current));
            current.Clear();
        }
    }

    /// <summary>
    /// Whether the paragraph so far can be the first part of a wrapped item header: short, not a labelled field, no
    /// finished sentence in it ("Transcutaneous electrical nerve stimulation (TENS)", "Etodolac 400mg #60 (DOS:").
    /// </summary>
    private static bool MayBeItemHeaderStart(StringBuilder paragraph, bool startsWithLabel)
    {
        if (startsWithLabel || paragraph.Length > 300)
        {
            return false;
        }

        for (var i = 0; i + 1 < paragraph.Length; i++)
        {
            if (paragraph[i] == '.' && paragraph[i + 1] == ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBreak(LetterLine previous, LetterLine next, int gap, int baseGap, StringBuilder paragraph, bool paragraphStartsWithLabel)
    {
        if (next.IsHeading)
        {
            // A heading that wraps onto a second line stays one heading.
            return !(previous.IsHeading && gap <= baseGap);
        }

        if (previous.IsHeading || next.IsLabel)
        {
            return true;
        }

        if (next.ContinuesItemHeader || previous.EndsInsideItemHeader)
        {
            return false;
        }

        // A header cut by a page break after "(TENS)" or "(DOS:" goes on after the gap.
        if (next.MayStartItem && (previous.Text.EndsWith(':') || previous.Text.EndsWith(')')) && MayBeItemHeaderStart(paragraph, paragraphStartsWithLabel))
        {
            return false;
        }

        // Without a wider gap, only a finished sentence ends a paragraph before an item header; a ':' or ')' there
        // is the item header itself wrapping ("(DOS: September 26, 2015)" / "QTY: 60.00: Upheld").
        if (next.MayStartItem && gap <= baseGap)
        {
            return EndsSentence(previous.Text) && !previous.Text.EndsWith(':') && !previous.Text.EndsWith(')');
        }

        return gap > baseGap && EndsSentence(previous.Text);
    }

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?:;\"”’)]".Contains(text[^1]);

    /// <summary>
    /// The letter's usual gap between two text lines: 1 when it is double-spaced (more single blank lines than
    /// adjacent lines), else 0. Wider gaps are page breaks or paragraph breaks, never the line spacing.
    /// </summary>
    private static int UsualGap(List<LetterLine?> lines)
    {
        int adjacent = 0, oneBlank = 0, gap = 0;
        var seenText = false;
        foreach (var line in lines)
        {
            if (line is null)
            {
                gap++;
                continue;
            }

            if (seenText && gap == 0)
            {
                adjacent++;
            }
            else if (seenText && gap == 1)
            {
                oneBlank++;
            }

            seenText = true;
            gap = 0;
        }

        return oneBlank > adjacent ? 1 : 0;
    }

    /// <summary>Lines trimmed of debris; null stands for a blank line (whitespace-only lines and page furniture).</summary>
    private static List<LetterLine?> SplitLines(string raw)
    {
        var lines = new List<LetterLine?>();
        foreach (var rawLine in raw.Split('\n'))
        {
            var text = NormalizeLine(rawLine);
            lines.Add(text.Length == 0 || IsPageFurniture(text) ? null : new LetterLine(text));
        }

        return lines;
    }

    private static bool IsPageFurniture(string line) =>
        line.Length <= 80 && (char.IsDigit(line[0]) || line[0] is '-' or 'P' or 'p' or 'F' or 'f') && PageFurniture().IsMatch(line);

    /// <summary>The paragraph with runs of spaces collapsed to one and no space at either end.</summary>
    private static string CollapseSpaces(StringBuilder paragraph)
    {
        var result = new StringBuilder(paragraph.Length);
        var lastWasSpace = true;
        foreach (var chunk in paragraph.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == ' ')
                {
                    if (!lastWasSpace)
                    {
                        result.Append(' ');
                    }

                    lastWasSpace = true;
                }
                else
                {
                    result.Append(c);
                    lastWasSpace = false;
                }
            }
        }

        if (result.Length > 0 && result[^1] == ' ')
        {
            result.Length--;
        }

        return result.ToString();
    }

    private static string NormalizeLine(string line)
    {
        var clean = true;
        foreach (var c in line)
        {
            if (c != ' ' && (c < ' ' || c > '~'))
            {
                clean = false;
                break;
            }
        }

        // Plain printable ASCII (nearly every line) needs no rewriting.
        if (clean)
        {
            return line.Trim();
        }

        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            builder.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>Running headers and footers PDF extraction leaves between pages.</summary>
    [GeneratedRegex(@"^(?:Page\s+\d+\s+(?:of|/)\s+\d+|Page\s+\d+|\d+\s*/\s*\d+|-\s*\d+\s*-|Final Determination Letter for IMR Case Number\s+\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageFurniture();
}
