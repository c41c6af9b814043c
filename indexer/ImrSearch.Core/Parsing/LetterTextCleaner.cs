using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace ImrSearch.Parsing;

/// <summary>
/// Turns extracted letter text into clean paragraphs: PDF page-break gaps inside sentences are joined, words
/// hyphenated across lines are rejoined ("177-\n178" → "177-178"; "medi-\ncally" → "medically" when the letter
/// spells "medically" elsewhere; a soft hyphen at a line end always joins), runs of spaces collapse, real paragraph
/// breaks and curly quotes stay. Characters are normalized for text and PDF alike: ligatures (ﬁ ﬂ ﬀ) and full-width
/// forms take their plain (NFKC) spelling, non-breaking and other Unicode spaces become spaces, zero-width characters
/// and soft hyphens inside a line go; superscripts, fractions and symbols such as ™ are left as written. Double-spaced text (a blank line after every line) and single-spaced text give the same result:
/// a gap counts as a paragraph break only when it is wider than the letter's usual line gap and the line before it
/// ends a sentence, or when the next line starts a heading, a label or a decided item.
/// </summary>
public static partial class LetterTextCleaner
{
    public static IReadOnlyList<string> Paragraphs(string raw)
    {
        var letter = raw;
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
                Join(current, prev.Text, line.Value.Text, letter);
            }

            previous = line;
            gap = 0;
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>The clean text: paragraphs separated by one blank line.</summary>
    public static string Clean(string raw) => string.Join("\n\n", Paragraphs(raw));

    private static void Join(StringBuilder current, string previous, string next, string letter)
    {
        if (previous.EndsWith(SoftHyphen) && next.Length > 0 && char.IsLetterOrDigit(next[0]))
        {
            // A soft hyphen shows only where a word was broken: the word joins whole.
            current.Length--;
            current.Append(next);
            return;
        }

        if (IsBrokenWord(previous, next, letter))
        {
            current.Length--;
            current.Append(next);
            return;
        }

        // "177-" + "178" and "red-" + "flag": a hyphen right after a letter or digit at a line end joins without a space.
        var hyphenated = previous.Length >= 2 && previous[^1] == '-' && char.IsLetterOrDigit(previous[^2])
            && next.Length > 0 && char.IsLetterOrDigit(next[0]);
        if (!hyphenated)
        {
            current.Append(' ');
        }

        current.Append(next);
    }

    private const char SoftHyphen = '\u00AD';

    private static readonly SearchValues<char> Rewritten = CreateRewritten();

    /// <summary>
    /// Whether "medi-" + "cally" is one word broken by the layout rather than a hyphenated compound ("red-" + "flag"):
    /// both parts lower-case letters and the letter spelling the joined word elsewhere.
    /// </summary>
    private static bool IsBrokenWord(string previous, string next, string letter)
    {
        if (previous.Length < 3 || previous[^1] != '-' || !char.IsLower(previous[^2]) || next.Length == 0 || !char.IsLower(next[0]))
        {
            return false;
        }

        var start = previous.Length - 2;
        while (start > 0 && char.IsLetter(previous[start - 1]))
        {
            start--;
        }

        var end = 0;
        while (end < next.Length && char.IsLetter(next[end]))
        {
            end++;
        }

        var word = string.Concat(previous.AsSpan(start, previous.Length - 1 - start), next.AsSpan(0, end));
        return SpellsWord(letter, word);
    }

    /// <summary>Whether the text holds the word whole (not inside a longer word), in any letter case.</summary>
    private static bool SpellsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
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
        var rest = raw.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var text = NormalizeLine(end < 0 ? rest : rest[..end]);
            lines.Add(text.Length == 0 || IsPageFurniture(text) ? null : new LetterLine(text));
            if (end < 0)
            {
                return lines;
            }

            rest = rest[(end + 1)..];
        }
    }

    private static bool IsPageFurniture(string line) =>
        line.Length <= 80 && (char.IsDigit(line[0]) || line[0] is '-' or 'P' or 'p' or 'F' or 'f') && PageFurniture().IsMatch(line);

    /// <summary>The paragraph with runs of spaces collapsed to one and no space at either end.</summary>
    private static string CollapseSpaces(StringBuilder paragraph)
    {
        var result = ArrayPool<char>.Shared.Rent(paragraph.Length);
        var length = 0;
        var lastWasSpace = true;
        foreach (var chunk in paragraph.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == SoftHyphen)
                {
                    continue;
                }

                if (c == ' ')
                {
                    if (!lastWasSpace)
                    {
                        result[length++] = ' ';
                    }

                    lastWasSpace = true;
                }
                else
                {
                    result[length++] = c;
                    lastWasSpace = false;
                }
            }
        }

        if (length > 0 && result[length - 1] == ' ')
        {
            length--;
        }

        var text = new string(result, 0, length);
        ArrayPool<char>.Shared.Return(result);
        return text;
    }

    /// <summary>The line trimmed, with the characters <see cref="Rewrite"/> changes changed.</summary>
    internal static string NormalizeLine(ReadOnlySpan<char> line)
    {
        // Nearly every line, curly quotes and all, holds none of them: only its ends change.
        var trimmed = line.Trim();
        return trimmed.ContainsAny(Rewritten) ? Rewrite(line) : trimmed.IsEmpty ? "" : new string(trimmed);
    }

    /// <summary>
    /// Zero-width characters and soft hyphens (but a final one) removed, Unicode hyphens made '-', ligatures and
    /// full- or half-width forms given their NFKC spelling, control characters and Unicode spaces made spaces;
    /// then trimmed.
    /// </summary>
    internal static string Rewrite(ReadOnlySpan<char> line)
    {
        var builder = new StringBuilder(line.Length);
        var last = line.TrimEnd().Length - 1;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || (c == SoftHyphen && i != last))
            {
                continue;
            }

            if (c is '\u2010' or '\u2011')
            {
                builder.Append('-');
            }
            else if (c is >= '\uFB00' and <= '\uFB4F' or >= '\uFF01' and <= '\uFFEE')
            {
                // Ligatures and full- or half-width forms: NFKC gives the letters they stand for ("ﬁ" → "fi", "Ａ" → "A").
                builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                builder.Append(c != SoftHyphen && (char.IsControl(c) || char.IsWhiteSpace(c)) ? ' ' : c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Every character <see cref="Rewrite"/> changes or removes.</summary>
    private static SearchValues<char> CreateRewritten()
    {
        var chars = new StringBuilder();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (c != ' ' && (char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'
                or SoftHyphen or '\u2010' or '\u2011' or >= '\uFB00' and <= '\uFB4F' or >= '\uFF01' and <= '\uFFEE'))
            {
                chars.Append(c);
            }
        }

        return SearchValues.Create(chars.ToString());
    }

    /// <summary>Running headers and footers PDF extraction leaves between pages.</summary>
    [GeneratedRegex(@"^(?:Page\s+\d+\s+(?:of|/)\s+\d+|Page\s+\d+|\d+\s*/\s*\d+|-\s*\d+\s*-|Final Determination Letter for IMR Case Number\s+\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageFurniture();
}
