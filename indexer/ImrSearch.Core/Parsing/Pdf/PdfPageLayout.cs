using UglyToad.PdfPig.Content;

namespace ImrSearch.Parsing;

/// <summary>
/// A page's words gathered into lines in reading order. Words are placed by their position, never by the order the
/// PDF draws them, so text boxes drawn out of order read top to bottom. A page set in two columns (a gutter most of
/// its lines leave empty, with prose on both sides) reads its left column before its right one, band by band between
/// lines that span the gutter.
/// </summary>
internal static class PdfPageLayout
{
    public static PdfPageLines Lines(Page page)
    {
        var height = page.Height;
        var words = page.GetWords()
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => new PlacedWord(height - w.BoundingBox.Top, height - w.BoundingBox.Bottom, w.BoundingBox.Left, w.BoundingBox.Right, w.Text))
            .ToList();
        return new PdfPageLines(height, InReadingOrder(words));
    }

    /// <summary>Words (measured from the page top) into lines, columns read one after the other.</summary>
    public static IReadOnlyList<PdfTextLine> InReadingOrder(List<PlacedWord> words)
    {
        var rows = Rows(words);
        return Gutter(rows) is { } gutter ? ByColumns(rows, gutter) : rows.Select(ToLine).ToList();
    }

    /// <summary>Words sharing a baseline, top to bottom, each row's words left to right.</summary>
    private static List<List<PlacedWord>> Rows(List<PlacedWord> words)
    {
        words.Sort((a, b) => a.Bottom != b.Bottom ? a.Bottom.CompareTo(b.Bottom) : a.Left.CompareTo(b.Left));
        var rows = new List<(double Bottom, double Height, List<PlacedWord> Words)>();
        foreach (var word in words)
        {
            var height = Math.Max(word.Bottom - word.Top, 1);

            // Sorted by baseline, a word can only join one of the last rows: looking back two keeps this linear on
            // pages with hundreds of thousands of words, and still catches a superscript beside its line.
            var joined = false;
            for (var r = rows.Count - 1; r >= Math.Max(0, rows.Count - 2); r--)
            {
                if (Math.Abs(rows[r].Bottom - word.Bottom) < Math.Max(rows[r].Height, height) * 0.5)
                {
                    rows[r].Words.Add(word);
                    joined = true;
                    break;
                }
            }

            if (!joined)
            {
                rows.Add((word.Bottom, height, [word]));
            }
        }

        foreach (var row in rows)
        {
            row.Words.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        return rows.Select(r => r.Words).ToList();
    }

    private static PdfTextLine ToLine(List<PlacedWord> row) => new(
        row.Min(w => w.Top),
        row.Max(w => w.Bottom),
        row[0].Left,
        row.Max(w => w.Right),
        string.Join(' ', row.Select(w => w.Text)));

    /// <summary>
    /// Where a gutter between two columns splits the rows, or null. A gutter is a band at least 10 points wide in the middle
    /// half of the text that at most one row in ten crosses, with at least six rows of prose on each side whose typical
    /// width is a quarter of the text's: a table of short labels and values is not two columns.
    /// </summary>
    private static double? Gutter(List<List<PlacedWord>> rows)
    {
        // Letters have tens of rows a page; a page of thousands is read as it comes rather than searched for columns.
        if (rows.Count < 12 || rows.Count > 2_000)
        {
            return null;
        }

        var left = rows.Min(r => r[0].Left);
        var right = rows.Max(r => r[^1].Right);
        var width = right - left;
        if (width < 100)
        {
            return null;
        }

        // Rows crossing each point of the middle half, one bin per point.
        var start = left + (width * 0.25);
        var bins = new int[(int)(width * 0.5) + 1];
        foreach (var row in rows)
        {
            foreach (var word in row)
            {
                var from = Math.Max(0, (int)(word.Left - start));
                var to = Math.Min(bins.Length - 1, (int)(word.Right - start));
                for (var b = from; b <= to; b++)
                {
                    bins[b]++;
                }
            }
        }

        var allowed = rows.Count / 10;
        (int From, int To)? best = null;
        for (var b = 0; b < bins.Length;)
        {
            if (bins[b] > allowed)
            {
                b++;
                continue;
            }

            var end = b;
            while (end + 1 < bins.Length && bins[end + 1] <= allowed)
            {
                end++;
            }

            if (end - b + 1 >= 10 && (best is null || end - b > best.Value.To - best.Value.From))
            {
                best = (b, end);
            }

            b = end + 1;
        }

        if (best is not { } gap)
        {
            return null;
        }

        // Split where the fewest rows cross (a long heading may reach into the gutter): the middle of that run.
        var fewest = int.MaxValue;
        (int From, int To) split = gap;
        for (var b = gap.From; b <= gap.To;)
        {
            var end = b;
            while (end + 1 <= gap.To && bins[end + 1] == bins[b])
            {
                end++;
            }

            if (bins[b] < fewest || (bins[b] == fewest && end - b > split.To - split.From))
            {
                fewest = bins[b];
                split = (b, end);
            }

            b = end + 1;
        }

        var x = start + ((split.From + split.To + 1) / 2.0);
        var leftWidths = new List<double>();
        var rightWidths = new List<double>();
        foreach (var row in rows)
        {
            var leftPart = row.Where(w => w.Right <= x).ToList();
            var rightPart = row.Where(w => w.Left >= x).ToList();
            if (leftPart.Count > 0)
            {
                leftWidths.Add(leftPart[^1].Right - leftPart[0].Left);
            }

            if (rightPart.Count > 0)
            {
                rightWidths.Add(rightPart[^1].Right - rightPart[0].Left);
            }
        }

        return leftWidths.Count >= 6 && rightWidths.Count >= 6
            && Median(leftWidths) >= width * 0.25 && Median(rightWidths) >= width * 0.25
            ? x
            : null;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static List<PdfTextLine> ByColumns(List<List<PlacedWord>> rows, double gutter)
    {
        var lines = new List<PdfTextLine>();
        var leftColumn = new List<PdfTextLine>();
        var rightColumn = new List<PdfTextLine>();
        foreach (var row in rows)
        {
            if (row.Any(w => w.Left < gutter && w.Right > gutter))
            {
                // A title or footer across both columns ends the band of columns above it.
                lines.AddRange(leftColumn);
                lines.AddRange(rightColumn);
                leftColumn.Clear();
                rightColumn.Clear();
                lines.Add(ToLine(row));
                continue;
            }

            var leftPart = row.Where(w => w.Right <= gutter).ToList();
            var rightPart = row.Where(w => w.Left >= gutter).ToList();
            if (leftPart.Count > 0)
            {
                leftColumn.Add(ToLine(leftPart));
            }

            if (rightPart.Count > 0)
            {
                rightColumn.Add(ToLine(rightPart));
            }
        }

        lines.AddRange(leftColumn);
        lines.AddRange(rightColumn);
        return lines;
    }
}

/// <summary>A word's box measured from the top of the page.</summary>
internal readonly record struct PlacedWord(double Top, double Bottom, double Left, double Right, string Text);
