using System.Text;
using ImrSearch.Synthetic.Composition;

namespace ImrSearch.Synthetic.Layout;

/// <summary>
/// Lays a letter out as text extracted from its PDF: lines wrapped near the page width with a trailing space,
/// a blank line after every line in double-spaced letters, a single-space line between paragraphs, words broken
/// after their hyphen at line ends ("177-" / "178"), and at every page break a run of empty lines in mid-sentence
/// (sometimes a form feed).
/// </summary>
public static class Typesetter
{
    public static string Layout(IReadOnlyList<LetterBlock> blocks, LetterStyle style, LetterRandom random)
    {
        var writer = new PageWriter(style, random);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i > 0)
            {
                writer.Separate(afterHeading: blocks[i - 1].Kind == BlockKind.Heading);
            }

            switch (block.Kind)
            {
                case BlockKind.Heading:
                    writer.Line(i == 0 ? " " + block.Text[0] : block.Text[0]);
                    break;
                case BlockKind.Lines:
                    foreach (var line in block.Text)
                    {
                        writer.Line(line);
                    }

                    break;
                default:
                    foreach (var line in Wrap(block.Text[0], block.Width))
                    {
                        writer.Line(line);
                    }

                    break;
            }
        }

        writer.End();
        return writer.ToString();
    }

    /// <summary>Greedy word wrap that may break a word after one of its hyphens, as PDF text does.</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>(text.Length / Math.Max(1, Math.Min(width, 200)) + 2);
        var lineStart = 0;
        var lineEnd = 0;
        var position = 0;
        while (position < text.Length)
        {
            var next = text.IndexOf(' ', position);
            var wordEnd = next < 0 ? text.Length : next;
            var lineLength = lineEnd - lineStart;
            if (position > lineStart && wordEnd - lineStart > width)
            {
                // The part of the word up to and including a hyphen may end this line when it fits and leaves
                // something over for the next.
                var room = width - lineLength - 1;
                var hyphen = room >= 2 ? text.LastIndexOf('-', Math.Min(wordEnd - 2, position + room - 1), Math.Min(wordEnd - 1, position + room) - position) : -1;
                if (hyphen > position)
                {
                    lines.Add(text[lineStart..(hyphen + 1)]);
                    lineStart = hyphen + 1;
                }
                else
                {
                    lines.Add(text[lineStart..lineEnd]);
                    lineStart = position;
                }
            }

            lineEnd = wordEnd;
            position = next < 0 ? text.Length : next + 1;
        }

        if (lineEnd > lineStart)
        {
            lines.Add(text[lineStart..lineEnd]);
        }

        return lines;
    }

    private sealed class PageWriter(LetterStyle style, LetterRandom random)
    {
        private readonly StringBuilder output = new(8192);
        private int linesOnPage;

        public void Line(string text)
        {
            output.Append(text).Append(' ').Append('\n');
            if (style.Spacing == LineSpacing.Double)
            {
                output.Append('\n');
            }

            if (++linesOnPage >= style.PageLines)
            {
                PageBreak();
            }
        }

        public void Separate(bool afterHeading)
        {
            if (afterHeading)
            {
                if (style.Spacing == LineSpacing.Single)
                {
                    output.Append('\n');
                }

                return;
            }

            if (style.Spacing == LineSpacing.Double)
            {
                output.Append(" \n\n");
            }
            else
            {
                output.Append(random.Chance(0.5) ? "\n \n" : " \n\n");
            }

            // Stray empty lines between paragraphs, as in seeds 001 and 002.
            if (random.Chance(0.08))
            {
                output.Append('\n', style.Spacing == LineSpacing.Double ? 2 : 1);
            }
        }

        public void End()
        {
            output.Append(random.Pick([" \n\n\n", " \n\n \n\n", "\n \n\n\n", " "]));
        }

        public override string ToString() => output.ToString();

        private void PageBreak()
        {
            linesOnPage = 0;
            if (random.Chance(0.1))
            {
                output.Append('\f').Append('\n');
            }

            output.Append('\n', style.Spacing == LineSpacing.Double ? 2 : 3);
        }
    }
}
