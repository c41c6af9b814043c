namespace ImrSearch.Parsing;

/// <summary>
/// One line of text on a page, measured from the top of the page downwards (points for text layers, rendered pixels
/// for scans), so text read from a PDF's text layer and text read by OCR are laid out by the same code.
/// </summary>
internal sealed record PdfTextLine(double Top, double Bottom, double Left, double Right, string Text)
{
    public double Height => Math.Max(Bottom - Top, 1);
}

/// <summary>A page's lines in reading order, with the page's height in the same units.</summary>
internal sealed record PdfPageLines(double Height, IReadOnlyList<PdfTextLine> Lines);
