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
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder(width + 16);
        var position = 0;
        while (position < text.Length)
        {
            var next = text.IndexOf(' ', position);
            var word = next < 0 ? text[position..] : text[position..next];
            var separator = line.Length == 0 ? "" : " ";
            if (line.Length > 0 && line.Length + separator.Length + word.Length > width)
            {
                // The part up to and including a hyphen may end this line when it fits and leaves something over.
                var lastStart = Math.Min(word.Length - 2, width - line.Length - 2);
                var hyphen = lastStart >= 1 ? word.LastIndexOf('-', lastStart) : -1;
                if (hyphen > 0)
                {
                    line.Append(' ').Append(word, 0, hyphen + 1);
                    yield return line.ToString();
                    line.Clear();
                    word = word[(hyphen + 1)..];
                    separator = "";
                }
                else
                {
                    yield return line.ToString();
                    line.Clear();
                    separator = "";
                }
            }

            line.Append(separator).Append(word);
            position = next < 0 ? text.Length : next + 1;
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
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
