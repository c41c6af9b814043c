using System.Globalization;

namespace ImrSearch.Parsing;

/// <summary>
/// Tesseract's TSV output (one row per page, block, paragraph, line and word, with boxes in pixels) as lines of a
/// page. Tesseract's own line grouping is kept: it follows a slightly skewed scan where grouping by height would not.
/// </summary>
internal static class TesseractWords
{
    public static PdfPageLines Lines(string tsv)
    {
        var lines = new List<PdfTextLine>();
        var words = new List<(double Top, double Bottom, double Left, double Right, string Text)>();
        (int Block, int Paragraph, int Line) current = (-1, -1, -1);
        double pageHeight = 1;
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.Split('\t');
            if (cells.Length < 12 || !int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }

            var numbers = new double[8];
            var valid = true;
            for (var i = 0; i < 8 && valid; i++)
            {
                valid = double.TryParse(cells[2 + i], NumberStyles.Integer, CultureInfo.InvariantCulture, out numbers[i]);
            }

            if (!valid)
            {
                continue;
            }

            var (left, top, width, height) = (numbers[4], numbers[5], numbers[6], numbers[7]);
            if (level == 1)
            {
                pageHeight = Math.Max(height, 1);
                continue;
            }

            var text = cells[11].Trim();
            if (level != 5 || text.Length == 0)
            {
                continue;
            }

            var key = ((int)numbers[0], (int)numbers[1], (int)numbers[2]);
            if (key != current)
            {
                Flush(words, lines);
                current = key;
            }

            words.Add((top, top + height, left, left + width, text));
        }

        Flush(words, lines);
        return new PdfPageLines(pageHeight, lines);
    }

    private static void Flush(List<(double Top, double Bottom, double Left, double Right, string Text)> words, List<PdfTextLine> lines)
    {
        if (words.Count == 0)
        {
            return;
        }

        // The line's baseline is where most of its words end; a descender ("y", "p") or a comma hangs below it.
        var bottoms = words.Select(w => w.Bottom).Order().ToList();
        lines.Add(new PdfTextLine(
            words.Min(w => w.Top),
            bottoms[bottoms.Count / 2],
            words.Min(w => w.Left),
            words.Max(w => w.Right),
            string.Join(' ', words.Select(w => w.Text))));
        words.Clear();
    }
}
