using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ImrSearch.Parsing;

/// <summary>
/// The text of a PDF letter, line by line as it is laid out: words on one baseline form a line, and a vertical gap
/// wider than the usual line pitch becomes blank lines, so the cleaner sees the same structure a text export has.
/// </summary>
public static class PdfLetterText
{
    public static (string? Text, string? Error) Extract(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var pages = new List<List<(double Y, string Text)>>();
            foreach (var page in document.GetPages())
            {
                pages.Add(Lines(page));
            }

            var text = Layout(pages);
            return text.Trim().Length == 0
                ? (null, "the PDF has no text layer (a scanned image?); ImrSearch does not run OCR")
                : (text, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damaged files with many exception types; any of them means this PDF cannot be read.
            return (null, $"unreadable PDF: {e.Message}");
        }
    }

    private static List<(double Y, string Text)> Lines(Page page)
    {
        var lines = new List<(double Y, double Height, List<Word> Words)>();
        foreach (var word in page.GetWords().OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(word.BoundingBox.Height, 1);
            var line = lines.FindLast(l => Math.Abs(l.Y - word.BoundingBox.Bottom) < Math.Max(l.Height, height) * 0.5);
            if (line.Words is null)
            {
                lines.Add((word.BoundingBox.Bottom, height, [word]));
            }
            else
            {
                line.Words.Add(word);
            }
        }

        return lines
            .Select(l => (l.Y, string.Join(' ', l.Words.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
            .ToList();
    }

    private static string Layout(List<List<(double Y, string Text)>> pages)
    {
        var pitches = pages
            .SelectMany(p => p.Zip(p.Skip(1), (a, b) => a.Y - b.Y))
            .Where(d => d > 0.5)
            .Order()
            .ToList();
        var pitch = pitches.Count > 0 ? pitches[pitches.Count / 2] : 12;

        var builder = new StringBuilder();
        foreach (var page in pages)
        {
            // Lines continue across a page break with no gap: where a paragraph really ends there, the next line
            // starts a heading, label or item and the cleaner breaks on that.
            for (var i = 0; i < page.Count; i++)
            {
                if (i > 0)
                {
                    var blankLines = (int)Math.Round((page[i - 1].Y - page[i].Y) / pitch) - 1;
                    for (var b = 0; b < Math.Min(blankLines, 6); b++)
                    {
                        builder.Append('\n');
                    }
                }

                builder.Append(page[i].Text).Append('\n');
            }
        }

        return builder.ToString();
    }
}
