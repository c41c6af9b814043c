using System.Diagnostics;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ImrSearch.Parsing;

/// <summary>The text read from a PDF letter, or why it could not be read; <see cref="Ocr"/> when it came from a scan.</summary>
public sealed record PdfLetterContent(string? Text, string? Error, bool Ocr)
{
    public static PdfLetterContent Refused(string reason) => new(null, reason, false);
}

/// <summary>
/// The text of a PDF letter, line by line as it is laid out: words on one baseline form a line (columns read one
/// after the other), page headers and footers are removed (<see cref="PageFurniture"/>), and a vertical gap wider
/// than the usual line pitch becomes blank lines, so the cleaner sees the same structure a text export has. A PDF
/// without a text layer is read by OCR when the tools are installed (<see cref="ScanReader"/>). Encrypted PDFs, PDFs
/// holding several letters and PDFs past the <see cref="PdfReadLimits"/> are refused with a reason saying which.
/// </summary>
public static class PdfLetterText
{
    /// <summary>Why scans cannot be read by OCR on this machine (naming the packages to install), or null when they can.</summary>
    public static string? OcrUnavailable => ScanReader.Unavailable;

    public static PdfLetterContent Extract(byte[] bytes) => Extract(bytes, PdfReadLimits.Default);

    public static PdfLetterContent Extract(byte[] bytes, PdfReadLimits limits)
    {
        if (PdfStructureCheck.Problem(bytes, limits) is { } problem)
        {
            return PdfLetterContent.Refused(problem);
        }

        List<PdfPageLines> pages;
        string? title;
        int pageCount;
        try
        {
            using var document = PdfDocument.Open(bytes);
            pageCount = document.NumberOfPages;
            if (pageCount > limits.MaximumPages)
            {
                return PdfLetterContent.Refused($"the PDF has {pageCount:N0} pages; PDFs above {limits.MaximumPages} pages are not read as letters");
            }

            title = document.Information.Title;
            var (read, error) = ReadPages(document, limits);
            if (error is not null)
            {
                return PdfLetterContent.Refused(error);
            }

            pages = read!;
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfLetterContent.Refused("the PDF is encrypted and opens only with a password (or with an encryption ImrSearch cannot read); save it without a password and add it again");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damaged files with many exception types; any of them means this PDF cannot be read.
            return PdfLetterContent.Refused($"unreadable PDF: {e.Message}");
        }

        var ocr = false;
        if (pages.All(p => p.Lines.Count == 0))
        {
            var (scanned, error) = ScanReader.Read(bytes, pageCount, limits);
            if (error is not null)
            {
                return PdfLetterContent.Refused(error);
            }

            pages = scanned!;
            ocr = true;
            if (pages.All(p => p.Lines.Count == 0))
            {
                return PdfLetterContent.Refused("the PDF has no text layer and OCR found no text on its pages");
            }
        }

        var text = Layout(PageFurniture.Remove(pages, title));
        if (text.Length > limits.MaximumTextCharacters)
        {
            return PdfLetterContent.Refused($"the PDF holds {text.Length:N0} characters of text; letters above {limits.MaximumTextCharacters:N0} are not read");
        }

        return LetterCount.SeveralLetters(text) is { } several
            ? PdfLetterContent.Refused(several)
            : new PdfLetterContent(text, null, ocr);
    }

    private static (List<PdfPageLines>? Pages, string? Error) ReadPages(PdfDocument document, PdfReadLimits limits)
    {
        var clock = Stopwatch.StartNew();
        var pages = new List<PdfPageLines>();
        long characters = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var page = PdfPageLayout.Lines(document.GetPage(number));
            pages.Add(page);
            characters += page.Lines.Sum(l => (long)l.Text.Length + 1);
            if (characters > limits.MaximumTextCharacters)
            {
                return (null, $"the PDF holds more than {limits.MaximumTextCharacters:N0} characters of text by page {number}; letters above that are not read");
            }

            if (clock.Elapsed > limits.TextTimeLimit)
            {
                return (null, $"reading the PDF's text took longer than {limits.TextTimeLimit.TotalSeconds:0} s (page {number} of {document.NumberOfPages}); it is not read");
            }
        }

        return (pages, null);
    }

    private static string Layout(List<PdfPageLines> pages)
    {
        var pitches = pages
            .SelectMany(p => p.Lines.Zip(p.Lines.Skip(1), (a, b) => b.Bottom - a.Bottom))
            .Where(d => d > 0.5)
            .Order()
            .ToList();
        var pitch = pitches.Count > 0 ? pitches[pitches.Count / 2] : 12;

        // Where text usually starts and ends on a page: a page whose first line sits lower, or whose last line ends
        // higher, has blank lines there, which count as a gap across the page break (a paragraph ending with the page).
        var filled = pages.Where(p => p.Lines.Count > 0).ToList();
        var top = filled.Count > 0 ? filled.Min(p => p.Lines[0].Bottom) : 0;
        var bottom = filled.Count > 0 ? filled.Max(p => p.Lines[^1].Bottom) : 0;

        var builder = new StringBuilder();
        PdfTextLine? previous = null;
        foreach (var page in filled)
        {
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var line = page.Lines[i];
                if (previous is not null)
                {
                    // A page break, or the turn from one column to the next, goes back up the page.
                    var gap = i > 0 && line.Bottom > previous.Bottom
                        ? Math.Round((line.Bottom - previous.Bottom) / pitch) - 1
                        : Math.Round((bottom - previous.Bottom) / pitch) + Math.Round((line.Bottom - top) / pitch);
                    builder.Append('\n', (int)Math.Clamp(gap, 0, 6));
                }

                builder.Append(line.Text).Append('\n');
                previous = line;
            }
        }

        return builder.ToString();
    }
}
