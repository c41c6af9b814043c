namespace ImrSearch.Parsing;

/// <summary>
/// Bounds on the work one PDF may cost, so a hostile file (thousands of pages, giant or deeply nested content,
/// compressed streams that inflate a thousandfold) is refused with a reason instead of holding the build.
/// </summary>
/// <param name="MaximumPages">Letters run to a few pages; a PDF with more is refused before its pages are read.</param>
/// <param name="MaximumTextCharacters">Text beyond the parser's own limit is refused as soon as it is reached.</param>
/// <param name="TextTime">Reading the text layer stops between pages once this much time has gone.</param>
/// <param name="MaximumNesting">Arrays and dictionaries nested deeper than this are refused before the PDF is opened.</param>
/// <param name="MaximumInflatedBytes">Compressed streams may inflate to this much in all.</param>
/// <param name="MaximumContentBytes">Of that, streams other than images and fonts (page content, packed objects) may inflate to this much.</param>
/// <param name="MaximumOcrPages">Scans are read by OCR up to this many pages.</param>
/// <param name="OcrPageTime">Rendering or reading one scanned page stops after this long.</param>
public sealed record PdfReadLimits(
    int MaximumPages = 100,
    int MaximumTextCharacters = DeterminationParser.MaximumTextLength,
    TimeSpan? TextTime = null,
    int MaximumNesting = 64,
    long MaximumInflatedBytes = 256L * 1024 * 1024,
    long MaximumContentBytes = 16L * 1024 * 1024,
    int MaximumOcrPages = 30,
    TimeSpan? OcrPageTime = null)
{
    public static PdfReadLimits Default { get; } = new();

    public TimeSpan TextTimeLimit => TextTime ?? TimeSpan.FromSeconds(20);

    public TimeSpan OcrPageTimeLimit => OcrPageTime ?? TimeSpan.FromSeconds(90);
}
