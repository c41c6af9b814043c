using System.Globalization;

namespace ImrSearch.Parsing;

/// <summary>
/// Reads a scanned PDF (pages that are images, no text layer) by OCR through the command line: each page is rendered
/// by `pdftoppm` (Debian's poppler-utils) and read by `tesseract` (tesseract-ocr with its English data,
/// tesseract-ocr-eng), each with a time limit. Tesseract reports every word with its box, so the pages come back as
/// lines with positions and go through the same furniture removal and layout as a text layer.
/// </summary>
internal static class ScanReader
{
    public const string Packages = "poppler-utils tesseract-ocr tesseract-ocr-eng";

    /// <summary>Rendered pages fit this many pixels on their longer side: 300 dpi on a US Letter page, and a bound on memory for pages of any size.</summary>
    private const int RenderedSide = 3300;

    private static readonly Lazy<string?> Tools = new(FindTools);

    private static string? PdfToPpm;
    private static string? Tesseract;

    /// <summary>Why OCR cannot run here, or null when it can.</summary>
    public static string? Unavailable => Tools.Value;

    public static (List<PdfPageLines>? Pages, string? Error) Read(byte[] pdf, int pageCount, PdfReadLimits limits)
    {
        if (Tools.Value is { } missing)
        {
            return (null, missing);
        }

        if (pageCount > limits.MaximumOcrPages)
        {
            return (null, $"the PDF has no text layer and {pageCount:N0} pages; scans above {limits.MaximumOcrPages} pages are not read by OCR");
        }

        var folder = Directory.CreateTempSubdirectory("imr-ocr-");
        try
        {
            var input = Path.Combine(folder.FullName, "letter.pdf");
            File.WriteAllBytes(input, pdf);
            var pages = new List<PdfPageLines>();
            for (var page = 1; page <= pageCount; page++)
            {
                var (lines, error) = ReadPage(input, page, folder.FullName, limits.OcrPageTimeLimit);
                if (error is not null)
                {
                    return (null, error);
                }

                pages.Add(lines!);
            }

            return (pages, null);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is not worth failing the letter for.
            }
        }
    }

    private static (PdfPageLines? Page, string? Error) ReadPage(string input, int page, string folder, TimeSpan limit)
    {
        var image = Path.Combine(folder, $"page-{page}");
        var number = page.ToString(CultureInfo.InvariantCulture);
        var render = ExternalCommand.Run(
            PdfToPpm!,
            ["-f", number, "-l", number, "-singlefile", "-gray", "-png", "-scale-to", RenderedSide.ToString(CultureInfo.InvariantCulture), input, image],
            limit);
        if (render.TimedOut)
        {
            return (null, $"OCR: rendering page {page} took longer than {limit.TotalSeconds:0} s");
        }

        if (render.ExitCode != 0 || !File.Exists(image + ".png"))
        {
            return (null, $"OCR: pdftoppm could not render page {page}: {FirstLine(render.Errors)}");
        }

        var read = ExternalCommand.Run(Tesseract!, [image + ".png", "stdout", "-l", "eng", "tsv"], limit);
        File.Delete(image + ".png");
        if (read.TimedOut)
        {
            return (null, $"OCR: reading page {page} took longer than {limit.TotalSeconds:0} s");
        }

        return read.ExitCode != 0
            ? (null, $"OCR: tesseract could not read page {page}: {FirstLine(read.Errors)}")
            : (TesseractWords.Lines(read.Output), null);
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return line.Length > 200 ? line[..200] : line;
    }

    /// <summary>Why a scan is refused when some of the tools are not installed.</summary>
    public static string MissingTools(IEnumerable<string> absent) =>
        $"the PDF has no text layer (a scan) and OCR is not available: {string.Join(" and ", absent)} not found; {Install}";

    private static string Install => $"install Debian's {Packages} (apt-get install {Packages}) to read scans";

    private static string? FindTools()
    {
        PdfToPpm = ExternalCommand.Find("pdftoppm");
        Tesseract = ExternalCommand.Find("tesseract");
        if (PdfToPpm is null || Tesseract is null)
        {
            return MissingTools(new[] { PdfToPpm is null ? "pdftoppm" : null, Tesseract is null ? "tesseract" : null }.OfType<string>());
        }

        var languages = ExternalCommand.Run(Tesseract, ["--list-langs"], TimeSpan.FromSeconds(30));
        return languages.TimedOut || !languages.Output.Split('\n').Any(l => l.Trim() == "eng")
            ? $"the PDF has no text layer (a scan) and OCR is not available: tesseract has no English data; {Install}"
            : null;
    }
}
